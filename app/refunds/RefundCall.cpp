#include "RefundCall.h"

#include "RefundsLog.h"
#include "core/Clock.h"
#include "kakaopay/KakaoPayClient.h"
#include "kakaopay/Meaning.h"
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
    m_mode = Mode::Live;
    sendCancel();
}

void RefundCall::check()
{
    m_mode = Mode::Check;
    askOrder();
}

void RefundCall::resend()
{
    m_mode = Mode::ResendFirstLook;
    audit(QStringLiteral("refund-resend-requested"), 0, QStringLiteral("asking order"));
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
    // Counted before it leaves: a pending refund whose count is 0 was certainly never sent.
    AuditEntry entry;
    entry.actor = m_job.refund.manager;
    entry.action = m_mode == Mode::Resent ? QStringLiteral("refund-cancel-resent")
                                          : QStringLiteral("refund-cancel-sent");
    entry.partnerOrderId = m_job.refund.partnerOrderId;
    entry.tid = m_job.tid;
    entry.amount = m_job.refund.amount.total;
    entry.detail = QStringLiteral("refund=%1 tax_free=%2 vat=%3 available=%4")
                       .arg(m_job.refund.id)
                       .arg(request.cancelTaxFreeAmount.value())
                       .arg(request.cancelVatAmount->value())
                       .arg(m_job.availableBefore.value());
    if (!m_journal->noteCancelSending(m_job.refund.id, entry)) {
        const QString why = m_journal->lastError().message();
        if (m_mode == Mode::Resent) // the first one may still have gone: it stays in doubt
            leaveInDoubt(tr("The refund could not be written to the journal, so it was not sent "
                            "again (%1).")
                             .arg(why),
                         QStringLiteral("refund-not-resent"));
        else
            fail(0,
                 tr("The refund could not be written to the journal, so it was not sent (%1). "
                    "Nothing was refunded.")
                     .arg(why),
                 QStringLiteral("refund-not-sent"));
        return;
    }
    m_client->cancel(request, this, [this](const Result<CancelResponse> &r) { onCancel(r); });
}

void RefundCall::onCancel(const Result<CancelResponse> &r)
{
    const QString okHow = m_mode == Mode::Resent ? QStringLiteral("refund-resend-ok")
                                                 : QStringLiteral("refund-cancel-ok");
    if (r.ok()) {
        const CancelResponse &c = r.value;
        const std::optional<Won> remaining =
            c.cancelAvailableAmount ? std::optional<Won>(c.cancelAvailableAmount->total)
                                    : std::nullopt;
        if (c.approvedCancelAmount) {
            complete(c.aid, splitOf(*c.approvedCancelAmount), c.canceledAt, remaining, okHow);
            return;
        }
        // An older answer without approved_cancel_amount: never read as ₩0. What it cancelled
        // is the growth of canceled_amount, or order's to say.
        if (c.canceledAmount &&
            c.canceledAmount->total - m_job.canceledBefore == m_job.refund.amount.total) {
            complete(c.aid, m_job.refund.amount, c.canceledAt, remaining, okHow);
            return;
        }
        audit(QStringLiteral("refund-answer-incomplete"), 0,
              QStringLiteral("no approved_cancel_amount"));
        askOrder();
        return;
    }
    const Error &e = r.error;
    const Meaning meaning = meaningOf(e);
    qCInfo(lcRefunds) << "refund" << m_job.refund.id << "cancel:" << meaningName(meaning)
                      << e.logText();
    if (meaning == Meaning::NotSent) {
        fail(0, tr("The refund was not sent: %1 Nothing was refunded.").arg(e.userMessage()),
             QStringLiteral("refund-not-sent"));
        return;
    }
    if (hadNoEffect(meaning)) {
        if (m_mode == Mode::Resent) {
            // Refused by the guard when the first cancel landed after all: order tells.
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
        return;
    }
    // No answer, a server error, "in progress", a payment-method fault, an unknown tid, an
    // answer we cannot read: the cancel may have been carried out. Order says.
    audit(QStringLiteral("refund-answer-unclear"), e.code(), e.logText());
    askOrderLater(meaning == Meaning::InProgress ? m_options.retryDelayMs : 0);
}

void RefundCall::askOrder()
{
    ++m_orderChecks;
    m_client->order(m_job.tid, this, [this](const Result<OrderResponse> &r) { onOrder(r); });
}

void RefundCall::askOrderLater(int delayMs)
{
    QTimer::singleShot(delayMs, this, &RefundCall::askOrder);
}

void RefundCall::onOrder(const Result<OrderResponse> &r)
{
    const bool mayAskAgain = (m_mode == Mode::Live || m_mode == Mode::Resent) &&
                             m_orderChecks < m_options.liveOrderChecks;
    if (!r.ok()) {
        audit(QStringLiteral("refund-order-error"), r.error.code(), r.error.logText());
        if (mayAskAgain) {
            askOrderLater(m_options.retryDelayMs);
            return;
        }
        const QString why = meaningOf(r.error) == Meaning::UnknownTid
                                ? tr("KakaoPay does not know this payment: PayDesk may be asking "
                                     "the wrong KakaoPay account or server. Ask a manager to "
                                     "check the KakaoPay settings.")
                                : tr("KakaoPay could not be asked whether the refund was carried "
                                     "out (%1).")
                                      .arg(r.error.userMessage());
        leaveInDoubt(why + u' ' +
                         tr("The refund stays open and is checked again; do not refund this "
                            "payment another way meanwhile."),
                     QStringLiteral("refund-in-doubt"));
        return;
    }
    const OrderResponse &o = r.value;
    if (!o.canceledAmount) {
        leaveInDoubt(tr("KakaoPay's answer did not say how much is refunded. The refund stays "
                        "open and is checked again."),
                     QStringLiteral("refund-in-doubt"));
        return;
    }
    const Won canceled = o.canceledAmount->total;
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
        const std::optional<Won> remaining =
            o.cancelAvailableAmount ? std::optional<Won>(o.cancelAvailableAmount->total)
                                    : std::nullopt;
        complete(aid, m_job.refund.amount, at, remaining,
                 QStringLiteral("refund-settled-by-order"));
        return;
    }
    if (canceled == m_job.canceledBefore) {
        if (mayAskAgain && !m_refusal.isError()) {
            askOrderLater(m_options.retryDelayMs);
            return;
        }
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
    switch (m_mode) {
    case Mode::ResendFirstLook:
        // Nothing refunded yet. Once more, a client timeout later: a slow first cancel still
        // on its way would show by then.
        m_mode = Mode::ResendSecondLook;
        askOrderLater(m_options.confirmWaitMs);
        return;
    case Mode::ResendSecondLook:
        m_mode = Mode::Resent;
        m_orderChecks = 0;
        sendCancel();
        return;
    case Mode::Resent:
        if (m_refusal.isError()) {
            fail(m_refusal.code(),
                 tr("KakaoPay refused the refund sent again and shows nothing refunded: %1")
                     .arg(m_refusal.userMessage()),
                 QStringLiteral("refund-settled-not-done"));
            return;
        }
        break;
    case Mode::Live:
    case Mode::Check:
        break;
    }
    leaveInDoubt(tr("KakaoPay has not carried out the refund so far. It stays open and is "
                    "checked again; a manager can send it again from the recovery view."),
                 QStringLiteral("refund-in-doubt"));
}

void RefundCall::complete(const QString &aid, const AmountSplit &approved, const QDateTime &at,
                          std::optional<Won> remaining, const QString &how)
{
    audit(how, 0,
          QStringLiteral("aid=%1 remaining=%2")
              .arg(aid, remaining ? QString::number(remaining->value()) : QStringLiteral("?")));
    const QDateTime when = at.isValid() ? at : m_clock->now();
    m_result.aid = aid;
    m_result.amount = approved;
    m_result.at = when;
    m_result.remaining =
        remaining.value_or(m_job.availableBefore - approved.total); // what the guard implies
    if (!m_journal->completeRefund(m_job.refund.id, aid, approved, when)) {
        qCWarning(lcRefunds) << "refund" << m_job.refund.id << "done but not journaled";
        emitResult(
            RefundResult::Outcome::Done,
            tr("%1 was refunded (approval %2), but PayDesk could not write it to its "
               "journal: %3")
                .arg(approved.total.toDisplayString(), aid, m_journal->lastError().message()));
        return;
    }
    emitResult(
        RefundResult::Outcome::Done,
        tr("%1 was refunded (approval %2). %3 is left on this payment.")
            .arg(approved.total.toDisplayString(), aid, m_result.remaining.toDisplayString()));
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
    // A look-up that changes nothing is not worth an audit line each time the monitor asks.
    if (m_mode != Mode::Check)
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
