#include "PaymentAttempt.h"

#include "CheckoutLog.h"
#include "OrderIdGenerator.h"
#include "PaymentSettlement.h"
#include "core/Clock.h"
#include "kakaopay/KakaoPayClient.h"

using namespace KakaoPay;

namespace {
constexpr int kTickMs = 500;
constexpr int kMaxApproveSends = 2; // the second only when order shows the first never landed
constexpr int kMaxOrderCalls = 3;
constexpr int kDuplicateWaitMs = 1500; // -785: let the concurrent request finish first
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
}

PaymentAttempt::~PaymentAttempt() = default;

int PaymentAttempt::remainingSeconds() const
{
    if (!m_record.expiresAt.isValid())
        return isFinished() ? 0 : m_options.tidLifetimeSeconds;
    const qint64 ms = m_clock->now().msecsTo(m_record.expiresAt);
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
        m_record.state = PaymentState::Failed;
        emit stateChanged(m_record.state);
        emit failed(tr("The payment could not be written to the journal, so it was not started. "
                       "Check the disk and try again."));
        m_finishedEmitted = true;
        emit finished();
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
    m_readySentAt = m_clock->now();
    qCInfo(lcCheckout) << m_record.partnerOrderId << "ready:" << m_record.totals.total.value()
                       << "won";
    m_client->ready(request, this,
                    [this](const Result<ReadyResponse> &result) { onReadyAnswered(result); });
}

void PaymentAttempt::onReadyAnswered(const Result<ReadyResponse> &result)
{
    if (m_record.state != PaymentState::Created) {
        // Aborted while ready was in flight: keep the tid for the audit, nothing else.
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
        finish(PaymentState::Failed, QStringLiteral("ready-failed"), result.error.userMessage());
        return;
    }
    m_record.tid = result.value.tid;
    m_record.expiresAt = m_readySentAt.addSecs(m_options.tidLifetimeSeconds);
    m_pageUrl = QUrl(result.value.nextRedirectPcUrl);
    if (!moveTo(PaymentState::AwaitingBuyer, QStringLiteral("ready-answered"))) {
        // Without the tid on disk a crash would lose track of an approvable payment: stop here.
        m_record.state = PaymentState::Failed;
        emit stateChanged(m_record.state);
        emit failed(tr("The payment could not be written to the journal and was stopped. "
                       "No money was taken."));
        m_finishedEmitted = true;
        emit finished();
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
        // Both steps are written first: recovery needs the pg_token to finish the approve.
        if (!moveTo(PaymentState::TokenReceived, QStringLiteral("token-received")) ||
            !moveTo(PaymentState::Approving, QStringLiteral("approve-sent"))) {
            m_timer.stop();
            m_record.state = PaymentState::Failed;
            emit stateChanged(m_record.state);
            emit failed(tr("The payment could not be written to the journal, so it was not "
                           "approved. No money was taken."));
            m_finishedEmitted = true;
            emit finished();
            return true;
        }
        sendApprove();
        break;
    case ReturnUrls::Kind::Cancel:
        finish(PaymentState::BuyerCancelled, QStringLiteral("buyer-cancelled"),
               tr("The customer cancelled the payment."));
        break;
    case ReturnUrls::Kind::Fail:
        finish(PaymentState::Failed, QStringLiteral("buyer-failed"),
               tr("KakaoPay reported that the payment failed."));
        break;
    case ReturnUrls::Kind::None:
        break;
    }
    return true;
}

bool PaymentAttempt::abort()
{
    if (m_record.state == PaymentState::Created || m_record.state == PaymentState::AwaitingBuyer) {
        m_started = true; // an aborted attempt never sends ready later
        finish(PaymentState::Aborted, QStringLiteral("aborted"));
        return true;
    }
    return false;
}

void PaymentAttempt::sendApprove()
{
    ++m_approveCount;
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
    qCWarning(lcCheckout) << m_record.partnerOrderId << "approve failed:" << result.error.logText();
    if (result.error.code() == -780) { // the method refused: KakaoPay marks it FAIL_PAYMENT
        const QString why = result.error.methodResultMessage().isEmpty()
                                ? result.error.userMessage()
                                : result.error.methodResultMessage();
        finish(PaymentState::Failed, QStringLiteral("approve-failed"), why);
        return;
    }
    // Anything else may or may not have moved money (timeout, lost connection, -702 after a
    // retry, -785 duplicate, HTTP 500): KakaoPay's own status decides.
    if (result.error.code() == -785)
        QTimer::singleShot(kDuplicateWaitMs, this, &PaymentAttempt::settleWithOrder);
    else
        settleWithOrder();
}

void PaymentAttempt::settleWithOrder()
{
    ++m_orderCount;
    m_client->order(m_record.tid, this,
                    [this](const Result<OrderResponse> &result) { onOrderAnswered(result); });
}

void PaymentAttempt::onOrderAnswered(const Result<OrderResponse> &result)
{
    if (!result.ok()) {
        qCWarning(lcCheckout) << m_record.partnerOrderId
                              << "order failed:" << result.error.logText();
        if (m_orderCount < kMaxOrderCalls) {
            QTimer::singleShot(kDuplicateWaitMs, this, &PaymentAttempt::settleWithOrder);
            return;
        }
        giveUpInDoubt(tr("KakaoPay did not confirm whether the payment went through. Do not "
                         "take the payment again: check it with \"Recover payments\"."));
        return;
    }
    const OrderResponse &order = result.value;
    qCInfo(lcCheckout) << m_record.partnerOrderId << "order status" << order.status;
    using PaymentSettlement::Verdict;
    const Verdict verdict = PaymentSettlement::applyOrder(&m_record, order);
    const bool expired = m_approveError.code() == -723 || m_clock->now() >= m_record.expiresAt;
    switch (verdict) {
    case Verdict::Approved:
    case Verdict::PartRefunded:
    case Verdict::Refunded:
        m_record.lastErrorCode = 0;
        m_record.lastErrorMessage.clear();
        finish(m_record.state, QStringLiteral("approved-by-order"));
        return;
    case Verdict::BuyerCancelled:
        finish(PaymentState::BuyerCancelled, QStringLiteral("buyer-cancelled-by-order"),
               tr("The customer cancelled the payment."));
        return;
    case Verdict::Failed:
        finish(PaymentState::Failed, QStringLiteral("failed-by-order"),
               m_approveError.methodResultMessage().isEmpty()
                   ? m_approveError.userMessage()
                   : m_approveError.methodResultMessage());
        return;
    case Verdict::AwaitingApprove:
        // Our approve never took effect (lost on the way, garbled answer, duplicate): the
        // pg_token is still unused, so one more approve is safe. KakaoPay takes a pg_token
        // once, so even a late first approve cannot make this a double payment. A KakaoPay
        // refusal (-701, -708, -723, …) is final: no retry.
        if ((m_approveError.kind() != KakaoPay::Error::Kind::KakaoPay ||
             m_approveError.code() == -785) &&
            !expired && m_approveCount < kMaxApproveSends) {
            sendApprove();
            return;
        }
        [[fallthrough]];
    case Verdict::Pending:
        if (expired)
            finish(PaymentState::Expired, QStringLiteral("expired"),
                   tr("The payment time ran out before it was approved."));
        else
            finish(PaymentState::Failed, QStringLiteral("approve-refused"),
                   m_approveError.userMessage());
        return;
    case Verdict::Unknown:
        giveUpInDoubt(tr("KakaoPay reported an unknown payment status (%1). Do not take the "
                         "payment again: check it with \"Recover payments\".")
                          .arg(order.status));
        return;
    }
}

void PaymentAttempt::onTick()
{
    emit remainingSecondsChanged(remainingSeconds());
    if (m_record.state == PaymentState::AwaitingBuyer && m_record.expiresAt.isValid() &&
        m_clock->now() >= m_record.expiresAt) {
        qCInfo(lcCheckout) << m_record.partnerOrderId << "expired";
        finish(PaymentState::Expired, QStringLiteral("expired"),
               tr("The payment time ran out. Start a new payment if the customer still wants "
                  "to pay."));
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
    if (!m_finishedEmitted) {
        m_finishedEmitted = true;
        emit finished();
    }
}

void PaymentAttempt::giveUpInDoubt(const QString &message)
{
    m_timer.stop();
    m_record.lastErrorMessage = message;
    if (m_recorder)
        m_recorder->record(m_record, QStringLiteral("in-doubt"));
    emit failed(message);
    if (!m_finishedEmitted) {
        m_finishedEmitted = true;
        emit finished();
    }
}
