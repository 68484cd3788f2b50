#pragma once

#include "CheckoutEnvironment.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTextStream>

class Journal;
class PaymentSession;

// `paydesk --self-check`: one ₩1,000 payment through the real payment view: ready, page
// loaded, approval redirect caught, approve, recorded in the journal. Prints each step with its
// elapsed milliseconds. Against the simulator the page approves by itself; against KakaoPay a
// person scans the QR code.
class SelfCheck : public QObject
{
    Q_OBJECT

public:
    SelfCheck(const CheckoutEnvironment &env, Journal *journal, bool waitForPerson,
              QObject *parent = nullptr);
    ~SelfCheck() override;

    // Runs the event loop until done; returns the exit code (0 = approved and recorded).
    int run();

private:
    void step(const QString &text);
    void finish(bool ok, const QString &text);

    CheckoutEnvironment m_env;
    Journal *m_journal;
    bool m_waitForPerson;
    PaymentSession *m_session = nullptr;
    QElapsedTimer m_elapsed;
    QTextStream m_out;
    int m_exitCode = 1;
    bool m_done = false;
};
