#pragma once

#include <QCoreApplication>
#include <QTextStream>

class Journal;
struct ReconcileResult;
struct RefundResult;
namespace KakaoPay {
class Client;
}

// `paydesk-cli reconcile`: the start-up recovery of the app, from a shell. Runs the checkout
// Reconciler over the journal's pending payments, then the RefundReconciler over its pending
// refunds; both record what KakaoPay says through the journal. Prints one line per payment or
// refund ("settled …" or "open …") and a summary.
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

    ReconcileCommand(KakaoPay::Client *client, Journal *journal, QTextStream &out,
                     QTextStream &err);
    Outcome run();

private:
    void payments();
    void refunds();
    void print(const ReconcileResult &result);
    void print(const RefundResult &result);

    KakaoPay::Client *m_client;
    Journal *m_journal;
    QTextStream &m_out;
    QTextStream &m_err;
    int m_paymentsSettled = 0;
    int m_paymentsOpen = 0;
    int m_refundsSettled = 0;
    int m_refundsOpen = 0;
};
