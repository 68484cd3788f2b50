#include "Scenario.h"
#include "SimHarness.h"
#include "SweepRun.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

// The fault sweep (see CMakeLists.txt). PAYDESK_SWEEP_GENERATION picks one API generation
// (current | legacy; both when unset); PAYDESK_SWEEP_FILTER runs only the scenarios whose name
// contains it. Ends with "fault sweep: N scenarios, M mismatches".
class TestFaultSweep : public QObject
{
    Q_OBJECT

private slots:
    void sweep();
};

void TestFaultSweep::sweep()
{
    SimHarness sim;
    QVERIFY(sim.listening());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SweepRun run(&sim, SweepTimings(), dir.path(), QStringLiteral(PAYDESK_FAULT_DRIVER),
                 QStringLiteral(PAYDESK_CLI_BIN));
    const int paymentWrites = run.countCommits(false);
    const int refundWrites = run.countCommits(true);
    QVERIFY2(paymentWrites > 0 && refundWrites > 0, "the driver counted no journal writes");

    const QString generation = qEnvironmentVariable("PAYDESK_SWEEP_GENERATION");
    const QString filter = qEnvironmentVariable("PAYDESK_SWEEP_FILTER");
    QList<Scenario> scenarios;
    for (const Scenario &s : Scenario::all(paymentWrites, refundWrites)) {
        const bool legacy = s.generation == KakaoPay::ApiGeneration::Legacy;
        if (!generation.isEmpty() && legacy != (generation == QLatin1String("legacy")))
            continue;
        if (!filter.isEmpty() && !s.name().contains(filter))
            continue;
        scenarios << s;
    }
    QElapsedTimer clock;
    clock.start();
    int mismatches = 0;
    QStringList report;
    for (const Scenario &s : std::as_const(scenarios)) {
        const QStringList found = run.run(s);
        if (found.isEmpty())
            continue;
        ++mismatches;
        report << s.name() + QStringLiteral(": ") + found.join(QStringLiteral("; "));
        std::printf("MISMATCH %s\n", qPrintable(report.last()));
    }
    std::printf("fault sweep (%s): %lld scenarios in %.0f s; a payment makes %d journal writes, "
                "a refund %d\n",
                generation.isEmpty() ? "both" : qPrintable(generation), qint64(scenarios.size()),
                clock.elapsed() / 1000.0, paymentWrites, refundWrites);
    std::printf("fault sweep: %lld scenarios, %d mismatches\n", qint64(scenarios.size()),
                mismatches);
    std::fflush(stdout);
    QVERIFY2(mismatches == 0, qPrintable(report.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestFaultSweep)
#include "tst_faultsweep.moc"
