#pragma once

#include "PaymentRecord.h"
#include "kakaopay/KakaoPayError.h"
#include "kakaopay/KakaoPayTypes.h"

#include <QList>
#include <QObject>

class Clock;
namespace KakaoPay {
class Client;
}

// What the reconciler found and did for one payment in doubt.
struct ReconcileResult
{
    QString partnerOrderId;
    QString tid;
    PaymentState before = PaymentState::Created;
    PaymentState after = PaymentState::Created;
    QString kakaoStatus;  // order's status, empty when not asked or not answered
    bool settled = false; // after is final
    QString text;         // one line for the cashier and for `paydesk-cli reconcile`
};

// Recovers payments the journal left in a non-final state (a crash, a lost answer): asks
// KakaoPay's order for each tid, one after another, and records what it says. An approvable
// payment (AUTH_PASSWORD, pg_token known, not expired) is approved. A payment with no tid
// (ready never answered) is closed as failed: without a tid we know, nobody can approve it.
class Reconciler : public QObject
{
    Q_OBJECT

public:
    Reconciler(KakaoPay::Client *client, PaymentRecorder *recorder, Clock *clock,
               QObject *parent = nullptr);
    ~Reconciler() override;

    // Starts working through the records (final ones are skipped). Ignored while running.
    void run(const QList<PaymentRecord> &records);
    bool isRunning() const { return m_running; }
    const QList<ReconcileResult> &results() const { return m_results; }

signals:
    void resultReady(const ReconcileResult &result);
    void finished();

private:
    void next();
    void onOrder(const KakaoPay::Result<KakaoPay::OrderResponse> &result);
    void onApprove(const KakaoPay::Result<KakaoPay::ApproveResponse> &result);
    void conclude(PaymentState state, const QString &event, const QString &what);
    void leave(const QString &what); // left as it is, still in doubt
    QString describe(const QString &what) const;
    void report(const ReconcileResult &result);

    KakaoPay::Client *m_client = nullptr;
    PaymentRecorder *m_recorder = nullptr;
    Clock *m_clock = nullptr;
    QList<PaymentRecord> m_queue;
    PaymentRecord m_current;
    PaymentState m_before = PaymentState::Created;
    QString m_kakaoStatus;
    QList<ReconcileResult> m_results;
    bool m_running = false;
};
