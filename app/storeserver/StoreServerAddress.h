#pragma once

#include <QCoreApplication>
#include <QString>

// Where the store server (PostgreSQL) is, from a URL:
//   postgresql://USER@HOST[:PORT]/DATABASE[?sslrootcert=FILE]
//   postgresql://USER@/DATABASE?host=/var/run/postgresql      (a unix socket)
// Anything but a unix socket or loopback is reached with TLS and a checked certificate
// (sslmode=verify-full), always: a URL asking for less is refused. A password in the URL is
// refused too: it would end up in the settings file; it lives in the OS keychain.
struct StoreServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(StoreServerAddress)

public:
    QString host; // a name, an address, or a unix socket's folder (starts with '/')
    int port = 5432;
    QString database;
    QString user;
    QString sslRootCert; // CA file for the certificate check; empty: the system's

    static bool parse(const QString &url, StoreServerAddress *out, QString *error);
    bool isUnixSocket() const { return host.startsWith(u'/'); }
    bool isLoopback() const;
    // libpq connection options for QSqlDatabase::setConnectOptions (TLS, timeouts).
    QString connectOptions(int connectTimeoutSeconds = 5) const;
    // For people and logs: never a password.
    QString display() const;
};
