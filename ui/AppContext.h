#pragma once

#include "AppOptions.h"
#include "CheckoutEnvironment.h"

#include <QObject>
#include <QScopedPointer>

class Catalog;
class Database;
class Journal;
class MainWindow;
class SimulatorProcess;
namespace KakaoPay {
class Client;
}

// Wires the application: settings, the simulator in training mode, the KakaoPay client, the
// journal, the catalog, translations, and the main window. main.cpp stays a few lines.
class AppContext : public QObject
{
    Q_OBJECT

public:
    explicit AppContext(const AppOptions &options, QObject *parent = nullptr);
    ~AppContext() override;

    // Before QApplication: the web engine's sandbox switch when running as root, and the
    // offscreen platform for --self-check without a display.
    static void prepareProcessEnvironment(const AppOptions &options);
    static void loadTranslations();

    // Starts what the mode needs. False with errorString() when PayDesk cannot take payments.
    bool initialize();
    QString errorString() const { return m_error; }

    const AppOptions &options() const { return m_options; }
    bool isTraining() const { return m_env.training; }
    const CheckoutEnvironment &environment() const { return m_env; }
    const Catalog *catalog() const { return m_catalog.data(); }
    Journal *journal() const { return m_journal.data(); }
    QUrl simulatorUrl() const;

    MainWindow *createMainWindow(); // caller owns it

private:
    bool startSimulator(const QStringList &extraArguments);
    bool openJournal();
    void loadCatalog(const QString &path);

    AppOptions m_options;
    CheckoutEnvironment m_env;
    QString m_error;
    QString m_secretKey;
    QScopedPointer<SimulatorProcess> m_simulator;
    QScopedPointer<KakaoPay::Client> m_client;
    QScopedPointer<Database> m_database;
    QScopedPointer<Journal> m_journal;
    QScopedPointer<Catalog> m_catalog;
    QStringList m_warnings; // shown on the main window once it exists
};
