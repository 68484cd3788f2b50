#pragma once

#include "RefundRequest.h"
#include "kakaopay/KakaoPayError.h"
#include "kakaopay/KakaoPayTypes.h"
#include "store/RefundRecord.h"

#include <QObject>

class Clock;
class Journal;
namespace KakaoPay {
class Client;
}

// One refund on the wire, from a pending journal record to done, failed or in doubt.
//
// Only KakaoPay's word ends a refund, and a cancel is never sent again by itself: when its
// answer is lost or unclear, order is asked whether KakaoPay's canceled_amount grew by exactly
// this refund (done) or not yet (in doubt, left pending for the DoubtMonitor, which keeps asking
// and never sends). A manager may send it again explicitly (resend): order is asked, then asked
// again one client timeout later, and only when both show nothing refunded is the cancel sent
// again, under the same cancel_available_amount guard, so that it can apply at most once.
class RefundCall : public QObject
{
    Q_OBJECT

public:
    struct Job
    {
        RefundRecord refund; // pending, as written by Journal::beginRefund
        QString tid;
        Won canceledBefore;  // canceled_amount.total before this refund
        Won availableBefore; // cancel_available_amount.total before it: the guard
    };
    struct Options
    {
        int retryDelayMs = 1000;   // between order look-ups while a cancel may be in flight
        int liveOrderChecks = 3;   // look-ups after an unclear answer before it is left in doubt
        int confirmWaitMs = 10000; // manager's re-send: the second look-up comes this much later
                                   // (at least the client's timeout)
    };

    RefundCall(KakaoPay::Client *client, Journal *journal, Clock *clock, const Job &job,
               const Options &options, QObject *parent = nullptr);

    // Live: sends the cancel.
    void send();
    // One look-up for a refund in doubt: done when order shows it, else still in doubt. Never
    // sends a cancel.
    void check();
    // A manager's explicit re-send of a refund in doubt (see the class comment).
    void resend();

    const Job &job() const { return m_job; }

signals:
    void finished(const RefundResult &result);

private:
    enum class Mode
    {
        Live,
        Check,
        ResendFirstLook,
        ResendSecondLook,
        Resent
    };
    void sendCancel();
    void onCancel(const KakaoPay::Result<KakaoPay::CancelResponse> &result);
    void askOrder();
    void askOrderLater(int delayMs);
    void onOrder(const KakaoPay::Result<KakaoPay::OrderResponse> &result);
    void onUnchanged();
    void complete(const QString &aid, const AmountSplit &approved, const QDateTime &at,
                  std::optional<Won> remaining, const QString &how);
    void fail(int code, const QString &message, const QString &how);
    void leaveInDoubt(const QString &message, const QString &how);
    void audit(const QString &action, int code, const QString &detail);
    void emitResult(RefundResult::Outcome outcome, const QString &message, int code = 0);
    QString payloadMarker() const;

    KakaoPay::Client *m_client;
    Journal *m_journal;
    Clock *m_clock;
    Job m_job;
    Options m_options;
    Mode m_mode = Mode::Live;
    bool m_done = false;
    int m_orderChecks = 0;
    KakaoPay::Error m_refusal; // KakaoPay's refusal of the manager's re-send
    RefundResult m_result;
};
