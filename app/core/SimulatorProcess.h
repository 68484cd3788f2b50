#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

// Runs the local KakaoPay simulator (paydesk-kakaopay-sim) as a child process for training mode,
// `paydesk --self-check` and tests: starts it, waits for its "PAYDESK_SIM_URL …" line, and stops
// it when destroyed. QtCore only.
class SimulatorProcess : public QObject
{
    Q_OBJECT

public:
    explicit SimulatorProcess(QObject *parent = nullptr);
    ~SimulatorProcess() override;

    // The executable; empty = findProgram().
    void setProgram(const QString &path) { m_program = path; }
    // Extra simulator options (README of tests/sim); "--port 0" is the simulator's default.
    void setArguments(const QStringList &arguments) { m_arguments = arguments; }

    // Next to the application binary first, then PATH. Empty when not found.
    static QString findProgram();
    // The simulator's environment: the few variables it needs from `from`, nothing else.
    static QProcessEnvironment childEnvironment(const QProcessEnvironment &from);

    // Starts the process; started() or errorOccurred() follows.
    void start();
    // Starts if needed and blocks until the URL line arrived (true) or timeout/failure (false).
    bool waitForUrl(int timeoutMs = 10000);
    void stop();

    bool isRunning() const;
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorString() const { return m_error; }

signals:
    void started(const QUrl &baseUrl);
    void errorOccurred(const QString &message);
    void stopped();

private:
    void readStandardOutput();
    void readStandardError();
    void fail(const QString &message);

    QString m_program;
    QStringList m_arguments;
    QProcess m_process;
    QByteArray m_stdout;
    QUrl m_baseUrl;
    QString m_error;
    bool m_stopping = false;
};
