#include "AppContext.h"

#include "BuildTree.h"
#include "UiLog.h"
#include "WebViewModuleLoader.h"
#include "auth/ManagerStore.h"
#include "checkout/Catalog.h"
#include "core/Clock.h"
#include "core/OwnerOnly.h"
#include "core/SimulatorProcess.h"
#include "history/HistoryContext.h"
#include "kakaopay/KakaoPayClient.h"
#include "recovery/CounterServices.h"
#include "recovery/DoubtMonitor.h"
#include "refunds/RefundService.h"
#include "settings/AppSettings.h"
#include "settings/PinPepper.h"
#include "settings/SecretStore.h"
#include "settings/ServerAddress.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/JournalLocation.h"
#include "storeserver/StoreClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

namespace {

// The simulator's default key (tests/sim README): training never touches a real key.
const QString kTrainingKey = QStringLiteral("training-key");

bool isLoopbackUrl(const QUrl &url)
{
    return ServerAddress::isLoopback(url); // the same rule as paydesk-cli's
}

QString simulatorProgram(const QString &configured)
{
    if (!configured.isEmpty())
        return configured;
    QString program = SimulatorProcess::findProgram();
    if (!program.isEmpty())
        return program;
    // Run from a build tree: the simulator is built under tests/sim.
    const QString built = QDir(QCoreApplication::applicationDirPath())
                              .filePath(QStringLiteral("../tests/sim/paydesk-kakaopay-sim"));
    return QFileInfo(built).isExecutable() ? QFileInfo(built).canonicalFilePath() : QString();
}

QString languageName(SettingsValues::Language language)
{
    switch (language) {
    case SettingsValues::Language::Korean:
        return QStringLiteral("ko");
    case SettingsValues::Language::English:
        return QStringLiteral("en");
    case SettingsValues::Language::System:
        break;
    }
    return QLocale().name().section(u'_', 0, 0);
}

} // namespace

AppContext::AppContext(const AppOptions &options, QObject *parent)
    : QObject(parent), m_options(options)
{}

AppContext::~AppContext()
{
    release();
    m_simulator.reset();
}

void AppContext::prepareProcessEnvironment(const AppOptions &options)
{
#ifdef Q_OS_UNIX
    // The web engine's sandbox is never switched off here: as root, payments are off instead
    // (payBlockReason()) unless the user switched it off himself.
    if (options.selfCheck && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM") &&
        !qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#else
    Q_UNUSED(options);
#endif
}

void AppContext::loadTranslations(SettingsValues::Language language)
{
    auto *app = QCoreApplication::instance();
    QString lang = languageName(language);
    // English is the source language; its .qm holds only the plural forms ("2 payments").
    if (lang == QLatin1String("C") || lang.isEmpty())
        lang = QStringLiteral("en");
    auto *ours = new QTranslator(app);
    if (ours->load(QStringLiteral(":/i18n/paydesk_%1.qm").arg(lang))) {
        QCoreApplication::installTranslator(ours);
    } else {
        // A language PayDesk does not speak: English text, with its plurals.
        qCInfo(lcUi) << "no PayDesk translation for" << lang << "- English";
        if (ours->load(QStringLiteral(":/i18n/paydesk_en.qm")))
            QCoreApplication::installTranslator(ours);
    }
    if (lang == QLatin1String("en"))
        return;
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

QString AppContext::dataDirectory() const
{
    // The same folder as JournalLocation::directory() once main() has named the app "PayDesk";
    // tests name their process differently and get their own folder.
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppContext::journalPath() const
{
    return m_journalDb ? m_journalDb->path() : QString();
}

QUrl AppContext::simulatorUrl() const
{
    return m_simulator ? m_simulator->baseUrl() : QUrl();
}

bool AppContext::initialize()
{
    OwnerOnly::restrictNewFiles(); // main() did already; an app made in a test process too
    m_settings.reset(new AppSettings);
    m_resets = m_settings->load();
    loadTranslations(m_settings->values().language);
    for (const SettingsReset &reset : std::as_const(m_resets))
        qCWarning(lcUi) << "setting reset:" << reset.key;
    SecretStore::Options secretOptions;
    secretOptions.allowFileFallback = m_settings->values().allowFileSecretFallback;
    m_secrets.reset(new SecretStore(secretOptions));
    return reloadSettings();
}

bool AppContext::reloadSettings()
{
    ++m_generation;
    if (m_generation > 1)
        m_resets = m_settings->load(); // after a save: what is still wrong, usually nothing
    m_secrets->setAllowFileFallback(m_settings->values().allowFileSecretFallback);
    release();
    m_warnings.clear();
    m_keyError.clear();
    decideMode();
    if (m_env.training && !m_simulatorArguments.isEmpty()) {
        if (!startSimulator())
            return false;
        m_baseUrl = m_simulator->baseUrl();
    } else {
        m_simulator.reset();
    }
    m_cidSecret.clear();
    buildClient();
    openDatabases();
    loadPinPepper();
    loadCatalog(m_settings->values().catalogPath);
    if (!m_useTrainingKey)
        readSecrets();
    fillEnvironment();
    emit environmentChanged();
    return true;
}

void AppContext::decideMode()
{
    const SettingsValues &v = m_settings->values();
    m_baseUrl = m_options.baseUrl.isValid() ? m_options.baseUrl : v.baseUrl;
    bool training = m_options.training || v.trainingMode;
    // Nothing set up yet: the counter practises until the first-run wizard says otherwise.
    if (!v.firstRunDone && !m_options.baseUrl.isValid())
        training = true;
    // The self-check without a server pays the simulator, whatever is configured.
    if (m_options.selfCheck && !m_options.baseUrl.isValid())
        training = true;
    // A loopback server is a simulator: treat it as training so nothing counts as a sale.
    if (isLoopbackUrl(m_baseUrl))
        training = true;
    m_env.training = training;

    QStringList arguments;
    if (training && !m_options.baseUrl.isValid() && !isLoopbackUrl(v.baseUrl)) {
        if (m_options.selfCheck) {
            arguments << QStringLiteral("--auto-approve-ms") << QStringLiteral("500");
        } else {
            // The ledger survives a restart, so recovery at start finds the tids it left.
            arguments << QStringLiteral("--state-file")
                      << QDir(dataDirectory()).filePath(QStringLiteral("training-simulator.json"))
                      << QStringLiteral("--cid") << v.cid;
        }
    }
    if (arguments != m_simulatorArguments)
        m_simulator.reset();
    m_simulatorArguments = arguments;
    const bool ownSimulator = !arguments.isEmpty();
    m_useTrainingKey = training && (ownSimulator || SecretStore::environmentSecretKey().isEmpty());
}

bool AppContext::startSimulator()
{
    if (m_simulator && m_simulator->isRunning())
        return true;
    OwnerOnly::makeFolder(dataDirectory());
    m_simulator.reset(new SimulatorProcess);
    m_simulator->setProgram(simulatorProgram(m_options.simulatorProgram));
    m_simulator->setArguments(m_simulatorArguments);
    if (!m_simulator->waitForUrl(15000)) {
        m_error = tr("Training mode needs the KakaoPay simulator, but it did not start: %1")
                      .arg(m_simulator->errorString());
        return false;
    }
    return true;
}

void AppContext::buildClient()
{
    KakaoPay::ClientConfig config = m_settings->clientConfig(m_cidSecret);
    config.baseUrl = m_baseUrl;
    if (m_options.apiGiven)
        config.generation = m_options.api;
    KakaoPay::KeyProvider key;
    if (m_useTrainingKey)
        key = [] { return kTrainingKey; };
    else
        key = m_secrets->keyProvider(); // the keychain's key once read; PAYDESK_SECRET_KEY first
    // Whoever holds the old client goes first.
    m_services.reset();
    m_client.reset(new KakaoPay::Client(config, key));
    buildMoneyServices();
}

void AppContext::connectStore()
{
    m_store.reset();
    m_storeProblem.clear();
    const SettingsValues &v = m_settings->values();
    if (v.storeServerUrl.isEmpty() || !m_journal || m_readOnly) {
        emit storeChanged();
        return;
    }
    StoreServerAddress address;
    QString error;
    if (!StoreServerAddress::parse(v.storeServerUrl, &address, &error)) {
        m_storeProblem = error;
        emit storeChanged();
        return;
    }
    // From now on every change of the journal is queued for the store, in its own transaction:
    // whatever happens to the link, nothing is lost.
    if (!m_journal->setOutboxEnabled(true)) {
        m_storeProblem = m_journal->lastError().message();
        emit storeChanged();
        return;
    }
    const StoreClient::Identity identity{v.shopId, v.counterId, m_env.training};
    const QString journalPath = m_journalDb->path();
    const int generation = m_generation;
    auto start = [this, address, identity, journalPath, generation](const QString &password,
                                                                    const QString &problem) {
        if (generation != m_generation)
            return;
        if (!problem.isEmpty()) {
            m_storeProblem = problem;
            emit storeChanged();
            return;
        }
        m_store.reset(new StoreClient(address, password, identity, journalPath));
        connect(m_store.data(), &StoreClient::stateChanged, this, &AppContext::storeChanged);
        m_store->start();
        emit storeChanged();
    };
    const QString fromEnvironment = qEnvironmentVariable("PAYDESK_STORE_PASSWORD");
    if (!fromEnvironment.isEmpty()) {
        qunsetenv("PAYDESK_STORE_PASSWORD"); // read once: no child process sees it
        start(fromEnvironment, QString());
        return;
    }
    m_secrets->read(SecretSlot::StorePassword, this, [start](const SecretResult &r) {
        start(r.ok() ? r.secret : QString(),
              r.ok() ? QString()
                     : tr("The store server's password could not be read: %1")
                           .arg(r.error.userMessage()));
    });
}

void AppContext::buildMoneyServices()
{
    m_services.reset(); // releases the lock before it is taken again
    m_readOnly = false;
    if (!m_journal || !m_client)
        return;
    m_services.reset(new CounterServices(m_client.data(), m_journal, m_journalDb->path()));
    // One journal, one writer: a second PayDesk on it shows the history and nothing else.
    m_readOnly = m_services->isReadOnly();
    m_lockHolder = m_services->holderPid();
    // Start-up recovery: nothing of this journal runs in any other process now (its lock is
    // ours), so what it left unfinished is taken in before the first payment can start.
    if (DoubtMonitor *doubts = m_services->doubts())
        m_recoveredAtStart += doubts->recoverJournal();
    connectStore();
}

RefundService *AppContext::refunds() const
{
    return m_services ? m_services->refunds() : nullptr;
}

DoubtMonitor *AppContext::doubts() const
{
    return m_services ? m_services->doubts() : nullptr;
}

void AppContext::readSecrets()
{
    const int generation = m_generation;
    m_keyPending = true;
    auto finish = [this, generation](const QString &cidSecret, const QString &error) {
        if (generation != m_generation)
            return;
        m_keyPending = false;
        m_keyError = error;
        if (!cidSecret.isEmpty()) { // the client's config is fixed: a new one carries it
            m_cidSecret = cidSecret;
            buildClient();
        } else if (DoubtMonitor *monitor = doubts()) {
            monitor->checkNow(); // it could not sign a request without the key
        }
        fillEnvironment();
        emit environmentChanged();
    };
    auto readCidSecret = [this, generation, finish](const QString &keyError) {
        if (generation != m_generation)
            return;
        if (!m_settings->values().hasCidSecret) {
            finish(QString(), keyError);
            return;
        }
        m_secrets->read(SecretSlot::CidSecret, this, [finish, keyError](const SecretResult &r) {
            finish(r.ok() ? r.secret : QString(),
                   r.ok() || !keyError.isEmpty()
                       ? keyError
                       : tr("The KakaoPay cid_secret could not be read: %1")
                             .arg(r.error.userMessage()));
        });
    };
    if (!SecretStore::environmentSecretKey().isEmpty()) {
        readCidSecret(QString());
        return;
    }
    m_secrets->read(SecretSlot::SecretKey, this, [readCidSecret](const SecretResult &r) {
        readCidSecret(r.ok() ? QString()
                             : tr("The KakaoPay key could not be read: %1 A manager can enter "
                                  "it in the settings.")
                                   .arg(r.error.userMessage()));
    });
}

void AppContext::loadPinPepper()
{
    m_pepperPending = false;
    if (!m_managers)
        return;
    // Managers' PINs are peppered with a secret from the keychain: a copied journal alone does
    // not give them away (PinHasher).
    const int load = ++m_pepperLoads;
    m_pepperPending = true;
    PinPepper::load(m_secrets.data(), !m_managers->managers().isEmpty(),
                    m_managers->hasPepperedPins(), this,
                    [this, load](const QByteArray &pepper, const QString &warning) {
                        if (load != m_pepperLoads || !m_managers)
                            return; // the managers were reopened meanwhile: a newer read
                        m_pepperPending = false;
                        m_managers->setPepper(pepper);
                        if (!warning.isEmpty()) {
                            qCWarning(lcUi) << "PIN pepper:" << warning;
                            emit notice(warning);
                        }
                    });
}

void AppContext::openDatabases()
{
    const QString dir = dataDirectory();
    m_journalError = {};
    if (!OwnerOnly::makeFolder(dir)) {
        m_journalError = DatabaseError::make(DatabaseError::Code::CannotCreate, dir);
        return;
    }
    // Journals, their -wal/-shm and the rest, as earlier versions left them (0644 in 0755):
    // the user's alone from now on. New ones are made so (OwnerOnly::restrictNewFiles()).
    const QStringList loose = OwnerOnly::tightenFolderAndFiles(dir);
    if (!loose.isEmpty())
        qCWarning(lcUi) << "could not make owner-only:" << loose;
    DatabaseError mainError;
    const bool mainOk = openDatabase(JournalLocation::fileName(JournalLocation::Kind::Real),
                                     m_mainDb, m_mainJournal, &mainError);
    if (mainOk)
        m_managers.reset(new ManagerStore(m_mainDb.data(), m_mainJournal.data()));
    if (!m_env.training) {
        m_journalDb = m_mainDb.data();
        m_journal = mainOk ? m_mainJournal.data() : nullptr;
        m_journalError = mainError;
    } else {
        if (!mainOk)
            m_warnings.append(
                tr("The managers' database could not be opened: %1").arg(mainError.message()));
        openDatabase(JournalLocation::fileName(JournalLocation::Kind::Training), m_trainingDb,
                     m_trainingJournal, &m_journalError);
        m_journalDb = m_trainingDb.data();
        m_journal = m_journalError.isError() ? nullptr : m_trainingJournal.data();
    }
    buildMoneyServices();
}

bool AppContext::openDatabase(const QString &file, QScopedPointer<Database> &db,
                              QScopedPointer<Journal> &journal, DatabaseError *error)
{
    journal.reset();
    db.reset(new Database(QDir(dataDirectory()).filePath(file)));
    // Header only: a full check reads every page (seconds on a big journal) and would delay
    // the window.
    if (!db->open(Database::Check::Header)) {
        *error = db->error();
        qCWarning(lcUi) << "database not opened:" << error->detail;
        return false;
    }
    journal.reset(new Journal(db.data()));
    *error = {};
    return true;
}

bool AppContext::canStartFreshJournal() const
{
    return m_journalError.code == DatabaseError::Code::Corrupt && !m_journalError.movedTo.isEmpty();
}

bool AppContext::startFreshJournal()
{
    if (!canStartFreshJournal())
        return false;
    closeDatabases();
    openDatabases();
    loadPinPepper();
    fillEnvironment();
    emit environmentChanged();
    return m_journal != nullptr;
}

void AppContext::loadCatalog(const QString &path)
{
    Catalog fresh;
    QString error;
    if (path.isEmpty() || !fresh.loadFile(path, &error)) {
        if (!path.isEmpty())
            m_warnings.append(
                tr("The catalog %1 could not be loaded (%2); using the sample catalog.")
                    .arg(QDir::toNativeSeparators(path), error));
        fresh.clear();
        if (!fresh.loadFile(Catalog::samplePath(), &error))
            m_warnings.append(tr("The sample catalog could not be loaded: %1").arg(error));
    }
    // The same object: the order panel keeps its pointer across a reload.
    if (!m_catalog)
        m_catalog.reset(new Catalog);
    *m_catalog = fresh;
}

void AppContext::fillEnvironment()
{
    const SettingsValues &values = m_settings->values();
    const KakaoPay::ClientConfig &config = m_client->config();
    WebViewModuleLoader::setTraining(m_env.training);
    m_env.client = m_client.data();
    m_env.recorder = m_readOnly ? nullptr : m_journal;
    m_env.doubts = doubts();
    m_env.clock = Clock::system();
    m_env.attemptOptions.counterId = values.counterId;
    m_env.attemptOptions.training = m_env.training;
    m_env.attemptOptions.returnBase = values.returnUrlBase;
    m_env.navigationPolicy = m_env.training && isLoopbackUrl(m_baseUrl)
                                 ? NavigationPolicy::training(m_baseUrl)
                                 : NavigationPolicy::kakaoPay();
    m_env.shop.name = values.shopName.isEmpty() ? tr("PayDesk shop") : values.shopName;
    m_env.shop.businessNumber = values.businessNumber;
    m_env.shop.address = values.shopAddress;
    const QTimeZone zone = TimeZones::byId(values.timeZone); // validated; Korea if not known here
    m_env.shop.timeZone = zone.isValid() ? zone : TimeZones::korea();
    const QString api = config.generation == KakaoPay::ApiGeneration::Legacy
                            ? QStringLiteral("legacy")
                            : QStringLiteral("current");
    m_env.modeDescription =
        m_env.training ? tr("TRAINING · simulator %1 · API %2").arg(m_baseUrl.authority(), api)
                       : tr("LIVE · %1 · API %2").arg(config.effectiveBaseUrl().host(), api);
    qCInfo(lcUi) << "mode:" << (m_env.training ? "training" : "live") << "base"
                 << config.effectiveBaseUrl().toString() << "api" << api;
}

HistoryContext AppContext::historyContext() const
{
    HistoryContext context;
    context.database = m_journal ? m_journalDb : nullptr;
    context.journal = m_journal;
    context.managers = hasManager() ? m_managers.data() : nullptr;
    context.refunds = refunds();
    context.shop = m_env.shop;
    return context;
}

bool AppContext::needsFirstRun() const
{
    return !m_settings->values().firstRunDone && !m_options.selfCheck;
}

bool AppContext::hasManager() const
{
    return m_managers && !m_managers->managers().isEmpty();
}

QString AppContext::payBlockReason() const
{
    const QString sandbox = WebViewModuleLoader::sandboxBlockReason();
    if (!sandbox.isEmpty())
        return tr("Payments are off. %1").arg(sandbox);
    if (!m_env.training && WebViewModuleLoader::loadedFromOverride() &&
        !BuildTree::containsApplication())
        return tr("Payments are off: the payment page was loaded from PAYDESK_WEBVIEW_MODULE, "
                  "which only training may use. Restart PayDesk to take real payments.");
    if (!m_journal) // the message says where a damaged file was kept
        return tr("Payments are off: the journal could not be opened. %1")
            .arg(m_journalError.message());
    if (m_readOnly)
        return tr("PayDesk is already running on this computer (process %1) with this journal. "
                  "This window only shows the history and receipts: payments, refunds and "
                  "recovery are off here. Use the other PayDesk window.")
            .arg(m_lockHolder);
    if (m_keyPending)
        return tr("Reading the KakaoPay key from the keychain…");
    if (!m_keyError.isEmpty())
        return tr("Payments are off: %1").arg(m_keyError);
    return QString();
}

void AppContext::release()
{
    closeDatabases();
    m_client.reset();
    m_env.client = nullptr;
}

void AppContext::closeDatabases()
{
    // Users of a service go before it: the store link, the monitor, refunds and managers hold
    // the journal (or its file).
    m_store.reset();
    m_services.reset();
    m_env.doubts = nullptr;
    m_managers.reset();
    m_journal = nullptr;
    m_journalDb = nullptr;
    m_env.recorder = nullptr;
    m_trainingJournal.reset();
    m_trainingDb.reset();
    m_mainJournal.reset();
    m_mainDb.reset();
}
