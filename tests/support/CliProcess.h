#pragma once

#include <QByteArray>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>

// paydesk-cli as a child process with a home of its own: the settings (XDG_CONFIG_HOME) and the
// default journal folder (XDG_DATA_HOME) are under `home`, never the user's, and the time zone
// is Seoul (unless a test asks for another) so that local dates are the same on every machine.
// The test's event loop keeps running meanwhile, so an in-process simulator goes on answering.
// Shared by tests/cli and tests/kakaopay (PAYDESK_CLI_BIN is the built paydesk-cli).
struct CliRun
{
    int exitCode = -1; // -2: crashed; -1: did not finish in time
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

struct CliEnvironment
{
    QString key = QStringLiteral("training-key"); // PAYDESK_SECRET_KEY; empty: unset
    QString timeZone = QStringLiteral("Asia/Seoul");
    QByteArray input;                  // what is typed at the prompts (stdin)
    QHash<QString, QString> variables; // more of the environment
};

inline CliRun runCli(const QString &home, const QStringList &arguments, const CliEnvironment &e)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PAYDESK_SECRET_KEY"));
    env.remove(QStringLiteral("PAYDESK_CID_SECRET"));
    if (!e.key.isEmpty())
        env.insert(QStringLiteral("PAYDESK_SECRET_KEY"), e.key);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("TZ"), e.timeZone);
    for (auto it = e.variables.begin(); it != e.variables.end(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(PAYDESK_CLI_BIN), arguments);
    process.write(e.input);
    process.closeWriteChannel();
    loop.exec();
    CliRun r;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

inline CliRun runCli(const QString &home, const QStringList &arguments,
                     const QString &key = QStringLiteral("training-key"))
{
    CliEnvironment e;
    e.key = key;
    return runCli(home, arguments, e);
}
