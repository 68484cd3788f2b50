#include "RefundCall.h"

#include "RefundsLog.h"
#include "core/Clock.h"
#include "kakaopay/KakaoPayClient.h"
#include "store/Journal.h"

#include <QTimer>

using namespace KakaoPay;

namespace {
AmountSplit splitOf(const Amount &a)
{
    return AmountSplit{a.total, a.taxFree, a.vat};
}
} // namespace

RefundCall::RefundCall(Client *client, Journal *journal, Clock *clock, const Job &job,
                       const Options &options, QObject *parent)
    : QObject(parent), m_client(client), m_journal(journal),
      m_clock(clock ? clock : Clock::system()), m_job(job), m_options(options)
{
    m_result.partnerOrderId = job.refund.partnerOrderId;
    m_result.refundId = job.refund.id;
    m_result.amount = job.refund.amount;
}

QString RefundCall::payloadMarker() const
{
    return QStringLiteral("paydesk-refund-%1").arg(m_job.refund.id);
}

void RefundCall::send()
{
    m_recovery = false;
    sendCancel();
}

void RefundCall::settle()
{
    m_recovery = true;
    audit(QStringLiteral("refund-recovery"), 0, QStringLiteral("asking order"));
    askOrder();
}

void RefundCall::sendCancel()
{
    CancelRequest request;
    request.tid = m_job.tid;
    request.cancelAmount = m_job.refund.amount.total;
    request.cancelTaxFreeAmount = m_job.refund.amount.taxFree;
    request.cancelVatAmount = m_job.refund.amount.vat;
    // What we believe remains including this refund: KakaoPay refuses the cancel when it
    // differs, so a cancel sent twice can never be carried out twice.
    request.cancelAvailableAmount = m_job.availableBefore;
    request.payload = payloadMarker();
    audit(m_resends == 0 ? QStringLiteral("refund-cancel-sent")
                         : QStringLiteral("refund-cancel-resent"),
          0,
          QStringLiteral("tax_free=%1 vat=%2 available=%3")
              .arg(request.cancelTaxFreeAmount.value())
              .arg(request.cancelVatAmount->value())
              .arg(m_job.availableBefore.value()));
    m_client->cancel(request, this, [this](const Result<CancelResponse> &r) { onCancel(r); });
}

bool RefundCall::isDoubtful(const Error &error)
{
    if (error.outcomeUnknown() || error.code() == -785)
        return true;
    switch (error.kind()) {
    case Error::Kind::Malformed:    // a 200 we could not read: the cancel may have happened
    case Error::Kind::MissingField: // same
        return true;
    case Error::Kind::Http:
    case Error::Kind::KakaoPay:
        return error.httpStatus() >= 500;
    default:
        return false;
    }
}

void RefundCall::onCancel(const Result<CancelResponse> &r)
{
    if (r.ok()) {
        const QString how = m_resends == 0 ? QStringLiteral("refund-cancel-ok")
                                           : QStringLiteral("refund-resend-ok");
        complete(r.value.aid, splitOf(r.value.approvedCancelAmount), r.value.canceledAt,
                 r.value.cancelAvailableAmount.total, how);
        return;
    }
    const Error &e = r.error;
    qCInfo(lcRefunds) << "refund" << m_job.refund.id << "cancel error" << e.logText();
    if (e.code() == -785) {
        // Another cancel of this payment is being carried out right now (ours, sent before):
        // wait for it, then see what it did.
        audit(QStringLiteral("refund-cancel-duplicate"), e.code(), e.logText());
        askOrderLater();
        return;
    }
    if (isDoubtful(e)) {
        audit(QStringLiteral("refund-answer-lost"), e.code(), e.logText());
        askOrder();
        return;
    }
    if (m_resends > 0) {
        // The re-send was refused: by the guard if the first cancel landed meanwhile. Order
        // tells which.
        audit(QStringLiteral("refund-resend-refused"), e.code(), e.logText());
        m_refusal = e;
        askOrder();
        return;
    }
    QString message = e.userMessage();
    if (!e.methodResultMessage().isEmpty() && !message.contains(e.methodResultMessage()))
        message += u' ' + tr("(%1)").arg(e.methodResultMessage());
    fail(e.code(), tr("KakaoPay refused the refund: %1").arg(message),
         QStringLiteral("refund-cancel-refused"));
}

void RefundCall::askOrder()
{
    m_client->order(m_job.tid, this, [this](const Result<OrderResponse> &r) { onOrder(r); });
}

void RefundCall::askOrderLater()
{
    QTimer::singleShot(m_options.retryDelayMs, this, &RefundCall::askOrder);
}

void RefundCall::onOrder(const Result<OrderResponse> &r)
{
    if (!r.ok()) {
        if (r.error.code() == -721) {
            fail(-721, tr("KakaoPay does not know this payment; nothing was refunded."),
                 QStringLiteral("refund-settled-unknown-tid"));
            return;
        }
        audit(QStringLiteral("refund-order-error"), r.error.code(), r.error.logText());
        if (++m_orderFailures < m_options.maxOrderFailures) {
            askOrderLater();
            return;
        }
        leaveInDoubt(tr("KakaoPay could not be asked whether the refund was carried out. It "
                        "stays open and will be checked again at the next start."),
                     QStringLiteral("refund-in-doubt"));
        return;
    }
    const OrderResponse &o = r.value;
    const Won canceled = o.canceledAmount.total;
    const Won expected = m_job.canceledBefore + m_job.refund.amount.total;
    if (canceled == expected) {
        // Carried out. Its aid: the CANCEL action that carries our marker, else the last one.
        QString aid;
        QDateTime at = o.canceledAt;
        for (const PaymentActionDetail &a : o.paymentActionDetails) {
            if (a.paymentActionType != QLatin1String("CANCEL"))
                continue;
            aid = a.aid;
            if (a.approvedAt.isValid())
                at = a.approvedAt;
            if (a.payload == payloadMarker())
                break;
        }
        complete(aid, m_job.refund.amount, at, o.cancelAvailableAmount.total,
                 QStringLiteral("refund-settled-by-order"));
        return;
    }
    if (canceled == m_job.canceledBefore) {
        onUnchanged();
        return;
    }
    leaveInDoubt(tr("KakaoPay shows %1 refunded on this payment, PayDesk expected %2. The refund "
                    "stays open: check the payment with KakaoPay.")
                     .arg(canceled.toDisplayString(), expected.toDisplayString()),
                 QStringLiteral("refund-mismatch"));
}

void RefundCall::onUnchanged()
{
    if (m_refusal.isError()) {
        fail(m_refusal.code(), tr("KakaoPay refused the refund: %1").arg(m_refusal.userMessage()),
             QStringLiteral("refund-settled-not-done"));
        return;
    }
    if (m_recovery) {
        const QDateTime sent = m_job.refund.requestedAt;
        if (sent.isValid() && sent.msecsTo(m_clock->now()) < m_options.quietMs) {
            askOrderLater(); // a late cancel could still land
            return;
        }
        fail(0,
             tr("The refund was not carried out by KakaoPay (PayDesk stopped before it was "
                "confirmed). Nothing was refunded; make it again if it is still wanted."),
             QStringLiteral("refund-settled-not-sent"));
        return;
    }
    if (m_resends >= m_options.maxResends) {
        leaveInDoubt(tr("KakaoPay has not carried out the refund yet. It stays open and will be "
                        "checked again at the next start."),
                     QStringLiteral("refund-in-doubt"));
        return;
    }
    ++m_resends;
    sendCancel();
}

void RefundCall::complete(const QString &aid, const AmountSplit &approved, const QDateTime &at,
                          Won remaining, const QString &how)
{
    audit(how, 0, QStringLiteral("aid=%1 remaining=%2").arg(aid).arg(remaining.value()));
    const QDateTime when = at.isValid() ? at : m_clock->now();
    m_result.aid = aid;
    m_result.amount = approved;
    m_result.at = when;
    m_result.remaining = remaining;
    if (!m_journal->completeRefund(m_job.refund.id, aid, approved, when)) {
        qCWarning(lcRefunds) << "refund" << m_job.refund.id << "done but not journaled";
        emitResult(
            RefundResult::Outcome::Done,
            tr("%1 was refunded (approval %2), but PayDesk could not write it to its "
               "journal: %3")
                .arg(approved.total.toDisplayString(), aid, m_journal->lastError().message()));
        return;
    }
    emitResult(RefundResult::Outcome::Done,
               tr("%1 was refunded (approval %2). %3 is left on this payment.")
                   .arg(approved.total.toDisplayString(), aid, remaining.toDisplayString()));
}

void RefundCall::fail(int code, const QString &message, const QString &how)
{
    audit(how, code, message);
    if (!m_journal->failRefund(m_job.refund.id, code, message))
        qCWarning(lcRefunds) << "refund" << m_job.refund.id << "failure not journaled";
    emitResult(RefundResult::Outcome::Failed, message, code);
}

void RefundCall::leaveInDoubt(const QString &message, const QString &how)
{
    audit(how, 0, message);
    emitResult(RefundResult::Outcome::InDoubt, message);
}

void RefundCall::audit(const QString &action, int code, const QString &detail)
{
    AuditEntry entry;
    entry.actor = m_job.refund.manager;
    entry.action = action;
    entry.partnerOrderId = m_job.refund.partnerOrderId;
    entry.tid = m_job.tid;
    entry.amount = m_job.refund.amount.total;
    entry.kakaopayCode = code;
    entry.detail = QStringLiteral("refund=%1 %2").arg(m_job.refund.id).arg(detail);
    if (!m_journal->appendAudit(entry))
        qCWarning(lcRefunds) << "audit not written:" << action;
}

void RefundCall::emitResult(RefundResult::Outcome outcome, const QString &message, int code)
{
    if (m_done)
        return;
    m_done = true;
    m_result.outcome = outcome;
    m_result.message = message;
    m_result.kakaopayCode = code;
    qCInfo(lcRefunds) << "refund" << m_job.refund.id << "of" << m_job.refund.partnerOrderId
                      << "ended" << int(outcome);
    emit finished(m_result);
}
