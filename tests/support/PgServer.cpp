#include "PgServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>

#include <pwd.h>
#include <unistd.h>

namespace {

bool asRoot()
{
    return ::geteuid() == 0;
}

} // namespace

PgServer::~PgServer()
{
    if (m_running)
        stop();
}

QString PgServer::bin(const QString &tool) const
{
    return QStringLiteral("/usr/lib/postgresql/15/bin/") + tool;
}

QString PgServer::socketDir() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("socket")) : QString();
}

QString PgServer::url(const QString &database, const QString &user, const QString &password) const
{
    return QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4")
        .arg(user, password)
        .arg(m_port)
        .arg(database);
}

bool PgServer::run(const QString &program, const QStringList &arguments, QString *output,
                   int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (asRoot()) {
        // PostgreSQL's tools refuse root: the package's own system user runs them.
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                            program} +
                    arguments);
    } else {
        p.start(program, arguments);
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        m_error = QStringLiteral("%1 did not finish").arg(program);
        return false;
    }
    const QString out = QString::fromUtf8(p.readAll());
    if (output)
        *output = out;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed: %2").arg(QFileInfo(program).fileName(), out.trimmed());
        return false;
    }
    return true;
}

bool PgServer::start()
{
    if (!QFile::exists(bin(QStringLiteral("initdb")))) {
        m_error = QStringLiteral("PostgreSQL 15 is not installed (package postgresql)");
        return false;
    }
    // A folder the postgres user can reach when running as root: /tmp, not root's home.
    m_dir =
        std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/paydesk-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    QDir().mkpath(socketDir());
    if (asRoot()) {
        const passwd *pg = ::getpwnam("postgres");
        if (!pg) {
            m_error = QStringLiteral("no postgres user to run the server as");
            return false;
        }
        for (const QString &path : {m_dir->path(), socketDir()}) {
            if (::chown(QFile::encodeName(path).constData(), pg->pw_uid, pg->pw_gid) != 0) {
                m_error = QStringLiteral("cannot hand %1 to postgres").arg(path);
                return false;
            }
        }
    }
    const QString data = m_dir->filePath(QStringLiteral("data"));
    if (!run(bin(QStringLiteral("initdb")),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
              QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8")}))
        return false;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
    }
    return restart();
}

bool PgServer::restart()
{
    const QString data = m_dir->filePath(QStringLiteral("data"));
    const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 "
                                           "-c fsync=off -c max_connections=100")
                                .arg(m_port)
                                .arg(socketDir());
    m_running =
        run(bin(QStringLiteral("pg_ctl")),
            {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
             m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
             QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")});
    return m_running;
}

bool PgServer::stop()
{
    if (!m_dir)
        return true;
    const bool ok =
        run(bin(QStringLiteral("pg_ctl")),
            {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
    m_running = !ok;
    return ok;
}

bool PgServer::psql(const QString &sql, const QString &database, QString *output)
{
    return run(bin(QStringLiteral("psql")),
               {QStringLiteral("-h"), socketDir(), QStringLiteral("-p"), QString::number(m_port),
                QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"), database,
                QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-At"),
                QStringLiteral("-c"), sql},
               output);
}
