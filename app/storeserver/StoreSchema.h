#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The store server's schema in PostgreSQL: what `paydesk-cli store init` creates and migrates,
// and the rights of the counter role. See StoreSchema.cpp for why it is shaped the way it is.
class StoreSchema
{
public:
    static int latestVersion();
    static QStringList step(int version);
    // What the counters' role may do: add entries, read, claim a payment for a refund.
    static QStringList counterGrants(const QString &role);
    // Brings the connected database to the latest version, one transaction per step.
    static bool migrate(QSqlDatabase db, QString *error);
};
