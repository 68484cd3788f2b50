#pragma once

#include "Order.h"
#include "PaymentRecord.h"
#include "ReturnUrls.h"
#include "kakaopay/KakaoPayError.h"
#include "kakaopay/KakaoPayTypes.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>

class Clock;
namespace KakaoPay {
class Client;
}

// One KakaoPay payment for one order snapshot: ready → buyer on KakaoPay's page → approval
// redirect → approve. It owns its partner_order_id and tid (nothing global), writes every step
// to the recorder before taking the next one, and settles doubtful answers with order.
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
        QString partnerOrderId; // empty: a fresh one from OrderIdGenerator
    };

    PaymentAttempt(KakaoPay::Client *client, PaymentRecorder *recorder, Clock *clock,
                   const OrderSnapshot &order, const Options &options, QObject *parent = nullptr);
    ~PaymentAttempt() override;

    PaymentState state() const { return m_record.state; }
    const PaymentRecord &record() const { return m_record; }
    QString partnerOrderId() const { return m_record.partnerOrderId; }
    QUrl paymentPageUrl() const { return m_pageUrl; }
    QDateTime expiresAt() const { return m_record.expiresAt; }
    // Seconds until the tid expires (0 after); the full lifetime before ready answered.
    int remainingSeconds() const;
    bool isStarted() const { return m_started; }
    bool isFinished() const { return isFinalPaymentState(m_record.state); }
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
    // The cashier stops waiting. Refused (false) once approve is in flight or the payment ended.
    bool abort();

signals:
    void stateChanged(PaymentState state);
    void pageReady(const QUrl &paymentPageUrl, const QDateTime &expiresAt);
    void approved(const PaymentRecord &record);
    void failed(const QString &message);
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
    void settleWithOrder();
    void onOrderAnswered(const KakaoPay::Result<KakaoPay::OrderResponse> &result);
    void onTick();
    void noteError(const KakaoPay::Error &error);
    // Sets and records the new state; false if the recorder refused (the state is set anyway).
    bool moveTo(PaymentState state, const QString &event);
    // Ends the payment in a final state: records it, emits failed/approved and finished.
    void finish(PaymentState state, const QString &event, const QString &failMessage = {});
    // Ends without a final state: the outcome is unknown and recovery must settle it.
    void giveUpInDoubt(const QString &message);

    KakaoPay::Client *m_client = nullptr;
    PaymentRecorder *m_recorder = nullptr;
    Clock *m_clock = nullptr;
    Options m_options;
    PaymentRecord m_record;
    ReturnUrls m_urls;
    QUrl m_pageUrl;
    KakaoPay::Error m_lastError;
    QTimer m_timer;
    KakaoPay::Error m_approveError; // why approve did not simply succeed (settled by order)
    QDateTime m_readySentAt;
    int m_approveCount = 0;
    int m_orderCount = 0;
    bool m_started = false;
    bool m_finishedEmitted = false;
};
