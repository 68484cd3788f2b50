#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A private PostgreSQL 15 server for a test: initdb in a temporary folder, then pg_ctl on a unix
// socket in that folder and on a free loopback port. PostgreSQL refuses to run as root, so a test
// running as root runs it as the `postgres` system user (the package makes it). The superuser is
// `postgres`, trusted on the socket only; TCP connections need a password (scram-sha-256).
class PgServer
{
public:
    PgServer() = default;
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    bool start();
    bool stop();    // fast shutdown; the data stays
    bool restart(); // start again on the same port and folder
    bool isRunning() const { return m_running; }
    QString errorString() const { return m_error; }

    int port() const { return m_port; }
    QString socketDir() const;
    // postgresql://USER:PASSWORD@127.0.0.1:PORT/DB
    QString url(const QString &database, const QString &user, const QString &password) const;
    // Runs SQL as the superuser through psql on the socket; false (errorString()) on an error.
    bool psql(const QString &sql, const QString &database = QStringLiteral("postgres"),
              QString *output = nullptr);

private:
    bool run(const QString &program, const QStringList &arguments, QString *output = nullptr,
             int timeoutMs = 60000);
    QString bin(const QString &tool) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    bool m_running = false;
    QString m_error;
};
