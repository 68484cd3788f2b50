#pragma once

#include "Scenario.h"

#include "checkout/Order.h"
#include "checkout/PaymentRecord.h"
#include "core/Won.h"

#include <QList>
#include <QString>
#include <QStringList>

class SimHarness;

// How fast everything goes in the sweep: a short client timeout, slow calls that land before or
// after the quiet period in which an approve may be re-sent, short backoffs.
struct SweepTimings
{
    int clientTimeoutMs = 150;
    int slowShortMs = 250; // lands after the client gave up, before the quiet period ends
    int slowLongMs = 700;  // lands after the one re-send was tried
    int twinMs = 250;
    qint64 quietMs = 300;
    QList<int> backoffMs = {60, 120};
    int refundRetryMs = 60;
    int refundChecks = 2;
    int confirmWaitMs = 150;
    int settleMs = 4000; // how long a counter keeps settling before it is stopped
};

// What the cashier (or the manager) was told during a scenario, with what KakaoPay's ledger
// said at that moment: the sweep checks no "failed" / "take it again" was said while the money
// was taken or could still be.
struct Said
{
    enum class Kind
    {
        NotPaid, // failed / cancelled / expired: "you can press Pay again"
        InDoubt, // "do not take this payment again"
        Approved,
        RefundDone,
        RefundNotDone,
        RefundInDoubt
    };
    Kind kind = Kind::NotPaid;
    QString partnerOrderId;
    QString tid;
    QString text;
    QString ledgerStatus;  // at that moment ("" when KakaoPay has no such tid)
    bool inFlight = false; // an approve or cancel on the tid was being carried out
    Won canceledThen;      // the ledger's canceled total then
};

// One scenario, run against the in-process simulator: the counter (PaymentAttempt, Journal,
// CounterServices with its DoubtMonitor) takes a payment or a refund with the fault, settles
// what is in doubt, is "restarted" (a fresh CounterServices on the same journal file, as after
// a power cut) and settles again; kill scenarios run the counter as a process that dies by
// SIGKILL. Then KakaoPay's ledger and the journal are compared.
class SweepRun
{
public:
    SweepRun(SimHarness *sim, const SweepTimings &timings, const QString &workDir,
             const QString &driverPath, const QString &cliPath);

    // Mismatches found (empty: the scenario passed).
    QStringList run(const Scenario &scenario);

    // How many journal writes a clean payment and a clean refund make (for Scenario::all).
    int countCommits(bool refund);
    void setTimings(const SweepTimings &timings) { m_t = timings; }

private:
    struct Counter;
    void applyFault(const QString &endpoint, Scenario::Fault fault, int skip = 0);
    Said snapshot(Said::Kind kind, const QString &orderId, const QString &tid,
                  const QString &text) const;
    bool waitUntil(const std::function<bool()> &done, int ms) const;
    void drainSimulator() const;
    // The counter's own work: a payment (or a paid payment and its refund) with the fault.
    void counterWork(Counter &counter, const Scenario &s);
    void payment(Counter &counter, const Scenario &s, PaymentRecord *out);
    void refund(Counter &counter, const Scenario &s, const PaymentRecord &paid);
    void settle(Counter &counter) const;
    void secondPayDesk(const Scenario &s);
    // Kill scenarios: the counter as a process.
    void runDriver(const Scenario &s);
    QStringList check(const Scenario &s);

    SimHarness *m_sim;
    SweepTimings m_t;
    QString m_workDir;
    QString m_driver;
    QString m_cli;
    QString m_journalPath;
    QString m_home;
    OrderSnapshot m_basket;
    QList<Said> m_said;
    QStringList m_problems; // seen while running (a second ready while in doubt, …)
    int m_runs = 0;
};
