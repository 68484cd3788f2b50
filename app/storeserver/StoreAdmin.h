#pragma once

#include "StoreServerAddress.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>

// What `paydesk-cli store init` and `store status` do on the store server, as its owner (an
// administrator's PostgreSQL account): create or migrate the schema, and the counters' role,
// which may add entries and read, nothing else (StoreSchema::counterGrants).
class StoreAdmin
{
    Q_DECLARE_TR_FUNCTIONS(StoreAdmin)

public:
    StoreAdmin(const StoreServerAddress &address, const QString &password);
    ~StoreAdmin();

    bool open(QString *error);
    // Idempotent: run it again after an update to migrate. `counterUser` gets LOGIN with
    // `counterPassword` (set again when the role exists) and the counters' rights.
    bool init(const QString &counterUser, const QString &counterPassword, QString *error);
    // Every counter the store has heard of: link and lag, for `store status`.
    QJsonArray counters(QString *error);

    static bool isPlainName(const QString &name); // a role name PayDesk will quote itself

private:
    StoreServerAddress m_address;
    QString m_password;
    QString m_connection;
};
