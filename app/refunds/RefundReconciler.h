#pragma once

#include "RefundCall.h"
#include "RefundRequest.h"

#include <QList>
#include <QObject>

class Clock;
class Journal;
namespace KakaoPay {
class Client;
}

// At start: settles every refund the journal left pending (PayDesk stopped between writing it and
// recording KakaoPay's answer), one after another, by KakaoPay's order: canceled_amount grew by
// the refund → done; unchanged → failed as not carried out. Never sends a cancel.
class RefundReconciler : public QObject
{
    Q_OBJECT

public:
    RefundReconciler(KakaoPay::Client *client, Journal *journal, Clock *clock = nullptr,
                     QObject *parent = nullptr);
    ~RefundReconciler() override;

    void setCallOptions(const RefundCall::Options &options) { m_options = options; }

    // Settles Journal::pendingRefunds(). Ignored while running; finished() always follows.
    void run();
    bool isRunning() const { return m_running; }
    const QList<RefundResult> &results() const { return m_results; }

signals:
    void resultReady(const RefundResult &result);
    void finished();

private:
    void next();

    KakaoPay::Client *m_client;
    Journal *m_journal;
    Clock *m_clock;
    RefundCall::Options m_options;
    QList<RefundRecord> m_queue;
    QList<RefundResult> m_results;
    bool m_running = false;
};
