#include "RefundReconciler.h"

#include "RefundsLog.h"
#include "core/Clock.h"
#include "store/Journal.h"

RefundReconciler::RefundReconciler(KakaoPay::Client *client, Journal *journal, Clock *clock,
                                   QObject *parent)
    : QObject(parent), m_client(client), m_journal(journal),
      m_clock(clock ? clock : Clock::system())
{
    qRegisterMetaType<RefundResult>();
}

RefundReconciler::~RefundReconciler() = default;

void RefundReconciler::run()
{
    if (m_running)
        return;
    m_running = true;
    m_results.clear();
    m_queue = m_journal->pendingRefunds();
    qCInfo(lcRefunds) << "settling" << m_queue.size() << "pending refunds";
    QMetaObject::invokeMethod(this, &RefundReconciler::next, Qt::QueuedConnection);
}

void RefundReconciler::next()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        emit finished();
        return;
    }
    const RefundRecord refund = m_queue.takeFirst();
    const std::optional<PaymentRecord> payment = m_journal->payment(refund.partnerOrderId);
    if (!payment || payment->tid.isEmpty() || !m_client) {
        RefundResult r;
        r.outcome = RefundResult::Outcome::InDoubt;
        r.partnerOrderId = refund.partnerOrderId;
        r.refundId = refund.id;
        r.amount = refund.amount;
        r.message = m_client ? tr("The payment of this refund is missing from the journal.")
                             : tr("KakaoPay is not configured.");
        m_results << r;
        emit resultReady(r);
        QMetaObject::invokeMethod(this, &RefundReconciler::next, Qt::QueuedConnection);
        return;
    }
    // A pending refund blocks any other, so the journal's refunded total is what KakaoPay had
    // cancelled before this one.
    const RefundCall::Job job{refund, payment->tid, payment->refundedTotal,
                              payment->totals.total - payment->refundedTotal};
    auto *call = new RefundCall(m_client, m_journal, m_clock, job, m_options, this);
    connect(call, &RefundCall::finished, this, [this, call](const RefundResult &result) {
        call->deleteLater();
        m_results << result;
        emit resultReady(result);
        next();
    });
    call->settle();
}
