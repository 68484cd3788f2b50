#pragma once

#include "checkout/PaymentRecord.h"

#include <QCoreApplication>
#include <QTextStream>

class DoubtMonitor;
class Journal;
struct RefundResult;

// `paydesk-cli reconcile`: the app's start-up recovery, from a shell. A DoubtMonitor takes in
// what the journal left unfinished and settles it by KakaoPay's order for at most `waitMs`
// (a payment in doubt may need a quiet period before its one re-send); what is still open then
// stays in doubt, for the next run or the app. Prints one line per payment or refund
// ("settled …" or "open …") and a summary.
class ReconcileCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReconcileCommand)

public:
    enum class Outcome
    {
        AllSettled,
        SomeOpen,      // still in doubt: run again when KakaoPay answers
        JournalFailed, // a write did not reach the journal
    };

    // `clientTimeoutMs`: for the default wait.
    ReconcileCommand(DoubtMonitor *monitor, Journal *journal, int clientTimeoutMs, QTextStream &out,
                     QTextStream &err);
    // How long to keep asking (default: the quiet period of a re-send and three timeouts).
    void setWaitMs(qint64 ms) { m_waitMs = ms; }
    Outcome run();

private:
    QString describe(const PaymentRecord &record, const QString &text) const;
    void printSettled(const PaymentRecord &record, PaymentState before, const QString &text);
    void printRefund(const RefundResult &result, bool settled);

    DoubtMonitor *m_monitor;
    Journal *m_journal;
    int m_timeoutMs;
    QTextStream &m_out;
    QTextStream &m_err;
    qint64 m_waitMs = -1;
    int m_paymentsSettled = 0;
    int m_paymentsOpen = 0;
    int m_refundsSettled = 0;
    int m_refundsOpen = 0;
};
