#include "Reconciler.h"

#include "CheckoutLog.h"
#include "PaymentSettlement.h"
#include "core/Clock.h"
#include "kakaopay/KakaoPayClient.h"

using namespace KakaoPay;
using PaymentSettlement::Verdict;

Reconciler::Reconciler(Client *client, PaymentRecorder *recorder, Clock *clock, QObject *parent)
    : QObject(parent), m_client(client), m_recorder(recorder),
      m_clock(clock ? clock : Clock::system())
{}

Reconciler::~Reconciler() = default;

void Reconciler::run(const QList<PaymentRecord> &records)
{
    if (m_running)
        return;
    m_queue.clear();
    m_results.clear();
    for (const PaymentRecord &record : records) {
        if (!isFinalPaymentState(record.state))
            m_queue.append(record);
    }
    m_running = true;
    qCInfo(lcCheckout) << "reconciling" << m_queue.size() << "payments";
    // Always asynchronous, also with nothing to do, so callers connect the same way.
    QMetaObject::invokeMethod(this, &Reconciler::next, Qt::QueuedConnection);
}

void Reconciler::next()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        emit finished();
        return;
    }
    m_current = m_queue.takeFirst();
    m_before = m_current.state;
    m_kakaoStatus.clear();
    if (m_current.tid.isEmpty()) {
        // Without a tid we know, nobody can approve it: if ready's answer was lost KakaoPay has
        // a tid that expires unapproved.
        conclude(PaymentState::Failed, QStringLiteral("reconciled-no-tid"),
                 tr("ready was never answered; closed, no money taken"));
        return;
    }
    if (!m_client) {
        leave(tr("KakaoPay is not configured"));
        return;
    }
    m_client->order(m_current.tid, this,
                    [this](const Result<OrderResponse> &result) { onOrder(result); });
}

void Reconciler::onOrder(const Result<OrderResponse> &result)
{
    if (!result.ok()) {
        if (result.error.code() == -721) {
            m_current.lastErrorCode = -721;
            conclude(PaymentState::Failed, QStringLiteral("reconciled-unknown-tid"),
                     tr("KakaoPay does not know this payment; closed, no money taken"));
        } else {
            leave(tr("KakaoPay could not be asked (%1)").arg(result.error.userMessage()));
        }
        return;
    }
    m_kakaoStatus = result.value.status;
    const bool expired = m_current.expiresAt.isValid() && m_clock->now() >= m_current.expiresAt;
    const Verdict verdict = PaymentSettlement::applyOrder(&m_current, result.value);
    switch (verdict) {
    case Verdict::Approved:
        conclude(PaymentState::Approved, QStringLiteral("reconciled-approved"),
                 tr("paid (approval %1)").arg(m_current.aid));
        return;
    case Verdict::PartRefunded:
        conclude(PaymentState::PartRefunded, QStringLiteral("reconciled-part-refunded"),
                 tr("paid, then partly refunded (%1 refunded)")
                     .arg(m_current.refundedTotal.toDisplayString()));
        return;
    case Verdict::Refunded:
        conclude(PaymentState::Refunded, QStringLiteral("reconciled-refunded"),
                 tr("paid, then refunded in full"));
        return;
    case Verdict::BuyerCancelled:
        conclude(PaymentState::BuyerCancelled, QStringLiteral("reconciled-buyer-cancelled"),
                 tr("the customer cancelled; no money taken"));
        return;
    case Verdict::Failed:
        conclude(PaymentState::Failed, QStringLiteral("reconciled-failed"),
                 tr("the payment failed; no money taken"));
        return;
    case Verdict::AwaitingApprove:
        if (!m_current.pgToken.isEmpty() && !expired) {
            // The buyer confirmed and we hold the token: finish what the crash interrupted.
            m_current.state = PaymentState::Approving;
            if (m_recorder && !m_recorder->record(m_current, QStringLiteral("approve-sent"))) {
                leave(tr("could not write to the journal; not approved"));
                return;
            }
            ApproveRequest request;
            request.tid = m_current.tid;
            request.partnerOrderId = m_current.partnerOrderId;
            request.partnerUserId = m_current.partnerUserId;
            request.pgToken = m_current.pgToken;
            request.totalAmount = m_current.totals.total;
            m_client->approve(request, this,
                              [this](const Result<ApproveResponse> &r) { onApprove(r); });
            return;
        }
        [[fallthrough]];
    case Verdict::Pending:
        if (expired)
            conclude(PaymentState::Expired, QStringLiteral("reconciled-expired"),
                     tr("expired without approval; no money taken"));
        else
            leave(tr("the customer has not finished yet; still waiting until %1")
                      .arg(m_current.expiresAt.toString(QStringLiteral("HH:mm:ss"))));
        return;
    case Verdict::Unknown:
        leave(tr("unknown status"));
        return;
    }
}

void Reconciler::onApprove(const Result<ApproveResponse> &result)
{
    if (result.ok()) {
        PaymentSettlement::applyApproval(&m_current, result.value);
        conclude(PaymentState::Approved, QStringLiteral("reconciled-approved"),
                 tr("approved now (approval %1)").arg(m_current.aid));
        return;
    }
    m_current.lastErrorCode = result.error.code();
    m_current.lastErrorMessage = result.error.userMessage();
    switch (result.error.code()) {
    case -780:
        conclude(PaymentState::Failed, QStringLiteral("reconciled-failed"),
                 tr("approval refused: %1").arg(result.error.methodResultMessage()));
        return;
    case -723:
        conclude(PaymentState::Expired, QStringLiteral("reconciled-expired"),
                 tr("expired before approval; no money taken"));
        return;
    case -701:
    case -708:
    case -783:
        conclude(PaymentState::Failed, QStringLiteral("reconciled-failed"),
                 tr("KakaoPay refused the approval; no money taken"));
        return;
    default: // -702, -785, timeouts: the next run's order will tell
        leave(tr("approval sent but not confirmed (%1); run the recovery again")
                  .arg(result.error.userMessage()));
        return;
    }
}

void Reconciler::conclude(PaymentState state, const QString &event, const QString &what)
{
    m_current.state = state;
    ReconcileResult result;
    result.partnerOrderId = m_current.partnerOrderId;
    result.tid = m_current.tid;
    result.before = m_before;
    result.after = state;
    result.kakaoStatus = m_kakaoStatus;
    result.settled = true;
    QString text = what;
    if (m_recorder && !m_recorder->record(m_current, event)) {
        result.settled = false;
        text += tr(" (could not write to the journal)");
    }
    result.text = describe(text);
    report(result);
}

void Reconciler::leave(const QString &what)
{
    ReconcileResult result;
    result.partnerOrderId = m_current.partnerOrderId;
    result.tid = m_current.tid;
    result.before = m_before;
    result.after = m_before;
    result.kakaoStatus = m_kakaoStatus;
    result.settled = false;
    result.text = describe(what + tr(" — left open"));
    report(result);
}

QString Reconciler::describe(const QString &what) const
{
    // "POS1-250314-153012-K7QX T1234… ₩9,000 [SUCCESS_PAYMENT]: paid (approval A…)"
    QString text = m_current.partnerOrderId;
    if (!m_current.tid.isEmpty())
        text += u' ' + m_current.tid;
    text += u' ' + m_current.totals.total.toDisplayString();
    if (!m_kakaoStatus.isEmpty())
        text += QStringLiteral(" [%1]").arg(m_kakaoStatus);
    return text + QStringLiteral(": ") + what;
}

void Reconciler::report(const ReconcileResult &result)
{
    qCInfo(lcCheckout).noquote() << "reconcile:" << result.text;
    m_results.append(result);
    emit resultReady(result);
    QMetaObject::invokeMethod(this, &Reconciler::next, Qt::QueuedConnection);
}
