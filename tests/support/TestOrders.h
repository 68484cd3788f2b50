#pragma once

#include "checkout/Order.h"
#include "kakaopay/KakaoPayTypes.h"

#include <QString>

// What every suite pays with: the simulator's training key and the sample basket.
namespace TestOrders {

// The key the simulator accepts by default (tests/sim README) and training mode uses.
inline QString trainingKey()
{
    return QStringLiteral("training-key");
}

// 15,880 won: two 아메리카노 (4,500 each), 흰우유 1L (2,980, tax-free), 샌드위치 (3,900);
// tax-free 2,980, VAT 1,173.
inline OrderSnapshot sample()
{
    Order order;
    order.add(
        Product{QStringLiteral("8801000010011"), QStringLiteral("아메리카노"), Won(4500), false},
        2);
    order.add(
        Product{QStringLiteral("8801000010127"), QStringLiteral("흰우유 1L"), Won(2980), true});
    order.add(
        Product{QStringLiteral("8801000010202"), QStringLiteral("샌드위치"), Won(3900), false});
    return order.snapshot();
}

// A ready request for `order` under `orderId`, with return URLs nobody visits (the tests drive
// the buyer through the simulator's control interface).
inline KakaoPay::ReadyRequest readyRequest(const QString &orderId,
                                           const OrderSnapshot &order = sample())
{
    KakaoPay::ReadyRequest r;
    r.partnerOrderId = orderId;
    r.partnerUserId = QStringLiteral("POS1");
    r.itemName = order.itemName;
    r.quantity = order.quantity;
    r.totalAmount = order.totals.total;
    r.taxFreeAmount = order.totals.taxFree;
    r.approvalUrl = QStringLiteral("http://localhost/approve");
    r.cancelUrl = QStringLiteral("http://localhost/cancel");
    r.failUrl = QStringLiteral("http://localhost/fail");
    return r;
}

} // namespace TestOrders
