// The checkout benchmark: fresh PayDesk processes against one local simulator, with the
// figures of the issue as medians. See bench/README.md.
//   bench_checkout --app paydesk --bare bench_barewindow --sim paydesk-kakaopay-sim
#include "ChildRun.h"
#include "XvfbServer.h"
#include "core/SimulatorProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#include <unistd.h>

namespace {

struct Options
{
    QString app, bare, sim;
    QStringList platforms;
    int runs = 5;
    int payments = 20;
    int autoApproveMs = 100;
    int firstPayMs = 2000;
    int gapMs = 200;
    int sampleMs = 100;
    bool warmupRound = true;
    QString logDir;
};

struct PlatformFigures
{
    QString name;
    QList<double> bareApp, appApp, bareStart, bareTextStart, appStart, warm, firstPay, laterPay,
        redirectReceipt;
    QList<double> rssMb, pssMb, hwmMb;
    int processes = 0;
    int warmBeforeFirstPay = 0;
    QStringList errors;
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const int n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QString ms(double value)
{
    return value < 0 ? QStringLiteral("n/a") : QStringLiteral("%1 ms").arg(value, 0, 'f', 1);
}

QString mb(double value)
{
    return QStringLiteral("%1 MB").arg(value, 0, 'f', 0);
}

QString verdict(double ratio, double target)
{
    if (ratio < 0)
        return QStringLiteral("n/a");
    return QStringLiteral("%1× (target ≤ %2×)  %3")
        .arg(ratio, 0, 'f', 2)
        .arg(target, 0, 'f', 1)
        .arg(ratio <= target ? QStringLiteral("PASS") : QStringLiteral("MISS"));
}

QProcessEnvironment childEnvironment(const Options &options, const QString &platform,
                                     const QString &display, const QString &home, int payments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PAYDESK_SECRET_KEY")); // never send a real key to the simulator
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    if (platform == QLatin1String("xcb"))
        env.insert(QStringLiteral("DISPLAY"), display);
    // Settings, journal and caches of the bench only, never the cashier's own.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"),
               QStringLiteral("qt.webenginecontext.info=false"));
    env.insert(QStringLiteral("PAYDESK_BENCH_PAYMENTS"), QString::number(payments));
    // PayDesk never switches the web engine's sandbox off; Chromium refuses root with it on.
    // The bench run as root (this machine) switches it off for its own children.
    if (::geteuid() == 0 && !env.contains(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX")))
        env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    env.insert(QStringLiteral("PAYDESK_BENCH_FIRST_PAY_MS"), QString::number(options.firstPayMs));
    env.insert(QStringLiteral("PAYDESK_BENCH_GAP_MS"), QString::number(options.gapMs));
    return env;
}

// One bare window and one PayDesk process; measured == false for the warm-up round.
void runRound(const Options &options, const QString &platform, const QString &display,
              const QString &home, const QUrl &simUrl, int round, PlatformFigures *figures)
{
    const bool measured = round > 0;
    const QString tag = QStringLiteral("%1-%2").arg(platform).arg(round);
    ChildRun bare(options.bare, {}, childEnvironment(options, platform, display, home, 0),
                  QDir(options.logDir).filePath(tag + QStringLiteral("-bare.log")));
    if (!bare.run(30000, options.sampleMs))
        figures->errors
            << QStringLiteral("bare window, round %1: %2").arg(round).arg(bare.errorString());
    else if (measured) {
        figures->bareStart << bare.msFromLaunch(QStringLiteral("window"));
        figures->bareApp << bare.msFromLaunch(QStringLiteral("probe"));
    }
    // The same window with one line of text: the font set-up any window with text pays.
    ChildRun bareText(options.bare, {QStringLiteral("--text")},
                      childEnvironment(options, platform, display, home, 0),
                      QDir(options.logDir).filePath(tag + QStringLiteral("-baretext.log")));
    if (!bareText.run(30000, options.sampleMs))
        figures->errors << QStringLiteral("bare window with text, round %1: %2")
                               .arg(round)
                               .arg(bareText.errorString());
    else if (measured)
        figures->bareTextStart << bareText.msFromLaunch(QStringLiteral("window"));

    const int payments = measured ? options.payments : 1;
    ChildRun app(options.app, {QStringLiteral("--base-url"), simUrl.toString()},
                 childEnvironment(options, platform, display, home, payments),
                 QDir(options.logDir).filePath(tag + QStringLiteral("-paydesk.log")));
    const bool ok = app.run(options.firstPayMs + payments * 30000 + 60000, options.sampleMs);
    if (!ok) {
        figures->errors
            << QStringLiteral("PayDesk, round %1: %2").arg(round).arg(app.errorString());
        return;
    }
    if (!measured)
        return;
    const QString pay = QStringLiteral("pay"), page = QStringLiteral("page");
    figures->appStart << app.msFromLaunch(QStringLiteral("window"));
    figures->appApp << app.msFromLaunch(QStringLiteral("probe"));
    const double warm = app.msFromLaunch(QStringLiteral("warm"));
    figures->warm << warm;
    const double firstPayAt = app.msFromLaunch(QStringLiteral("window")) + options.firstPayMs;
    if (warm >= 0 && warm <= firstPayAt)
        ++figures->warmBeforeFirstPay;
    QList<double> later, receipts;
    for (int i = 1; i <= payments; ++i) {
        const double toPage = app.msBetween(pay, page, i);
        if (i == 1)
            figures->firstPay << toPage;
        else if (toPage >= 0)
            later << toPage;
        const double toReceipt =
            app.msBetween(QStringLiteral("redirect"), QStringLiteral("receipt"), i);
        if (toReceipt >= 0)
            receipts << toReceipt;
    }
    figures->laterPay << later;
    figures->redirectReceipt << receipts;
    const ProcessTreeMemory &memory = app.memory();
    figures->rssMb << memory.peakRssKb() / 1024.0;
    figures->pssMb << memory.peakPssKb() / 1024.0;
    figures->hwmMb << memory.peakProcessHwmKb() / 1024.0;
    figures->processes = qMax(figures->processes, memory.peakProcesses());
    out() << QStringLiteral("  run %1: bare %2 | PayDesk window %3, warm %4 | Pay→page #1 %5, "
                            "#2–%6 median %7 | redirect→receipt median %8 | peak RSS %9, PSS %10")
                 .arg(round)
                 .arg(ms(figures->bareStart.value(figures->bareStart.size() - 1, -1)),
                      ms(figures->appStart.last()), ms(warm), ms(figures->firstPay.last()))
                 .arg(payments)
                 .arg(ms(median(later)), ms(median(receipts)), mb(figures->rssMb.last()),
                      mb(figures->pssMb.last()))
          << Qt::endl;
}

void report(const Options &options, const PlatformFigures &f)
{
    const double bare = median(f.bareStart), app = median(f.appStart);
    const double first = median(f.firstPay), later = median(f.laterPay);
    out() << QStringLiteral("  start → main window shown:     %1   (bare Qt Widgets window %2)  ")
                 .arg(ms(app), ms(bare))
          << verdict(bare > 0 && app >= 0 ? app / bare : -1, 2.0) << Qt::endl;
    const double bareText = median(f.bareTextStart);
    out() << QStringLiteral("  (reference: the bare window with one line of text %1, %2× the "
                            "bare window; PayDesk is %3× that)")
                 .arg(ms(bareText))
                 .arg(bare > 0 ? bareText / bare : -1, 0, 'f', 2)
                 .arg(bareText > 0 ? app / bareText : -1, 0, 'f', 2)
          << Qt::endl;
    out() << QStringLiteral("  start → QApplication ready:    %1   (bare %2; libraries loaded, "
                            "QApplication made)")
                 .arg(ms(median(f.appApp)), ms(median(f.bareApp)))
          << Qt::endl;
    out() << QStringLiteral("  start → web engine warm:       %1   (warm before the first Pay in "
                            "%2 of %3 runs; first Pay %4 ms after the window)")
                 .arg(ms(median(f.warm)))
                 .arg(f.warmBeforeFirstPay)
                 .arg(f.appStart.size())
                 .arg(options.firstPayMs)
          << Qt::endl;
    out() << QStringLiteral("  Pay → payment page loaded:     first %1, 2nd–%2th %3  ")
                 .arg(ms(first))
                 .arg(options.payments)
                 .arg(ms(later))
          << verdict(later > 0 && first >= 0 ? first / later : -1, 1.5) << Qt::endl;
    out()
        << QStringLiteral("  approval redirect → receipt:   %1").arg(ms(median(f.redirectReceipt)))
        << Qt::endl;
    if (!f.rssMb.isEmpty()) {
        out() << QStringLiteral(
                     "  peak memory, all PayDesk processes (app + QtWebEngineProcess, up "
                     "to %1 at once): RSS median %2 (max %3), PSS median %4 (max %5); "
                     "largest single process %6")
                     .arg(f.processes)
                     .arg(mb(median(f.rssMb)),
                          mb(*std::max_element(f.rssMb.cbegin(), f.rssMb.cend())),
                          mb(median(f.pssMb)),
                          mb(*std::max_element(f.pssMb.cbegin(), f.pssMb.cend())),
                          mb(*std::max_element(f.hwmMb.cbegin(), f.hwmMb.cend())))
              << Qt::endl;
    }
    for (const QString &error : f.errors)
        out() << "  ERROR " << error << Qt::endl;
}

bool parseOptions(const QCoreApplication &app, Options *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("PayDesk checkout benchmark (bench/README.md)"));
    parser.addHelpOption();
    const auto value = [](const char *name, const char *help, const char *valueName) {
        return QCommandLineOption(QLatin1String(name), QLatin1String(help),
                                  QLatin1String(valueName));
    };
    const QCommandLineOption app_ = value("app", "PayDesk binary with the bench probe", "path");
    const QCommandLineOption bare = value("bare", "bench_barewindow binary", "path");
    const QCommandLineOption sim = value("sim", "paydesk-kakaopay-sim binary", "path");
    const QCommandLineOption platforms =
        value("platforms", "offscreen,xcb (xcb on a private Xvfb); default both", "list");
    const QCommandLineOption runs = value("runs", "measured processes per platform (5)", "n");
    const QCommandLineOption payments = value("payments", "payments per process (20)", "n");
    const QCommandLineOption autoApprove = value("auto-approve-ms", "simulator (100)", "ms");
    const QCommandLineOption firstPay =
        value("first-pay-ms", "first frame to the first Pay (2000)", "ms");
    const QCommandLineOption gap = value("gap-ms", "receipt closed to the next Pay (200)", "ms");
    const QCommandLineOption logDir = value("log-dir", "children's stderr (default: temp)", "dir");
    const QCommandLineOption noWarmup(QStringLiteral("no-warmup-round"),
                                      QStringLiteral("skip the unmeasured first round"));
    parser.addOptions(
        {app_, bare, sim, platforms, runs, payments, autoApprove, firstPay, gap, logDir, noWarmup});
    parser.process(app);
    options->app = parser.value(app_);
    options->bare = parser.value(bare);
    options->sim = parser.value(sim);
    if (options->app.isEmpty() || options->bare.isEmpty() || options->sim.isEmpty()) {
        QTextStream(stderr) << "--app, --bare and --sim are required\n";
        return false;
    }
    options->platforms = parser.isSet(platforms)
                             ? parser.value(platforms).split(QLatin1Char(','), Qt::SkipEmptyParts)
                             : QStringList{QStringLiteral("offscreen"), QStringLiteral("xcb")};
    const auto number = [&parser](const QCommandLineOption &option, int fallback) {
        bool ok = false;
        const int n = parser.value(option).toInt(&ok);
        return parser.isSet(option) && ok && n >= 0 ? n : fallback;
    };
    options->runs = qMax(1, number(runs, options->runs));
    options->payments = qMax(2, number(payments, options->payments));
    options->autoApproveMs = number(autoApprove, options->autoApproveMs);
    options->firstPayMs = number(firstPay, options->firstPayMs);
    options->gapMs = number(gap, options->gapMs);
    options->warmupRound = !parser.isSet(noWarmup);
    options->logDir = parser.value(logDir);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Options options;
    if (!parseOptions(app, &options))
        return 2;
    QTemporaryDir temp;
    if (options.logDir.isEmpty())
        options.logDir = temp.path();
    QDir().mkpath(options.logDir);

    SimulatorProcess simulator;
    simulator.setProgram(options.sim);
    simulator.setArguments({QStringLiteral("--auto-approve-ms"),
                            QString::number(options.autoApproveMs), QStringLiteral("--seed"),
                            QStringLiteral("1")});
    if (!simulator.waitForUrl(15000)) {
        QTextStream(stderr) << "simulator: " << simulator.errorString() << '\n';
        return 1;
    }
    out() << QStringLiteral("PayDesk checkout benchmark: %1 fresh processes × %2 payments per "
                            "platform, simulator %3 (auto-approve %4 ms), first Pay %5 ms after "
                            "the window, next Pay %6 ms after the receipt; %7; logs in %8")
                 .arg(options.runs)
                 .arg(options.payments)
                 .arg(simulator.baseUrl().toString())
                 .arg(options.autoApproveMs)
                 .arg(options.firstPayMs)
                 .arg(options.gapMs)
                 .arg(options.warmupRound ? QStringLiteral("after one unmeasured round")
                                          : QStringLiteral("no warm-up round"))
                 .arg(options.logDir)
          << Qt::endl;

    bool anyError = false;
    for (const QString &platform : std::as_const(options.platforms)) {
        PlatformFigures figures;
        figures.name = platform;
        XvfbServer xvfb;
        QString display;
        if (platform == QLatin1String("xcb")) {
            if (!XvfbServer::isAvailable() || !xvfb.start()) {
                out() << "\n== xcb: skipped ("
                      << (XvfbServer::isAvailable() ? xvfb.errorString()
                                                    : QStringLiteral("no Xvfb"))
                      << ") ==" << Qt::endl;
                continue;
            }
            display = xvfb.display();
        }
        out() << "\n== " << platform
              << (display.isEmpty() ? QString() : QStringLiteral(" (Xvfb %1)").arg(display))
              << " ==" << Qt::endl;
        QTemporaryDir home;
        // A counter that was set up before: no first-run wizard blocking Pay.
        QSettings(home.filePath(QStringLiteral("config/PayDesk/PayDesk.conf")),
                  QSettings::IniFormat)
            .setValue(QStringLiteral("app/firstRunDone"), true);
        for (int round = options.warmupRound ? 0 : 1; round <= options.runs; ++round)
            runRound(options, platform, display, home.path(), simulator.baseUrl(), round, &figures);
        out() << "  -- medians --" << Qt::endl;
        report(options, figures);
        anyError = anyError || !figures.errors.isEmpty();
    }
    if (anyError)
        temp.setAutoRemove(false);
    return anyError ? 1 : 0;
}
