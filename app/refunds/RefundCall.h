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

// One refund on the wire, from a pending journal record to done or failed: sends the cancel
// (or, in recovery, starts from order), and when an answer is lost or doubtful settles it with
// order before anything is sent again.
//
// Settling: KakaoPay's canceled_amount grew by exactly this refund → done (no second cancel);
// unchanged → the earlier cancel did not take effect. Live, it is then sent again under the
// same cancel_available_amount guard, so that it can apply at most once (a cancel still in
// flight answers -785: wait, ask order again). In recovery nothing is sent again: after a
// quiet period in which a late cancel could still land, it is failed as not carried out.
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
        int retryDelayMs = 1000; // between order look-ups while a cancel may be in flight
        int maxResends = 5;      // guarded re-sends (live only)
        int maxOrderFailures = 3;
        qint64 quietMs = 30000; // recovery: a cancel this recent may still land
    };

    RefundCall(KakaoPay::Client *client, Journal *journal, Clock *clock, const Job &job,
               const Options &options, QObject *parent = nullptr);

    // Live: sends the cancel.
    void send();
    // Recovery: the cancel may or may not have left; asks order, never sends a cancel.
    void settle();

    const Job &job() const { return m_job; }

signals:
    void finished(const RefundResult &result);

private:
    void sendCancel();
    void onCancel(const KakaoPay::Result<KakaoPay::CancelResponse> &result);
    void askOrder();
    void askOrderLater();
    void onOrder(const KakaoPay::Result<KakaoPay::OrderResponse> &result);
    void onUnchanged();
    void complete(const QString &aid, const AmountSplit &approved, const QDateTime &at,
                  Won remaining, const QString &how);
    void fail(int code, const QString &message, const QString &how);
    void leaveInDoubt(const QString &message, const QString &how);
    void audit(const QString &action, int code, const QString &detail);
    void emitResult(RefundResult::Outcome outcome, const QString &message, int code = 0);
    static bool isDoubtful(const KakaoPay::Error &error);
    QString payloadMarker() const;

    KakaoPay::Client *m_client;
    Journal *m_journal;
    Clock *m_clock;
    Job m_job;
    Options m_options;
    bool m_recovery = false;
    bool m_done = false;
    int m_resends = 0;
    int m_orderFailures = 0;
    KakaoPay::Error m_refusal; // a definitive refusal of a guarded re-send
    RefundResult m_result;
};
