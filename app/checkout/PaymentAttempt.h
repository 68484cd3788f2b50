#pragma once

#include "Order.h"
#include "PaymentRecord.h"
#include "ReturnUrls.h"
#include "kakaopay/KakaoPayError.h"
#include "kakaopay/KakaoPayTypes.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>

class Clock;
namespace KakaoPay {
class Client;
}

// One KakaoPay payment for one order snapshot: ready → buyer on KakaoPay's page → approval
// redirect → approve. It owns its partner_order_id and tid (nothing global) and writes every
// step to the recorder before taking the next one.
//
// Only KakaoPay's word ends it once approve has left. An approve answered with anything but a
// clear yes or a clear no (no answer, a broken connection, a server error, "in progress", a
// payment-method fault, an unknown tid, an answer that cannot be read) makes the payment
// InDoubt after one look at order: finished() then comes with the state InDoubt and the
// payment is the PaymentSettler's (DoubtMonitor) to settle. The cashier is never told it failed
// while KakaoPay may have taken the money.
//
// The UI: create, connect, start(); show pageReady's URL in a web view whose
// acceptNavigationRequest asks handleNavigation(); wait for finished().
class PaymentAttempt : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString counterId = QStringLiteral("POS1"); // partner_user_id
        bool training = false;
        QUrl returnBase = ReturnUrls::defaultBase();
        int tidLifetimeSeconds = 15 * 60;
        QString partnerOrderId;    // empty: a fresh one from OrderIdGenerator
        int approveRetryMs = 2000; // after an approve that never left (KakaoPay unreachable)
    };

    PaymentAttempt(KakaoPay::Client *client, PaymentRecorder *recorder, Clock *clock,
                   const OrderSnapshot &order, const Options &options, QObject *parent = nullptr);
    ~PaymentAttempt() override;

    PaymentState state() const { return m_record.state; }
    const PaymentRecord &record() const { return m_record; }
    QString partnerOrderId() const { return m_record.partnerOrderId; }
    QUrl paymentPageUrl() const { return m_pageUrl; }
    QDateTime expiresAt() const { return m_record.expiresAt; }
    // Seconds until the tid expires (0 after); the full lifetime before ready answered. Counted
    // on the monotonic clock from ready, so a PC clock that jumps does not change it.
    int remainingSeconds() const;
    bool isStarted() const { return m_started; }
    // finished() was emitted: the attempt ended, in a final state or InDoubt.
    bool isFinished() const { return m_finishedEmitted; }
    bool isInDoubt() const { return m_record.state == PaymentState::InDoubt; }
    // The last failure (ready, approve or order), for the log and a detailed message.
    const KakaoPay::Error &lastError() const { return m_lastError; }
    const ReturnUrls &returnUrls() const { return m_urls; }

public slots:
    // Sends ready once. A second call (double press, held Enter) is ignored.
    void start();
    // The web view asks before every navigation. True: the URL was this payment's approval,
    // cancel or fail URL and the navigation must be stopped. False for anything else, also for
    // a URL on our return endpoints that belongs to another payment (spoofedRedirect).
    bool handleNavigation(const QUrl &url);
    // The cashier stops waiting. Refused (false) once approve may be on its way, or after the
    // end.
    bool abort();

signals:
    void stateChanged(PaymentState state);
    void pageReady(const QUrl &paymentPageUrl, const QDateTime &expiresAt);
    void approved(const PaymentRecord &record);
    // The payment ended without money taken, for certain (message for the cashier).
    void failed(const QString &message);
    // KakaoPay has not said whether the money was taken: never pay this basket again until it
    // is settled (message for the cashier).
    void inDoubt(const PaymentRecord &record, const QString &message);
    // What the attempt is doing while the cashier waits ("KakaoPay cannot be reached…").
    void notice(const QString &message);
    void spoofedRedirect(const QUrl &url);
    // The journal could not be written after the money moved: the payment stands, but the
    // record on disk is behind. Show it to the cashier.
    void storageWarning(const QString &message);
    void remainingSecondsChanged(int seconds);
    void finished();

private:
    void onReadyAnswered(const KakaoPay::Result<KakaoPay::ReadyResponse> &result);
    void sendApprove();
    void onApproveAnswered(const KakaoPay::Result<KakaoPay::ApproveResponse> &result);
    void onOrderAnswered(const KakaoPay::Result<KakaoPay::OrderResponse> &result);
    void onTick();
    void noteError(const KakaoPay::Error &error);
    // Sets and records the new state; false if the recorder refused (the state is set anyway).
    bool moveTo(PaymentState state, const QString &event);
    // Ends the payment in a final state: records it, emits failed/approved and finished.
    void finish(PaymentState state, const QString &event, const QString &failMessage = {});
    // Ends the attempt without a final state: KakaoPay may have the money.
    void endInDoubt(const QString &why);
    // Ends before anything could move money, when the journal cannot be written.
    void stopUnrecorded(const QString &message);
    void emitFinished();

    KakaoPay::Client *m_client = nullptr;
    PaymentRecorder *m_recorder = nullptr;
    Clock *m_clock = nullptr;
    Options m_options;
    PaymentRecord m_record;
    ReturnUrls m_urls;
    QUrl m_pageUrl;
    KakaoPay::Error m_lastError;
    QTimer m_timer;
    QTimer m_approveRetry;
    QDeadlineTimer m_pageDeadline{QDeadlineTimer::Forever};
    KakaoPay::Error m_approveError; // the approve answer order is asked about
    bool m_started = false;
    bool m_finishedEmitted = false;
};
