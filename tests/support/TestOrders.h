#pragma once

#include "checkout/Order.h"

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

} // namespace TestOrders
