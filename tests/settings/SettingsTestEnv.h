#pragma once

#include "auth/ManagerStore.h"
#include "settings/AppSettings.h"
#include "settings/SecretStore.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QTemporaryDir>

#include <memory>

// A throw-away counter for the GUI suites: settings file, journal database with managers and a
// secret store whose keychain service name is private to this run.
struct SettingsTestEnv
{
    QTemporaryDir dir;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<Database> db;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<ManagerStore> managers;
    std::unique_ptr<SecretStore> secrets;

    bool open()
    {
        if (!dir.isValid())
            return false;
        settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("paydesk.ini")));
        settings->load();
        db = std::make_unique<Database>(dir.filePath(QStringLiteral("journal.db")));
        if (!db->open())
            return false;
        journal = std::make_unique<Journal>(db.get());
        managers = std::make_unique<ManagerStore>(db.get(), journal.get(), Clock::system(), 1000);
        SecretStore::Options options;
        options.service =
            QStringLiteral("PayDesk-guitest-%1").arg(QCoreApplication::applicationPid());
        options.fallbackDirectory = dir.filePath(QStringLiteral("secrets"));
        options.timeoutMs = 5000;
        options.useEnvironment = false;
        secrets = std::make_unique<SecretStore>(options);
        return true;
    }

    // The settings as a fresh start would read them from disk.
    SettingsValues reloaded() const
    {
        AppSettings again(dir.filePath(QStringLiteral("paydesk.ini")));
        again.load();
        return again.values();
    }
};
