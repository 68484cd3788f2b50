#pragma once

#include "AppOptions.h"
#include "CheckoutEnvironment.h"
#include "settings/SettingsError.h"
#include "settings/SettingsValues.h"
#include "store/DatabaseError.h"

#include <QObject>
#include <QScopedPointer>

class AppSettings;
class Catalog;
class Database;
class CounterServices;
class StoreClient;
class DoubtMonitor;
class Journal;
class ManagerStore;
class RefundService;
class SecretStore;
class SimulatorProcess;
struct HistoryContext;
namespace KakaoPay {
class Client;
}

// The application's services, built from the settings (AppSettings, the key from SecretStore)
// and the command line, which overrides them for the session: the simulator in training mode,
// the KakaoPay client, the journal, the managers, refunds, the catalog and the translations.
// AppController puts a face on it; main.cpp stays a few lines.
//
// Nothing here stops the window from appearing: a journal that cannot be opened, a key not yet
// read from the keychain, or a first run not yet done only block payments (payBlockReason()).
class AppContext : public QObject
{
    Q_OBJECT

public:
    explicit AppContext(const AppOptions &options, QObject *parent = nullptr);
    ~AppContext() override;

    // Before QApplication: the offscreen platform for --self-check without a display.
    static void prepareProcessEnvironment(const AppOptions &options);
    // PayDesk's :/i18n/paydesk_<lang>.qm and Qt's qtbase_<lang>.qm; System: the OS locale.
    static void
    loadTranslations(SettingsValues::Language language = SettingsValues::Language::System);

    // Loads the settings and starts what the mode needs. False (errorString()) only when
    // nothing can run at all: training mode without its simulator.
    bool initialize();
    QString errorString() const { return m_error; }

    // After the first-run wizard or the settings dialog saved: rebuilds mode, client, journal
    // and managers from the settings on disk. No payment, history or dialog may be open.
    bool reloadSettings();
    // The damaged journal was moved aside: open a new, empty one in its place.
    bool startFreshJournal();

    const AppOptions &options() const { return m_options; }
    bool isTraining() const { return m_env.training; }
    const CheckoutEnvironment &environment() const { return m_env; }
    const Catalog *catalog() const { return m_catalog.data(); }
    Journal *journal() const { return m_journal; } // null when the journal is not open
    Database *database() const { return m_journalDb; }
    ManagerStore *managers() const { return m_managers.data(); } // null: no managers' database
    RefundService *refunds() const;
    // Settles payments and refunds in doubt; null when the journal is not open or read-only.
    DoubtMonitor *doubts() const;
    // How many unfinished payments and refunds the journal held at start (taken in by the
    // DoubtMonitor).
    int recoveredAtStart() const { return m_recoveredAtStart; }
    // Another PayDesk holds this journal: history and receipts only.
    bool isReadOnly() const { return m_readOnly; }
    // The link to the shop's store server; null when none is set up (or it cannot start:
    // storeProblem() says why).
    StoreClient *store() const { return m_store.data(); }
    QString storeProblem() const { return m_storeProblem; }
    KakaoPay::Client *client() const { return m_client.data(); }
    AppSettings *settings() const { return m_settings.data(); }
    SecretStore *secrets() const { return m_secrets.data(); }
    HistoryContext historyContext() const;
    QUrl simulatorUrl() const;
    QString dataDirectory() const;
    QString journalPath() const;

    const QList<SettingsReset> &settingsResets() const { return m_resets; }
    const QStringList &warnings() const { return m_warnings; }
    bool needsFirstRun() const;
    bool hasManager() const;
    // Why no payment can be taken now (root with the web engine's sandbox on, journal, key);
    // empty when payments can start.
    QString payBlockReason() const;
    bool isKeyPending() const { return m_keyPending; }
    DatabaseError journalError() const { return m_journalError; }
    bool canStartFreshJournal() const;

    // The managers' PIN pepper is still being read from the keychain.
    bool isPinPepperPending() const { return m_pepperPending; }

signals:
    // The environment, the journal or payBlockReason() changed.
    void environmentChanged();
    // Something the cashier's window should say (a problem found after start).
    void notice(const QString &message);
    // The store server's link came, went or changed its state.
    void storeChanged();

private:
    void decideMode();
    bool startSimulator();
    void buildClient();
    void readSecrets();
    void loadPinPepper();
    void openDatabases();
    bool openDatabase(const QString &file, QScopedPointer<Database> &db,
                      QScopedPointer<Journal> &journal, DatabaseError *error);
    void loadCatalog(const QString &path);
    void fillEnvironment();
    // The refund service and the doubt monitor, for the current client and journal.
    void buildMoneyServices();
    void connectStore();
    void release();
    void closeDatabases();

    AppOptions m_options;
    CheckoutEnvironment m_env;
    QString m_error;
    QScopedPointer<AppSettings> m_settings;
    QList<SettingsReset> m_resets;
    QScopedPointer<SecretStore> m_secrets;
    QScopedPointer<SimulatorProcess> m_simulator;
    QStringList m_simulatorArguments;
    QScopedPointer<KakaoPay::Client> m_client;
    QUrl m_baseUrl;
    bool m_useTrainingKey = false;
    bool m_keyPending = false;
    bool m_pepperPending = false;
    int m_pepperLoads = 0; // ignores pepper reads started before the managers were reopened
    QString m_keyError;
    QString m_cidSecret; // memory only, like the key
    // paydesk.sqlite holds the managers and the real sales; training payments have a file of
    // their own so that recovery in one mode never asks the other mode's server about a tid.
    QScopedPointer<Database> m_mainDb;
    QScopedPointer<Journal> m_mainJournal;
    QScopedPointer<Database> m_trainingDb;
    QScopedPointer<Journal> m_trainingJournal;
    Database *m_journalDb = nullptr;
    Journal *m_journal = nullptr;
    DatabaseError m_journalError;
    QScopedPointer<ManagerStore> m_managers;
    QScopedPointer<CounterServices> m_services; // refunds and the doubt monitor, under the lock
    QScopedPointer<StoreClient> m_store;
    QString m_storeProblem;
    bool m_readOnly = false;
    qint64 m_lockHolder = 0;
    int m_recoveredAtStart = 0;
    QScopedPointer<Catalog> m_catalog;
    QStringList m_warnings; // shown on the main window once it exists
    int m_generation = 0;   // ignores key reads started before a reload
};
