// The fault sweep with random timings: each scenario of tests/faults (Scenario::all) runs with
// its own client timeout and its own idea of how late a slow call or a twin lands, so the
// orders of events the fixed sweep does not hit get their turn. Prints what it ran, the time
// per scenario and every mismatch; exit 1 when there was one.
#include "Scenario.h"
#include "SimHarness.h"
#include "SweepRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

SweepTimings randomTimings(QRandomGenerator &rng)
{
    SweepTimings t;
    t.clientTimeoutMs = int(rng.bounded(80, 401));
    t.quietMs = 2 * qint64(t.clientTimeoutMs);
    // Short: lands after the client gave up, before the quiet period ends; long: after the one
    // re-send could be tried.
    t.slowShortMs = t.clientTimeoutMs + int(rng.bounded(10, int(t.quietMs)));
    t.slowLongMs = 3 * t.clientTimeoutMs + int(rng.bounded(0, 3 * t.clientTimeoutMs));
    t.twinMs = int(rng.bounded(20, 3 * t.clientTimeoutMs));
    t.backoffMs = {int(rng.bounded(30, 150)), int(rng.bounded(100, 300))};
    t.refundRetryMs = int(rng.bounded(30, 150));
    t.confirmWaitMs = t.clientTimeoutMs;
    t.settleMs = 8000;
    return t;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("scenarios"), QStringLiteral("How many to run."),
                      QStringLiteral("n"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default: time)."),
                      QStringLiteral("s")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("scenarios")).toInt();
    const quint32 seed = parser.isSet(QStringLiteral("seed"))
                             ? parser.value(QStringLiteral("seed")).toUInt()
                             : quint32(QDateTime::currentMSecsSinceEpoch());
    QRandomGenerator rng(seed);

    SimHarness sim;
    QTemporaryDir dir;
    if (!sim.listening() || !dir.isValid()) {
        std::fprintf(stderr, "cannot start the simulator or make a work folder\n");
        return 2;
    }
    SweepRun run(&sim, SweepTimings(), dir.path(), QStringLiteral(PAYDESK_FAULT_DRIVER),
                 QStringLiteral(PAYDESK_CLI_BIN));
    const QList<Scenario> all = Scenario::all(run.countCommits(false), run.countCommits(true));
    std::printf("fault sweep with random timings: seed %u, %d of %lld scenarios\n", seed, count,
                qint64(all.size()));

    QElapsedTimer total;
    total.start();
    QList<qint64> times;
    QMap<QString, int> perStep;
    int mismatches = 0;
    for (int i = 0; i < count; ++i) {
        const Scenario &s = all.at(int(rng.bounded(quint32(all.size()))));
        const SweepTimings t = randomTimings(rng);
        run.setTimings(t);
        QElapsedTimer one;
        one.start();
        const QStringList found = run.run(s);
        times << one.elapsed();
        perStep[s.name().section(u'/', 0, 0)] += 1;
        if (!found.isEmpty()) {
            ++mismatches;
            std::printf("MISMATCH %s (timeout %d ms, slow %d/%d ms, twin %d ms): %s\n",
                        qPrintable(s.name()), t.clientTimeoutMs, t.slowShortMs, t.slowLongMs,
                        t.twinMs, qPrintable(found.join(QStringLiteral("; "))));
        }
    }
    std::sort(times.begin(), times.end());
    qint64 sum = 0;
    for (qint64 t : std::as_const(times))
        sum += t;
    std::printf("steps:");
    for (auto it = perStep.cbegin(); it != perStep.cend(); ++it)
        std::printf(" %s %d", qPrintable(it.key()), it.value());
    std::printf("\ntime per scenario: mean %lld ms, median %lld ms, max %lld ms; total %.0f s\n",
                times.isEmpty() ? 0 : sum / times.size(),
                times.isEmpty() ? 0 : times.at(times.size() / 2),
                times.isEmpty() ? 0 : times.last(), total.elapsed() / 1000.0);
    std::printf("fault sweep: %d scenarios, %d mismatches\n", count, mismatches);
    return mismatches == 0 ? 0 : 1;
}
