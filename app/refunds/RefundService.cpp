#include "RefundService.h"

#include "RefundPlan.h"
#include "RefundsLog.h"
#include "core/Clock.h"
#include "kakaopay/KakaoPayClient.h"
#include "store/Journal.h"

#include <QTimer>

using namespace KakaoPay;

RefundService::RefundService(Client *client, Journal *journal, Clock *clock, QObject *parent)
    : QObject(parent), m_client(client), m_journal(journal),
      m_clock(clock ? clock : Clock::system())
{
    qRegisterMetaType<RefundResult>();
}

RefundService::~RefundService() = default;

bool RefundService::isBusy(const QString &partnerOrderId) const
{
    return m_active.contains(partnerOrderId);
}

QString RefundService::checkPayment(const PaymentRecord &p) const
{
    if (p.state == PaymentState::Refunded)
        return tr("This payment was already refunded in full.");
    if (p.state != PaymentState::Approved && p.state != PaymentState::PartRefunded)
        return tr("Only a paid payment can be refunded.");
    if (p.tid.isEmpty())
        return tr("This payment has no KakaoPay transaction to refund.");
    const QList<RefundRecord> refunds = m_journal->refunds(p.partnerOrderId);
    for (const RefundRecord &r : refunds) {
        if (r.state == RefundRecord::State::Pending)
            return tr("An earlier refund of this payment is not settled yet. Let the recovery "
                      "check it with KakaoPay first.");
    }
    return QString();
}

bool RefundService::refund(const RefundRequest &request, const RefundAuthorization &auth)
{
    const QString actor = auth.manager().isEmpty() ? QStringLiteral("?") : auth.manager();
    const QString id = request.partnerOrderId;
    if (!m_client)
        return refuse(request, actor, tr("KakaoPay is not set up on this computer."));
    if (m_active.contains(id))
        return refuse(request, actor, tr("Another refund of this payment is in progress."));
    if (request.reason.trimmed().isEmpty())
        return refuse(request, actor, tr("Enter the reason for the refund."));
    if (!auth.isGranted()) {
        if (auth.status() == AuthResult::Status::Locked)
            return refuse(request, actor,
                          tr("This manager is locked after too many wrong PINs; nothing was "
                             "refunded."));
        return refuse(request, actor, tr("A manager must confirm this refund with their PIN."));
    }
    if (!auth.allows(id, m_clock->now()))
        return refuse(request, actor,
                      tr("The manager's confirmation was for another payment or has expired. "
                         "Confirm again."));
    if (m_usedAuthorizations.contains(auth.serial()))
        return refuse(request, actor,
                      tr("This confirmation was already used for a refund. Confirm again."));

    const std::optional<PaymentRecord> payment = m_journal->payment(id);
    if (!payment)
        return refuse(request, actor, tr("There is no payment %1.").arg(id));
    const QString problem = checkPayment(*payment);
    if (!problem.isEmpty())
        return refuse(request, actor, problem);
    const AmountSplit remaining = RefundPlan::remainingOf(*payment);
    RefundPlan::Refunded refundedLines;
    if (request.kind == RefundRequest::Kind::Lines) {
        // KakaoPay knows amounts only: which lines were given back is the journal's to say.
        const std::optional<RefundPlan::Refunded> read = m_journal->refundedQuantities(id);
        if (!read)
            return refuse(request, actor,
                          tr("The journal could not say which items were refunded already. "
                             "Nothing was refunded."));
        refundedLines = *read;
    }
    AmountSplit split;
    QString error;
    if (!RefundPlan::compute(*payment, remaining, refundedLines, request, &split, &error))
        return refuse(request, actor, error);

    m_usedAuthorizations.insert(auth.serial());
    m_active.insert(id);
    // What remains is KakaoPay's to say: read it before the refund is written and sent.
    const Pending pending{request, auth.manager(), *payment, remaining, refundedLines};
    m_client->order(payment->tid, this,
                    [this, pending](const Result<OrderResponse> &r) { onRefreshed(pending, r); });
    return true;
}

void RefundService::onRefreshed(const Pending &p, const Result<OrderResponse> &r)
{
    const QString id = p.request.partnerOrderId;
    if (!r.ok()) {
        m_active.remove(id);
        refuse(p.request, p.manager,
               tr("KakaoPay could not be asked what remains of this payment (%1). Nothing was "
                  "refunded.")
                   .arg(r.error.userMessage()));
        return;
    }
    if (!r.value.cancelAvailableAmount || !r.value.canceledAmount) {
        m_active.remove(id);
        refuse(p.request, p.manager,
               tr("KakaoPay's answer did not say what remains of this payment. Nothing was "
                  "refunded."));
        return;
    }
    const Amount &available = *r.value.cancelAvailableAmount;
    const AmountSplit remaining{available.total, available.taxFree, available.vat};
    if (!(remaining == p.localRemaining)) {
        m_active.remove(id);
        refuse(
            p.request, p.manager,
            tr("KakaoPay shows %1 left on this payment, PayDesk's journal %2. Nothing was "
               "refunded; run the recovery or check the payment with KakaoPay.")
                .arg(remaining.total.toDisplayString(), p.localRemaining.total.toDisplayString()));
        return;
    }
    AmountSplit split;
    QString error;
    if (!RefundPlan::compute(p.payment, remaining, p.refundedLines, p.request, &split, &error)) {
        m_active.remove(id);
        refuse(p.request, p.manager, error);
        return;
    }
    // By lines, the lines go into the journal with the refund (and its "refund-lines" audit
    // entry); the journal checks them again under its write lock.
    const QList<RefundedLine> lines = p.request.kind == RefundRequest::Kind::Lines
                                          ? RefundPlan::journalLines(p.payment, p.request.lines)
                                          : QList<RefundedLine>();
    Journal::RefundRefusal refusal = Journal::RefundRefusal::None;
    const qint64 refundId =
        m_journal->beginRefund(id, split, lines, p.manager, p.request.reason, &refusal);
    const std::optional<RefundRecord> record =
        refundId ? m_journal->refund(refundId) : std::nullopt;
    if (!record) {
        m_active.remove(id);
        QString message;
        switch (refusal) {
        case Journal::RefundRefusal::None:
        case Journal::RefundRefusal::StorageError:
            message = tr("The refund could not be written to the journal (%1); nothing was sent.")
                          .arg(m_journal->lastError().message());
            break;
        case Journal::RefundRefusal::ExceedsLineRemaining:
            message = tr("Some of these items were refunded in the meantime; nothing was sent.");
            break;
        default:
            message = tr("The journal refused the refund; nothing was sent.");
            break;
        }
        refuse(p.request, p.manager, message);
        return;
    }
    RefundCall::Job job{*record, p.payment.tid, r.value.canceledAmount->total, remaining.total};
    auto *call = new RefundCall(m_client, m_journal, m_clock, job, m_callOptions, this);
    connect(call, &RefundCall::finished, this, [this, call](const RefundResult &result) {
        m_active.remove(result.partnerOrderId);
        call->deleteLater();
        emit finished(result);
    });
    call->send();
}

bool RefundService::resend(qint64 refundId, const RefundAuthorization &auth)
{
    const std::optional<RefundRecord> refund = m_journal->refund(refundId);
    RefundRequest request; // for the refusal's audit line
    request.partnerOrderId = refund ? refund->partnerOrderId : QString();
    const QString actor = auth.manager().isEmpty() ? QStringLiteral("?") : auth.manager();
    if (!m_client)
        return refuse(request, actor, tr("KakaoPay is not set up on this computer."));
    if (!refund || refund->state != RefundRecord::State::Pending)
        return refuse(request, actor, tr("This refund is not open any more."));
    const QString id = refund->partnerOrderId;
    if (m_active.contains(id))
        return refuse(request, actor, tr("Another refund of this payment is in progress."));
    if (!auth.isGranted() || !auth.allows(id, m_clock->now()))
        return refuse(request, actor,
                      tr("A manager must confirm sending the refund again with their PIN."));
    if (m_usedAuthorizations.contains(auth.serial()))
        return refuse(request, actor, tr("This confirmation was already used. Confirm again."));
    const std::optional<PaymentRecord> payment = m_journal->payment(id);
    if (!payment || payment->tid.isEmpty())
        return refuse(request, actor,
                      tr("The payment of this refund is missing from the journal."));
    m_usedAuthorizations.insert(auth.serial());
    m_active.insert(id);
    // A pending refund blocks any other, so the journal's refunded total is what KakaoPay had
    // cancelled before this one.
    const RefundCall::Job job{*refund, payment->tid, payment->refundedTotal,
                              payment->totals.total - payment->refundedTotal};
    auto *call = new RefundCall(m_client, m_journal, m_clock, job, m_callOptions, this);
    AuditEntry entry;
    entry.actor = auth.manager();
    entry.action = QStringLiteral("refund-resend-authorized");
    entry.partnerOrderId = id;
    entry.tid = payment->tid;
    entry.amount = refund->amount.total;
    entry.detail = QStringLiteral("refund=%1").arg(refundId);
    m_journal->appendAudit(entry);
    connect(call, &RefundCall::finished, this, [this, call](const RefundResult &result) {
        m_active.remove(result.partnerOrderId);
        call->deleteLater();
        emit finished(result);
    });
    call->resend();
    return true;
}

bool RefundService::refuse(const RefundRequest &request, const QString &actor,
                           const QString &message)
{
    AuditEntry entry;
    entry.actor = actor;
    entry.action = QStringLiteral("refund-refused");
    entry.partnerOrderId = request.partnerOrderId;
    if (request.kind == RefundRequest::Kind::Amount)
        entry.amount = request.amount;
    entry.detail = message;
    if (!m_journal->appendAudit(entry))
        qCWarning(lcRefunds) << "audit not written: refund-refused";
    qCInfo(lcRefunds) << "refund of" << request.partnerOrderId << "refused";

    RefundResult result;
    result.outcome = RefundResult::Outcome::Refused;
    result.partnerOrderId = request.partnerOrderId;
    result.message = message;
    QTimer::singleShot(0, this, [this, result] { emit finished(result); });
    return false;
}
