#pragma once

#include "PaymentRecord.h"
#include "kakaopay/KakaoPayError.h"
#include "kakaopay/KakaoPayTypes.h"
#include "kakaopay/Meaning.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace KakaoPay {
class Client;
}

// Settles one payment whose approve may or may not have gone through: Approving (PayDesk
// stopped while it was on its way) or InDoubt (it left and no readable answer came back).
//
// Only KakaoPay's word ends it. Each round asks order; a final status settles the payment.
// While order says the buyer confirmed (AUTH_PASSWORD), approve is re-sent at most once, and
// only after a quiet period longer than the client's timeout, measured on this process's
// monotonic clock from when it took the payment over (or last sent approve): a slow approve
// still on its way upstream answers the re-send with "in progress", which keeps the doubt.
// When KakaoPay refuses the re-send (expired, token used, …) the payment ends as not paid only
// after order, asked a quiet period later, still shows nothing taken. Undecided rounds repeat
// with backoff; nothing here reads the wall clock, so a PC clock that jumps changes nothing.
class PaymentSettler : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 quietMs = 20000; // longer than the client's timeout (2× by default)
        QList<int> backoffMs = {1000, 2000, 4000, 8000, 15000, 30000, 60000};
    };

    PaymentSettler(KakaoPay::Client *client, PaymentRecorder *recorder, const PaymentRecord &record,
                   const Options &options, QObject *parent = nullptr);
    ~PaymentSettler() override;

    const PaymentRecord &record() const { return m_record; }
    bool isSettled() const { return m_settled; }
    // Why the payment is still open, for the cashier and the manager (one sentence).
    QString openReason() const { return m_openReason; }

    // The first round, at once.
    void start();
    // A round now instead of at the next backoff step (the cashier pressed "Check now").
    void checkNow();
    // No more rounds; an answer already on its way is still recorded.
    void stop();
    // A manager confirmed that the buyer was not charged (the basket may be paid again):
    // recorded with the payment, which stays open. False when the journal refused it.
    bool markReleased(const QString &manager);

signals:
    // The payment reached a final state (recorded in the journal when it could be).
    void settled(const PaymentRecord &record, const QString &text);
    // A round ended without a final answer; the next one is scheduled.
    void stillOpen(const PaymentRecord &record, const QString &reason);

private:
    void round();
    void onOrder(const KakaoPay::Result<KakaoPay::OrderResponse> &result);
    void sendApprove(const QString &event); // the one re-send
    void onApprove(const KakaoPay::Result<KakaoPay::ApproveResponse> &result);
    void conclude(const QString &event, const QString &text);
    void keepOpen(const QString &reason);
    void scheduleNext();
    bool record(const QString &event);
    bool quietSince(const QElapsedTimer &timer) const;

    KakaoPay::Client *m_client;
    PaymentRecorder *m_recorder;
    PaymentRecord m_record;
    Options m_options;
    QTimer m_next;
    QElapsedTimer m_sinceTakeOver;
    QElapsedTimer m_sinceApproveSent;   // invalid until this settler sends one
    QElapsedTimer m_sinceResendRefused; // valid once KakaoPay refused the re-send
    KakaoPay::Meaning m_resendRefusal = KakaoPay::Meaning::Refused;
    QString m_openReason;
    int m_round = 0;
    bool m_busy = false; // a call of this settler is on its way
    bool m_settled = false;
    bool m_stopped = false;
};
