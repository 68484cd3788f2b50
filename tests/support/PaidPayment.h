#pragma once

#include "SimRemote.h"
#include "TestOrders.h"

#include "checkout/Order.h"
#include "checkout/PaymentAttempt.h"
#include "kakaopay/KakaoPayClient.h"
#include "store/Journal.h"

#include <QSignalSpy>

// Makes a payment that is approved both in the simulator and in the given recorder (a real
// Journal in these suites), the way the counter does: ready, the buyer approves on the page,
// the approval redirect, approve.
namespace PaidPayment {

inline OrderSnapshot sampleOrder()
{
    return TestOrders::sample(); // 15,880: tax-free 2,980, VAT 1,173
}

inline PaymentRecord make(KakaoPay::Client *client, PaymentRecorder *recorder, Clock *clock,
                          SimRemote *sim, const OrderSnapshot &order = sampleOrder())
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

// What RefundCall writes just before a cancel leaves: for a test that sends the cancel itself.
inline bool cancelSent(Journal *journal, qint64 refundId)
{
    AuditEntry entry;
    entry.actor = QStringLiteral("test");
    entry.action = QStringLiteral("refund-cancel-sent");
    entry.detail = QStringLiteral("refund=%1").arg(refundId);
    return journal->noteCancelSending(refundId, entry);
}

} // namespace PaidPayment
