#include "PaymentAttempt.h"

#include "CheckoutLog.h"
#include "OrderIdGenerator.h"
#include "PaymentSettlement.h"
#include "core/Clock.h"
#include "kakaopay/KakaoPayClient.h"
#include "kakaopay/Meaning.h"

using namespace KakaoPay;

namespace {
constexpr int kTickMs = 500;
} // namespace

PaymentAttempt::PaymentAttempt(Client *client, PaymentRecorder *recorder, Clock *clock,
                               const OrderSnapshot &order, const Options &options, QObject *parent)
    : QObject(parent), m_client(client), m_recorder(recorder),
      m_clock(clock ? clock : Clock::system()), m_options(options)
{
    m_record.partnerOrderId = options.partnerOrderId.isEmpty()
                                  ? OrderIdGenerator(options.counterId, m_clock).next()
                                  : options.partnerOrderId;
    m_record.partnerUserId = options.counterId;
    m_record.training = options.training;
    m_record.lines = order.lines;
    m_record.totals = order.totals;
    m_record.itemName = order.itemName;
    m_record.quantity = order.quantity;
    m_record.state = PaymentState::Created;
    m_record.createdAt = m_clock->now();

    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &PaymentAttempt::onTick);
    m_approveRetry.setSingleShot(true);
    connect(&m_approveRetry, &QTimer::timeout, this, [this] {
        if (m_record.state != PaymentState::TokenReceived)
            return;
        m_record.approveSends = 1;
        if (!moveTo(PaymentState::Approving, QStringLiteral("approve-sent"))) {
            m_record.approveSends = 0;
            m_record.state = PaymentState::TokenReceived;
            m_approveRetry.start(m_options.approveRetryMs);
            return;
        }
        sendApprove();
    });
}

PaymentAttempt::~PaymentAttempt() = default;

int PaymentAttempt::remainingSeconds() const
{
    if (m_pageDeadline.isForever())
        return isFinished() ? 0 : m_options.tidLifetimeSeconds;
    const qint64 ms = m_pageDeadline.remainingTime();
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

void PaymentAttempt::start()
{
    if (m_started) {
        qCInfo(lcCheckout) << m_record.partnerOrderId << "start ignored: already started";
        return;
    }
    m_started = true;

    QString problem;
    m_urls = ReturnUrls::create(m_options.returnBase, m_record.partnerOrderId, &problem);
    if (m_record.lines.isEmpty() || m_record.totals.total <= Won(0) || m_record.itemName.isEmpty())
        problem = tr("There is nothing to pay.");
    if (!m_client)
        problem = tr("KakaoPay is not configured.");
    if (!problem.isEmpty()) {
        m_record.lastErrorMessage = problem;
        finish(PaymentState::Failed, QStringLiteral("refused"), problem);
        return;
    }

    // Written before anything leaves: if the journal cannot hold it, nothing is sent.
    if (!moveTo(PaymentState::Created, QStringLiteral("created"))) {
        qCWarning(lcCheckout) << m_record.partnerOrderId << "not recorded: ready not sent";
        stopUnrecorded(tr("The payment could not be written to the journal, so it was not "
                          "started. Check the disk and try again."));
        return;
    }

    ReadyRequest request;
    request.partnerOrderId = m_record.partnerOrderId;
    request.partnerUserId = m_record.partnerUserId;
    request.itemName = m_record.itemName;
    request.quantity = m_record.quantity;
    request.totalAmount = m_record.totals.total;
    request.taxFreeAmount = m_record.totals.taxFree;
    request.vatAmount = m_record.totals.vat;
    request.approvalUrl = QString::fromUtf8(m_urls.approvalUrl().toEncoded());
    request.cancelUrl = QString::fromUtf8(m_urls.cancelUrl().toEncoded());
    request.failUrl = QString::fromUtf8(m_urls.failUrl().toEncoded());
    m_pageDeadline.setRemainingTime(qint64(m_options.tidLifetimeSeconds) * 1000);
    const QDateTime readySentAt = m_clock->now();
    m_record.expiresAt = readySentAt.addSecs(m_options.tidLifetimeSeconds);
    qCInfo(lcCheckout) << m_record.partnerOrderId << "ready:" << m_record.totals.total.value()
                       << "won";
    m_client->ready(request, this,
                    [this](const Result<ReadyResponse> &result) { onReadyAnswered(result); });
}

void PaymentAttempt::onReadyAnswered(const Result<ReadyResponse> &result)
{
    if (m_record.state != PaymentState::Created) {
        // Aborted while ready was in flight: keep the tid for the audit, nothing else. Without
        // an approve from PayDesk that tid cannot take any money.
        if (result.ok()) {
            m_record.tid = result.value.tid;
            m_recorder->record(m_record, QStringLiteral("ready-answered-after-end"));
        }
        return;
    }
    if (!result.ok()) {
        noteError(result.error);
        qCWarning(lcCheckout) << m_record.partnerOrderId
                              << "ready failed:" << result.error.logText();
        // Even if KakaoPay made a tid, nobody knows it: no approve can ever take money with it.
        const QString nothing = tr("No money was taken.");
        finish(PaymentState::Failed, QStringLiteral("ready-failed"),
               result.error.userMessage() + u' ' + nothing);
        return;
    }
    m_record.tid = result.value.tid;
    m_pageUrl = QUrl(result.value.nextRedirectPcUrl);
    if (!moveTo(PaymentState::AwaitingBuyer, QStringLiteral("ready-answered"))) {
        // Without the tid on disk a crash would lose track of an approvable payment: stop here.
        stopUnrecorded(tr("The payment could not be written to the journal and was stopped. "
                          "No money was taken."));
        return;
    }
    qCInfo(lcCheckout) << m_record.partnerOrderId << "awaiting buyer, tid" << m_record.tid;
    m_timer.start();
    emit pageReady(m_pageUrl, m_record.expiresAt);
    emit remainingSecondsChanged(remainingSeconds());
}

bool PaymentAttempt::handleNavigation(const QUrl &url)
{
    const ReturnUrls::Match match = m_urls.match(url);
    if (match.kind == ReturnUrls::Kind::None) {
        if (match.ourEndpoint) {
            qCWarning(lcCheckout) << m_record.partnerOrderId
                                  << "refused a return URL of another payment or without pg_token";
            emit spoofedRedirect(url);
        }
        return false;
    }
    if (m_record.state != PaymentState::AwaitingBuyer) {
        // A second approval redirect (reload, double submit) or one after the end: never a
        // second approve.
        qCInfo(lcCheckout) << m_record.partnerOrderId << "return URL ignored in state"
                           << paymentStateName(m_record.state);
        return true;
    }

    switch (match.kind) {
    case ReturnUrls::Kind::Approval:
        m_record.pgToken = match.pgToken;
        // Written first: recovery needs the pg_token to finish the approve, and the count of
        // approves that may have left.
        if (!moveTo(PaymentState::TokenReceived, QStringLiteral("token-received"))) {
            stopUnrecorded(tr("The payment could not be written to the journal, so it was not "
                              "approved. No money was taken."));
            return true;
        }
        m_record.approveSends = 1;
        if (!moveTo(PaymentState::Approving, QStringLiteral("approve-sent"))) {
            m_record.approveSends = 0;
            stopUnrecorded(tr("The payment could not be written to the journal, so it was not "
                              "approved. No money was taken."));
            return true;
        }
        sendApprove();
        break;
    case ReturnUrls::Kind::Cancel:
        finish(PaymentState::BuyerCancelled, QStringLiteral("buyer-cancelled"),
               tr("The customer cancelled the payment. No money was taken."));
        break;
    case ReturnUrls::Kind::Fail:
        finish(PaymentState::Failed, QStringLiteral("buyer-failed"),
               tr("KakaoPay reported that the payment failed. No money was taken."));
        break;
    case ReturnUrls::Kind::None:
        break;
    }
    return true;
}

bool PaymentAttempt::abort()
{
    // Before the buyer confirmed, or while an approve that never left waits to be tried again:
    // no approve of ours is on its way, so nothing can be taken.
    if (m_record.state == PaymentState::Created || m_record.state == PaymentState::AwaitingBuyer ||
        (m_record.state == PaymentState::TokenReceived && m_approveRetry.isActive())) {
        m_started = true; // an aborted attempt never sends ready later
        m_approveRetry.stop();
        finish(PaymentState::Aborted, QStringLiteral("aborted"));
        return true;
    }
    return false;
}

void PaymentAttempt::sendApprove()
{
    ApproveRequest request;
    request.tid = m_record.tid;
    request.partnerOrderId = m_record.partnerOrderId;
    request.partnerUserId = m_record.partnerUserId;
    request.pgToken = m_record.pgToken;
    request.totalAmount = m_record.totals.total; // KakaoPay refuses if the amount changed
    qCInfo(lcCheckout) << m_record.partnerOrderId << "approve, tid" << m_record.tid;
    m_client->approve(request, this,
                      [this](const Result<ApproveResponse> &result) { onApproveAnswered(result); });
}

void PaymentAttempt::onApproveAnswered(const Result<ApproveResponse> &result)
{
    if (result.ok()) {
        PaymentSettlement::applyApproval(&m_record, result.value);
        m_record.lastErrorCode = 0;
        m_record.lastErrorMessage.clear();
        finish(PaymentState::Approved, QStringLiteral("approved"));
        return;
    }
    noteError(result.error);
    m_approveError = result.error;
    const Meaning meaning = meaningOf(result.error);
    qCWarning(lcCheckout) << m_record.partnerOrderId << "approve:" << meaningName(meaning)
                          << result.error.logText();
    if (meaning == Meaning::NotSent) {
        // It never left: the buyer's confirmation is still good. Try again shortly; the
        // cashier may abort meanwhile, since nothing is on its way.
        m_record.approveSends = 0;
        moveTo(PaymentState::TokenReceived, QStringLiteral("approve-not-sent"));
        emit notice(tr("KakaoPay cannot be reached (%1). PayDesk tries again…")
                        .arg(result.error.userMessage()));
        m_approveRetry.start(m_options.approveRetryMs);
        return;
    }
    // Whatever it was, KakaoPay's order says what the payment is now.
    m_client->order(m_record.tid, this,
                    [this](const Result<OrderResponse> &r) { onOrderAnswered(r); });
}

void PaymentAttempt::onOrderAnswered(const Result<OrderResponse> &result)
{
    const Meaning approveMeaning = meaningOf(m_approveError);
    if (result.ok() && PaymentSettlement::applyFinalOrder(&m_record, result.value)) {
        qCInfo(lcCheckout) << m_record.partnerOrderId << "order status" << result.value.status;
        switch (m_record.state) {
        case PaymentState::Approved:
        case PaymentState::PartRefunded:
        case PaymentState::Refunded:
            m_record.lastErrorCode = 0;
            m_record.lastErrorMessage.clear();
            finish(m_record.state, QStringLiteral("approved-by-order"));
            return;
        case PaymentState::BuyerCancelled:
            finish(PaymentState::BuyerCancelled, QStringLiteral("buyer-cancelled-by-order"),
                   tr("The customer cancelled the payment. No money was taken."));
            return;
        default:
            finish(PaymentState::Failed, QStringLiteral("failed-by-order"),
                   m_record.lastErrorMessage + u' ' + tr("No money was taken."));
            return;
        }
    }
    if (!result.ok())
        qCWarning(lcCheckout) << m_record.partnerOrderId
                              << "order failed:" << result.error.logText();
    if (hadNoEffect(approveMeaning)) {
        // KakaoPay refused our only approve: nothing of ours can take the money.
        const PaymentState end = PaymentSettlement::stateWhenApproveRefused(approveMeaning);
        finish(end, QStringLiteral("approve-refused"),
               end == PaymentState::Expired
                   ? tr("The payment time ran out before it was approved. No money was taken.")
                   : m_approveError.userMessage() + u' ' + tr("No money was taken."));
        return;
    }
    QString why = m_approveError.userMessage();
    if (!result.ok() && meaningOf(result.error) == Meaning::UnknownTid)
        why = result.error.userMessage();
    endInDoubt(why);
}

void PaymentAttempt::onTick()
{
    emit remainingSecondsChanged(remainingSeconds());
    // Only while no approve of ours can be on its way.
    const bool waiting =
        m_record.state == PaymentState::AwaitingBuyer ||
        (m_record.state == PaymentState::TokenReceived && m_approveRetry.isActive());
    if (waiting && m_pageDeadline.hasExpired()) {
        qCInfo(lcCheckout) << m_record.partnerOrderId << "expired";
        m_approveRetry.stop();
        finish(PaymentState::Expired, QStringLiteral("expired"),
               tr("The payment time ran out. No money was taken."));
    }
}

void PaymentAttempt::noteError(const Error &error)
{
    m_lastError = error;
    m_record.lastErrorCode = error.code();
    m_record.lastErrorMessage =
        error.methodResultMessage().isEmpty() ? error.userMessage() : error.methodResultMessage();
}

bool PaymentAttempt::moveTo(PaymentState state, const QString &event)
{
    m_record.state = state;
    const bool written = m_recorder && m_recorder->record(m_record, event);
    if (!written)
        qCWarning(lcCheckout) << m_record.partnerOrderId << "could not record" << event;
    emit stateChanged(state);
    return written;
}

void PaymentAttempt::finish(PaymentState state, const QString &event, const QString &failMessage)
{
    m_timer.stop();
    const bool moneyMoved = state == PaymentState::Approved ||
                            state == PaymentState::PartRefunded || state == PaymentState::Refunded;
    if (!moveTo(state, event) && moneyMoved) {
        // The money moved: the approval stands and is shown; only the disk is behind.
        emit storageWarning(tr("The payment was approved, but it could not be written to the "
                               "journal. Note the order number %1 and check the disk.")
                                .arg(m_record.partnerOrderId));
    }
    if (moneyMoved)
        emit approved(m_record);
    else if (!failMessage.isEmpty())
        emit failed(failMessage);
    emitFinished();
}

void PaymentAttempt::endInDoubt(const QString &why)
{
    m_timer.stop();
    if (!moveTo(PaymentState::InDoubt, QStringLiteral("in-doubt")))
        emit storageWarning(tr("The payment is in doubt, and it could not be written to the "
                               "journal. Note the order number %1 and check the disk.")
                                .arg(m_record.partnerOrderId));
    qCWarning(lcCheckout) << m_record.partnerOrderId << "in doubt:" << why;
    emit inDoubt(m_record, why);
    emitFinished();
}

void PaymentAttempt::stopUnrecorded(const QString &message)
{
    m_timer.stop();
    m_record.state = PaymentState::Failed;
    emit stateChanged(m_record.state);
    emit failed(message);
    emitFinished();
}

void PaymentAttempt::emitFinished()
{
    if (m_finishedEmitted)
        return;
    m_finishedEmitted = true;
    emit finished();
}
