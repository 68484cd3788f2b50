#include "PaymentSettler.h"

#include "CheckoutLog.h"
#include "PaymentSettlement.h"
#include "kakaopay/KakaoPayClient.h"

using namespace KakaoPay;

PaymentSettler::PaymentSettler(Client *client, PaymentRecorder *recorder,
                               const PaymentRecord &record, const Options &options, QObject *parent)
    : QObject(parent), m_client(client), m_recorder(recorder), m_record(record), m_options(options)
{
    m_sinceTakeOver.start();
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &PaymentSettler::round);
    // A re-send KakaoPay refused before PayDesk stopped: the quiet period starts again here.
    const Meaning last = meaningOfCode(m_record.lastErrorCode);
    if (m_record.approveSends >= 2 && m_record.lastErrorCode != 0 && hadNoEffect(last)) {
        m_sinceResendRefused.start();
        m_resendRefusal = last;
    }
    m_openReason = tr("KakaoPay has not said yet whether the payment went through.");
}

PaymentSettler::~PaymentSettler() = default;

void PaymentSettler::start()
{
    round();
}

void PaymentSettler::checkNow()
{
    if (m_settled || m_stopped)
        return;
    m_next.stop();
    if (!m_busy)
        round();
}

void PaymentSettler::stop()
{
    m_stopped = true;
    m_next.stop();
}

bool PaymentSettler::markReleased(const QString &manager)
{
    const QString before = m_record.releasedBy;
    m_record.releasedBy = manager;
    if (!record(QStringLiteral("basket-released"))) {
        m_record.releasedBy = before;
        return false;
    }
    return true;
}

bool PaymentSettler::quietSince(const QElapsedTimer &timer) const
{
    return timer.isValid() && timer.elapsed() >= m_options.quietMs;
}

bool PaymentSettler::record(const QString &event)
{
    const bool written = m_recorder && m_recorder->record(m_record, event);
    if (!written)
        qCWarning(lcCheckout) << m_record.partnerOrderId << "could not record" << event;
    return written;
}

void PaymentSettler::round()
{
    if (m_settled || m_stopped || m_busy)
        return;
    if (!m_client) {
        keepOpen(tr("KakaoPay is not set up on this computer."));
        return;
    }
    ++m_round;
    m_busy = true;
    m_client->order(m_record.tid, this,
                    [this](const Result<OrderResponse> &result) { onOrder(result); });
}

void PaymentSettler::onOrder(const Result<OrderResponse> &result)
{
    m_busy = false;
    if (m_settled)
        return;
    if (!result.ok()) {
        qCWarning(lcCheckout) << m_record.partnerOrderId
                              << "order failed:" << result.error.logText();
        if (meaningOf(result.error) == Meaning::UnknownTid)
            keepOpen(tr("KakaoPay does not know this payment: PayDesk may be asking the wrong "
                        "KakaoPay account or server (merchant code, key or address changed). "
                        "Ask a manager to check the KakaoPay settings."));
        else
            keepOpen(tr("KakaoPay could not be asked: %1").arg(result.error.userMessage()));
        return;
    }
    const OrderResponse &order = result.value;
    qCInfo(lcCheckout) << m_record.partnerOrderId << "order status" << order.status;
    if (PaymentSettlement::applyFinalOrder(&m_record, order)) {
        switch (m_record.state) {
        case PaymentState::Approved:
            conclude(QStringLiteral("settled-approved"),
                     tr("paid (approval %1)").arg(m_record.aid));
            break;
        case PaymentState::PartRefunded:
            conclude(QStringLiteral("settled-part-refunded"),
                     tr("paid, then partly refunded (%1 refunded)")
                         .arg(m_record.refundedTotal.toDisplayString()));
            break;
        case PaymentState::Refunded:
            conclude(QStringLiteral("settled-refunded"), tr("paid, then refunded in full"));
            break;
        case PaymentState::BuyerCancelled:
            conclude(QStringLiteral("settled-buyer-cancelled"),
                     tr("the customer cancelled; no money taken"));
            break;
        default:
            conclude(QStringLiteral("settled-failed"), tr("the payment failed; no money taken"));
            break;
        }
        return;
    }

    const PaymentStatus status = paymentStatusOf(order.status);
    if (m_sinceResendRefused.isValid() && quietSince(m_sinceResendRefused)) {
        // KakaoPay refused our re-send, and a quiet period later still shows nothing taken: no
        // approve of ours is on its way any more.
        m_record.state = PaymentSettlement::stateWhenApproveRefused(m_resendRefusal);
        conclude(QStringLiteral("settled-not-approved"),
                 m_record.state == PaymentState::Expired
                     ? tr("expired before approval; no money taken")
                     : tr("KakaoPay refused the approval; no money taken"));
        return;
    }
    if (m_record.approveSends == 0 && !tookMoney(status)) {
        // No approve of ours ever left (or each one certainly never did): nothing can be taken
        // without PayDesk, and PayDesk does not start an approve the cashier no longer waits
        // for.
        m_record.state = PaymentState::Failed;
        conclude(QStringLiteral("settled-not-approved"),
                 tr("not approved by PayDesk; no money taken"));
        return;
    }
    if (status == PaymentStatus::Confirmed && !m_record.pgToken.isEmpty()) {
        const bool quiet = quietSince(m_sinceTakeOver) &&
                           (!m_sinceApproveSent.isValid() || quietSince(m_sinceApproveSent));
        if (m_record.approveSends < 2 && quiet && !m_sinceResendRefused.isValid()) {
            sendApprove(QStringLiteral("approve-resent"));
            return;
        }
        keepOpen(tr("The customer confirmed, and KakaoPay has not said yet whether the approval "
                    "went through."));
        return;
    }
    if (status == PaymentStatus::Unknown)
        keepOpen(tr("KakaoPay reported a status PayDesk does not know (%1).").arg(order.status));
    else
        keepOpen(tr("KakaoPay has not said yet whether the payment went through."));
}

void PaymentSettler::sendApprove(const QString &event)
{
    ++m_record.approveSends;
    // Written before it leaves: a re-send that is not on record could be re-sent again.
    if (!record(event)) {
        --m_record.approveSends;
        keepOpen(tr("The journal could not be written, so nothing was sent to KakaoPay."));
        return;
    }
    m_sinceApproveSent.start();
    m_busy = true;
    ApproveRequest request;
    request.tid = m_record.tid;
    request.partnerOrderId = m_record.partnerOrderId;
    request.partnerUserId = m_record.partnerUserId;
    request.pgToken = m_record.pgToken;
    request.totalAmount = m_record.totals.total;
    qCInfo(lcCheckout) << m_record.partnerOrderId << event << "tid" << m_record.tid << "sends"
                       << m_record.approveSends;
    m_client->approve(request, this,
                      [this](const Result<ApproveResponse> &result) { onApprove(result); });
}

void PaymentSettler::onApprove(const Result<ApproveResponse> &result)
{
    m_busy = false;
    if (m_settled)
        return;
    if (result.ok()) {
        PaymentSettlement::applyApproval(&m_record, result.value);
        m_record.lastErrorCode = 0;
        m_record.lastErrorMessage.clear();
        conclude(QStringLiteral("settled-approved"),
                 tr("approved now (approval %1)").arg(m_record.aid));
        return;
    }
    const Error &e = result.error;
    const Meaning meaning = meaningOf(e);
    qCWarning(lcCheckout) << m_record.partnerOrderId << "approve:" << meaningName(meaning)
                          << e.logText();
    if (meaning == Meaning::NotSent) {
        // It never left: as if it had not been sent.
        --m_record.approveSends;
        record(QStringLiteral("approve-not-sent"));
        keepOpen(tr("KakaoPay could not be reached: %1").arg(e.userMessage()));
        return;
    }
    m_record.lastErrorCode = e.code();
    m_record.lastErrorMessage =
        e.methodResultMessage().isEmpty() ? e.userMessage() : e.methodResultMessage();
    m_record.state = PaymentState::InDoubt;
    if (hadNoEffect(meaning)) {
        m_sinceResendRefused.start();
        m_resendRefusal = meaning;
        record(QStringLiteral("approve-resend-refused"));
        keepOpen(tr("KakaoPay refused the approval sent again; PayDesk waits to be sure the "
                    "first one did not go through."));
        return;
    }
    record(QStringLiteral("in-doubt"));
    keepOpen(tr("KakaoPay has not said whether the approval went through: %1")
                 .arg(m_record.lastErrorMessage));
}

void PaymentSettler::conclude(const QString &event, const QString &text)
{
    m_settled = true;
    m_next.stop();
    QString said = text;
    if (!record(event))
        said += tr(" (could not write to the journal)");
    qCInfo(lcCheckout).noquote() << m_record.partnerOrderId << "settled:" << said;
    emit settled(m_record, said);
}

void PaymentSettler::keepOpen(const QString &reason)
{
    m_openReason = reason;
    emit stillOpen(m_record, reason);
    scheduleNext();
}

void PaymentSettler::scheduleNext()
{
    if (m_settled || m_stopped || m_options.backoffMs.isEmpty())
        return;
    const int step = qBound(0, m_round - 1, int(m_options.backoffMs.size()) - 1);
    m_next.start(m_options.backoffMs.at(step));
}
