#include "DoubtMonitor.h"

#include "RecoveryLog.h"
#include "core/Clock.h"
#include "refunds/RefundService.h"
#include "store/Journal.h"

#include <QTimer>

DoubtMonitor::DoubtMonitor(KakaoPay::Client *client, Journal *journal, Clock *clock,
                           const Options &options, QObject *parent)
    : QObject(parent), m_client(client), m_journal(journal),
      m_clock(clock ? clock : Clock::system()), m_options(options)
{
    qRegisterMetaType<RefundResult>();
}

DoubtMonitor::~DoubtMonitor() = default;

int DoubtMonitor::recoverJournal()
{
    if (m_recovered)
        return 0;
    m_recovered = true;
    int taken = 0;
    const QList<PaymentRecord> payments = m_journal->pendingPayments();
    for (const PaymentRecord &p : payments) {
        ++taken;
        if (p.state == PaymentState::Approving || p.state == PaymentState::InDoubt)
            watchPayment(p);
        else
            closeWithoutApprove(p);
    }
    const QList<RefundRecord> refunds = m_journal->pendingRefunds();
    for (const RefundRecord &r : refunds) {
        ++taken;
        if (r.cancelSends == 0) {
            closeUnsentRefund(r);
            continue;
        }
        watchRefund(r, tr("PayDesk stopped before KakaoPay's answer to this refund was recorded."));
    }
    qCInfo(lcRecovery) << "start-up recovery:" << payments.size() << "payments," << refunds.size()
                       << "refunds";
    if (taken)
        emit changed();
    return taken;
}

void DoubtMonitor::closeWithoutApprove(PaymentRecord record)
{
    // The journal says no approve left for it (each step is written before it is taken), and
    // the process that ran it is gone: nothing can take this money without PayDesk.
    QString text;
    QString event;
    switch (record.state) {
    case PaymentState::Created:
        record.state = PaymentState::Failed;
        event = QStringLiteral("recovered-ready-unanswered");
        text = tr("KakaoPay's page was never shown; no money taken");
        break;
    case PaymentState::AwaitingBuyer:
        record.state = PaymentState::Aborted;
        event = QStringLiteral("recovered-before-confirmation");
        text = tr("PayDesk stopped before the customer confirmed; no money taken");
        break;
    default: // TokenReceived: confirmed, approve never sent
        record.state = PaymentState::Aborted;
        event = QStringLiteral("recovered-before-approve");
        text = tr("PayDesk stopped before it approved the payment; no money taken");
        break;
    }
    if (!m_journal->record(record, event))
        text += tr(" (could not write to the journal)");
    qCInfo(lcRecovery).noquote() << record.partnerOrderId << "closed:" << text;
    log({record.partnerOrderId, record.totals.total, false, text});
    emit paymentSettled(record, text);
}

void DoubtMonitor::closeUnsentRefund(const RefundRecord &refund)
{
    // Written, and PayDesk stopped before any cancel for it left (each one is counted before
    // it is sent): KakaoPay never heard of it.
    const QString text = tr("PayDesk stopped before the refund was sent; nothing was refunded. "
                            "Make it again if it is still wanted.");
    RefundResult result;
    result.outcome = RefundResult::Outcome::Failed;
    result.partnerOrderId = refund.partnerOrderId;
    result.refundId = refund.id;
    result.amount = refund.amount;
    result.message = text;
    if (!m_journal->failRefund(refund.id, 0, text))
        result.message += tr(" (could not write to the journal)");
    qCInfo(lcRecovery).noquote() << "refund" << refund.id << "closed:" << text;
    log({refund.partnerOrderId, refund.amount.total, true, result.message});
    emit refundSettled(result);
}

void DoubtMonitor::adoptPayment(const PaymentRecord &record)
{
    if (m_payments.contains(record.partnerOrderId) || isFinalPaymentState(record.state))
        return;
    if (record.state != PaymentState::Approving && record.state != PaymentState::InDoubt) {
        closeWithoutApprove(record);
        return;
    }
    watchPayment(record);
    emit changed();
}

void DoubtMonitor::watchPayment(const PaymentRecord &payment)
{
    PaymentRecord record = payment;
    // Approving or in doubt means an approve may have left, whatever an older journal counted.
    record.approveSends = qMax(1, record.approveSends);
    auto *settler = new PaymentSettler(m_client, m_journal, record, m_options.payments, this);
    m_payments.insert(record.partnerOrderId, settler);
    const QString id = record.partnerOrderId;
    connect(settler, &PaymentSettler::settled, this,
            [this, id, settler](const PaymentRecord &r, const QString &text) {
                m_payments.remove(id);
                settler->deleteLater();
                log({r.partnerOrderId, r.totals.total, false, text});
                emit paymentSettled(r, text);
                emit changed();
            });
    connect(settler, &PaymentSettler::stillOpen, this, &DoubtMonitor::paymentOpen);
    settler->start();
}

void DoubtMonitor::adoptRefund(qint64 refundId)
{
    if (m_refunds.contains(refundId))
        return;
    const std::optional<RefundRecord> refund = m_journal->refund(refundId);
    if (!refund || refund->state != RefundRecord::State::Pending)
        return;
    watchRefund(*refund, tr("KakaoPay has not said yet whether the refund was carried out."));
    emit changed();
}

void DoubtMonitor::watchRefund(const RefundRecord &refund, const QString &reason)
{
    RefundWatch watch;
    watch.refund = refund;
    watch.reason = reason;
    watch.timer = new QTimer(this);
    watch.timer->setSingleShot(true);
    const qint64 id = refund.id;
    connect(watch.timer, &QTimer::timeout, this, [this, id] { refundRound(id); });
    m_refunds.insert(id, watch);
    refundRound(id);
}

void DoubtMonitor::refundRound(qint64 refundId)
{
    auto it = m_refunds.find(refundId);
    if (it == m_refunds.end() || it->busy)
        return;
    RefundWatch &watch = *it;
    const std::optional<PaymentRecord> payment = m_journal->payment(watch.refund.partnerOrderId);
    if (m_refundService && m_refundService->isBusy(watch.refund.partnerOrderId)) {
        scheduleRefund(watch); // a manager's re-send is under way: it settles it
        return;
    }
    if (!m_client || !payment || payment->tid.isEmpty()) {
        watch.reason = m_client ? tr("The payment of this refund is missing from the journal.")
                                : tr("KakaoPay is not set up on this computer.");
        scheduleRefund(watch);
        return;
    }
    // A pending refund blocks any other, so the journal's refunded total is what KakaoPay had
    // cancelled before this one.
    const RefundCall::Job job{watch.refund, payment->tid, payment->refundedTotal,
                              payment->totals.total - payment->refundedTotal};
    auto *call = new RefundCall(m_client, m_journal, m_clock, job, m_options.refundCall, this);
    watch.busy = true;
    ++watch.round;
    connect(call, &RefundCall::finished, this, [this, refundId, call](const RefundResult &r) {
        call->deleteLater();
        onRefundChecked(refundId, r);
    });
    call->check();
}

void DoubtMonitor::onRefundChecked(qint64 refundId, const RefundResult &result)
{
    auto it = m_refunds.find(refundId);
    if (it == m_refunds.end())
        return;
    it->busy = false;
    if (result.outcome == RefundResult::Outcome::InDoubt) {
        it->reason = result.message;
        emit refundOpen(result);
        scheduleRefund(*it);
        return;
    }
    it->timer->deleteLater();
    m_refunds.erase(it);
    log({result.partnerOrderId, result.amount.total, true, result.message});
    emit refundSettled(result);
    emit changed();
}

void DoubtMonitor::scheduleRefund(RefundWatch &watch)
{
    const QList<int> &steps = m_options.refundBackoffMs;
    if (steps.isEmpty())
        return;
    watch.timer->start(steps.at(qBound(0, watch.round - 1, int(steps.size()) - 1)));
}

void DoubtMonitor::checkNow()
{
    for (PaymentSettler *settler : std::as_const(m_payments))
        settler->checkNow();
    const QList<qint64> ids = m_refunds.keys();
    for (qint64 id : ids) {
        auto it = m_refunds.find(id);
        if (it != m_refunds.end() && !it->busy) {
            it->timer->stop();
            refundRound(id);
        }
    }
}

bool DoubtMonitor::release(const QString &partnerOrderId, const QString &manager)
{
    PaymentSettler *settler = m_payments.value(partnerOrderId);
    if (!settler || !settler->markReleased(manager))
        return false;
    AuditEntry entry;
    entry.actor = manager;
    entry.action = QStringLiteral("basket-released");
    entry.partnerOrderId = partnerOrderId;
    entry.tid = settler->record().tid;
    entry.amount = settler->record().totals.total;
    entry.detail = QStringLiteral("the manager confirmed the customer was not charged; the "
                                  "payment stays in doubt until KakaoPay settles it");
    m_journal->appendAudit(entry);
    emit changed();
    return true;
}

QList<DoubtMonitor::OpenPayment> DoubtMonitor::openPayments() const
{
    QList<OpenPayment> out;
    for (const PaymentSettler *settler : m_payments)
        out << OpenPayment{settler->record(), settler->openReason()};
    std::sort(out.begin(), out.end(), [](const OpenPayment &a, const OpenPayment &b) {
        return a.record.createdAt < b.record.createdAt;
    });
    return out;
}

QList<DoubtMonitor::OpenRefund> DoubtMonitor::openRefunds() const
{
    QList<OpenRefund> out;
    for (const RefundWatch &w : m_refunds)
        out << OpenRefund{w.refund, w.reason};
    std::sort(out.begin(), out.end(),
              [](const OpenRefund &a, const OpenRefund &b) { return a.refund.id < b.refund.id; });
    return out;
}

std::optional<PaymentRecord> DoubtMonitor::blockingPayment(const QList<OrderLine> &basket) const
{
    for (const PaymentSettler *settler : m_payments) {
        const PaymentRecord &r = settler->record();
        if (r.releasedBy.isEmpty() && mayStillTakeMoney(r) && sameBasket(r.lines, basket))
            return r;
    }
    return std::nullopt;
}

void DoubtMonitor::log(const Settled &entry)
{
    constexpr int kKept = 500; // a session's worth; the journal keeps everything
    if (m_settled.size() >= kKept)
        m_settled.removeFirst();
    m_settled.append(entry);
}
