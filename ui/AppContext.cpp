#include "AppContext.h"

#include "MainWindow.h"
#include "UiLog.h"
#include "checkout/Catalog.h"
#include "core/Clock.h"
#include "core/SimulatorProcess.h"
#include "kakaopay/KakaoPayClient.h"
#include "settings/AppSettings.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

const QString kTrainingKey = QStringLiteral("training-key");

bool isLoopbackUrl(const QUrl &url)
{
    return url.isValid() && NavigationPolicy::isLoopback(url.host());
}

QString simulatorProgram()
{
    QString program = SimulatorProcess::findProgram();
    if (!program.isEmpty())
        return program;
    // Run from a build tree: the simulator is built under tests/sim.
    const QString built = QDir(QCoreApplication::applicationDirPath())
                              .filePath(QStringLiteral("../tests/sim/paydesk-kakaopay-sim"));
    return QFileInfo(built).isExecutable() ? QFileInfo(built).canonicalFilePath() : QString();
}

} // namespace

AppContext::AppContext(const AppOptions &options, QObject *parent)
    : QObject(parent), m_options(options)
{}

AppContext::~AppContext()
{
    // The client may still hold requests: it goes before the simulator it talks to.
    m_client.reset();
    m_simulator.reset();
}

void AppContext::prepareProcessEnvironment(const AppOptions &options)
{
#ifdef Q_OS_UNIX
    // Chromium refuses to run as root with its sandbox; only then is it switched off.
    if (::getuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    if (options.selfCheck && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM") &&
        !qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#else
    Q_UNUSED(options);
#endif
}

void AppContext::loadTranslations()
{
    auto *app = QCoreApplication::instance();
    const QLocale locale;
    auto *ours = new QTranslator(app);
    if (ours->load(locale, QStringLiteral("paydesk"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

QUrl AppContext::simulatorUrl() const
{
    return m_simulator ? m_simulator->baseUrl() : QUrl();
}

bool AppContext::initialize()
{
    AppSettings settings;
    const QList<SettingsReset> resets = settings.load();
    if (!resets.isEmpty())
        m_warnings.append(tr("Some settings were invalid and were reset to their defaults."));
    const SettingsValues &values = settings.values();

    m_secretKey = qEnvironmentVariable("PAYDESK_SECRET_KEY");
    QUrl baseUrl = m_options.baseUrl.isValid() ? m_options.baseUrl : values.baseUrl;
    bool training = m_options.training || values.trainingMode;
    // No key and no server of our own: nothing real can be paid, so train.
    if (m_secretKey.isEmpty() && !m_options.baseUrl.isValid()) {
        if (!training)
            m_warnings.append(tr("No KakaoPay key is configured: PayDesk runs in training mode."));
        training = true;
    }
    // The self-check without a server pays the simulator, whatever is configured.
    if (m_options.selfCheck && !m_options.baseUrl.isValid())
        training = true;
    // A loopback server is a simulator: treat it as training so nothing counts as a sale.
    if (isLoopbackUrl(m_options.baseUrl))
        training = true;
    m_env.training = training;

    if (training && !m_options.baseUrl.isValid()) {
        QStringList arguments;
        if (m_options.selfCheck) {
            arguments << QStringLiteral("--auto-approve-ms") << QStringLiteral("500");
        } else {
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
            QDir().mkpath(dir);
            arguments << QStringLiteral("--state-file")
                      << QDir(dir).filePath(QStringLiteral("training-simulator.json"));
        }
        if (!startSimulator(arguments))
            return false;
        baseUrl = m_simulator->baseUrl();
    }
    if (training && (m_secretKey.isEmpty() || m_simulator))
        m_secretKey = kTrainingKey;

    KakaoPay::ClientConfig config = settings.clientConfig();
    config.baseUrl = baseUrl;
    if (m_options.apiGiven)
        config.generation = m_options.api;
    const QString key = m_secretKey;
    m_client.reset(new KakaoPay::Client(config, [key] { return key; }));

    if (!openJournal())
        return false;
    loadCatalog(values.catalogPath);

    m_env.client = m_client.data();
    m_env.recorder = m_journal.data();
    m_env.clock = Clock::system();
    m_env.attemptOptions.counterId = values.counterId;
    m_env.attemptOptions.training = training;
    m_env.attemptOptions.returnBase = values.returnUrlBase;
    m_env.navigationPolicy = training && isLoopbackUrl(baseUrl)
                                 ? NavigationPolicy::training(baseUrl)
                                 : NavigationPolicy::kakaoPay();
    m_env.shop.name = values.shopName.isEmpty() ? tr("PayDesk shop") : values.shopName;
    m_env.shop.businessNumber = values.businessNumber;
    m_env.shop.address = values.shopAddress;
    const QString api = config.generation == KakaoPay::ApiGeneration::Legacy
                            ? QStringLiteral("legacy")
                            : QStringLiteral("current");
    m_env.modeDescription =
        training ? tr("TRAINING · simulator %1 · API %2").arg(baseUrl.authority(), api)
                 : tr("LIVE · %1 · API %2").arg(config.effectiveBaseUrl().host(), api);
    qCInfo(lcUi) << "mode:" << (training ? "training" : "live") << "base"
                 << config.effectiveBaseUrl().toString() << "api" << api;
    return true;
}

bool AppContext::startSimulator(const QStringList &extraArguments)
{
    m_simulator.reset(new SimulatorProcess);
    m_simulator->setProgram(simulatorProgram());
    m_simulator->setArguments(extraArguments);
    if (!m_simulator->waitForUrl(15000)) {
        m_error = tr("Training mode needs the KakaoPay simulator, but it did not start: %1")
                      .arg(m_simulator->errorString());
        return false;
    }
    return true;
}

bool AppContext::openJournal()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(dir)) {
        m_error = tr("The data folder %1 could not be created.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    // Training payments never share a file with real sales.
    const QString file = m_env.training ? QStringLiteral("paydesk-training.sqlite")
                                        : QStringLiteral("paydesk.sqlite");
    m_database.reset(new Database(QDir(dir).filePath(file)));
    if (!m_database->open(Database::Check::Header)) {
        m_error = tr("The journal could not be opened: %1").arg(m_database->error().message());
        return false;
    }
    m_journal.reset(new Journal(m_database.data()));
    return true;
}

void AppContext::loadCatalog(const QString &path)
{
    m_catalog.reset(new Catalog);
    QString error;
    if (!path.isEmpty() && m_catalog->loadFile(path, &error))
        return;
    if (!path.isEmpty())
        m_warnings.append(tr("The catalog %1 could not be loaded (%2); using the sample catalog.")
                              .arg(QDir::toNativeSeparators(path), error));
    if (!m_catalog->loadFile(Catalog::samplePath(), &error))
        m_warnings.append(tr("The sample catalog could not be loaded: %1").arg(error));
}

MainWindow *AppContext::createMainWindow()
{
    auto *window = new MainWindow(m_env, m_catalog.data());
    if (!m_warnings.isEmpty())
        window->showMessage(m_warnings.join(QLatin1Char(' ')), true);
    return window;
}
