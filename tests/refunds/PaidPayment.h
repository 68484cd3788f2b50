#pragma once

#include "SimProcess.h"

#include "checkout/Order.h"
#include "checkout/PaymentAttempt.h"
#include "kakaopay/KakaoPayClient.h"

#include <QSignalSpy>

// Makes a payment that is approved both in the simulator and in the given recorder (a real
// Journal in these suites), the way the counter does: ready, the buyer approves on the page,
// the approval redirect, approve.
namespace PaidPayment {

inline OrderSnapshot sampleOrder()
{
    Order order;
    order.add(
        Product{QStringLiteral("8801000010011"), QStringLiteral("아메리카노"), Won(4500), false},
        2);
    order.add(
        Product{QStringLiteral("8801000010127"), QStringLiteral("흰우유 1L"), Won(2980), true});
    order.add(
        Product{QStringLiteral("8801000010202"), QStringLiteral("샌드위치"), Won(3900), false});
    return order.snapshot(); // 15,880: tax-free 2,980, VAT 1,173
}

inline PaymentRecord make(KakaoPay::Client *client, PaymentRecorder *recorder, Clock *clock,
                          SimProcess *sim, const OrderSnapshot &order = sampleOrder())
{
    PaymentAttempt attempt(client, recorder, clock, order, PaymentAttempt::Options());
    QSignalSpy page(&attempt, &PaymentAttempt::pageReady);
    QSignalSpy approved(&attempt, &PaymentAttempt::approved);
    attempt.start();
    if (!page.wait(5000))
        return {};
    const QUrl redirect =
        sim->buyer(attempt.record().tid, QStringLiteral("approve"), QStringLiteral("?method=CARD"));
    if (!attempt.handleNavigation(redirect) || (approved.isEmpty() && !approved.wait(5000)))
        return {};
    return attempt.record();
}

} // namespace PaidPayment
