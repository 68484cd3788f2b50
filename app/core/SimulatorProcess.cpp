#include "SimulatorProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

#ifdef Q_OS_LINUX
#include <signal.h>
#include <sys/prctl.h>
#endif

Q_LOGGING_CATEGORY(lcSimProcess, "paydesk.sim.process", QtInfoMsg)

namespace {

const char kProgramName[] = "paydesk-kakaopay-sim";
const QByteArray kUrlPrefix = QByteArrayLiteral("PAYDESK_SIM_URL ");

} // namespace

SimulatorProcess::SimulatorProcess(QObject *parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // If PayDesk dies (crash, kill -9), the simulator it started must not live on as an orphan
    // holding its port and ledger file.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(&m_process, &QProcess::readyReadStandardOutput, this,
            &SimulatorProcess::readStandardOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this,
            &SimulatorProcess::readStandardError);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(
                tr("The KakaoPay simulator could not be started: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        const bool wasReady = m_baseUrl.isValid();
        m_baseUrl = QUrl();
        if (m_stopping) {
            emit stopped();
            return;
        }
        fail(wasReady
                 ? tr("The KakaoPay simulator stopped unexpectedly (exit code %1).").arg(exitCode)
                 : tr("The KakaoPay simulator exited before it was ready (exit code %1).")
                       .arg(exitCode));
        emit stopped();
    });
}

SimulatorProcess::~SimulatorProcess()
{
    stop();
}

QString SimulatorProcess::findProgram()
{
    QString name = QString::fromLatin1(kProgramName);
#ifdef Q_OS_WIN
    name += QStringLiteral(".exe");
#endif
    if (QCoreApplication::instance()) {
        const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(name);
        if (QFileInfo(beside).isExecutable())
            return beside;
    }
    return QStandardPaths::findExecutable(QString::fromLatin1(kProgramName));
}

QProcessEnvironment SimulatorProcess::childEnvironment(const QProcessEnvironment &from)
{
    // Only what a Qt program needs to start and find its libraries, plugins, language, time
    // zone and folders: nothing the parent holds for itself (a key, a token, a proxy password)
    // reaches the simulator, whatever the parent's environment has in it.
    static const QStringList names = {QStringLiteral("PATH"),
                                      QStringLiteral("HOME"),
                                      QStringLiteral("USER"),
                                      QStringLiteral("LOGNAME"),
                                      QStringLiteral("LANG"),
                                      QStringLiteral("LANGUAGE"),
                                      QStringLiteral("TZ"),
                                      QStringLiteral("TMPDIR"),
                                      QStringLiteral("LD_LIBRARY_PATH"),
                                      QStringLiteral("QT_PLUGIN_PATH"),
                                      QStringLiteral("QT_LOGGING_RULES"),
                                      QStringLiteral("ASAN_OPTIONS"),
                                      QStringLiteral("UBSAN_OPTIONS"),
                                      QStringLiteral("LSAN_OPTIONS"),
                                      QStringLiteral("SYSTEMROOT"),
                                      QStringLiteral("WINDIR"),
                                      QStringLiteral("TEMP"),
                                      QStringLiteral("TMP"),
                                      QStringLiteral("USERPROFILE"),
                                      QStringLiteral("APPDATA"),
                                      QStringLiteral("LOCALAPPDATA")};
    QProcessEnvironment out;
    const QStringList keys = from.keys();
    for (const QString &key : keys) {
        const bool wanted = names.contains(key) || key.startsWith(QLatin1String("LC_")) ||
                            key.startsWith(QLatin1String("XDG_"));
        if (wanted)
            out.insert(key, from.value(key));
    }
    return out;
}

void SimulatorProcess::start()
{
    if (m_process.state() != QProcess::NotRunning)
        return;
    const QString program = m_program.isEmpty() ? findProgram() : m_program;
    m_error.clear();
    m_stdout.clear();
    m_baseUrl = QUrl();
    m_stopping = false;
    if (program.isEmpty()) {
        fail(tr("The KakaoPay simulator (%1) was not found.").arg(QLatin1String(kProgramName)));
        return;
    }
    qCInfo(lcSimProcess) << "starting" << program << m_arguments;
    m_process.setProcessEnvironment(childEnvironment(QProcessEnvironment::systemEnvironment()));
    m_process.start(program, m_arguments);
}

bool SimulatorProcess::waitForUrl(int timeoutMs)
{
    if (m_baseUrl.isValid())
        return true;
    if (m_process.state() == QProcess::NotRunning)
        start();
    QDeadlineTimer deadline(timeoutMs);
    if (m_process.state() == QProcess::Starting && !m_process.waitForStarted(timeoutMs)) {
        if (m_error.isEmpty())
            fail(
                tr("The KakaoPay simulator could not be started: %1").arg(m_process.errorString()));
        return false;
    }
    while (!m_baseUrl.isValid() && m_process.state() == QProcess::Running) {
        const qint64 left = deadline.remainingTime();
        if (left <= 0)
            break;
        if (m_process.waitForReadyRead(int(left)))
            readStandardOutput();
    }
    if (!m_baseUrl.isValid() && m_error.isEmpty())
        fail(tr("The KakaoPay simulator did not report its address within %1 ms.").arg(timeoutMs));
    return m_baseUrl.isValid();
}

void SimulatorProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
    m_baseUrl = QUrl();
}

bool SimulatorProcess::isRunning() const
{
    return m_process.state() == QProcess::Running && m_baseUrl.isValid();
}

void SimulatorProcess::readStandardOutput()
{
    m_stdout += m_process.readAllStandardOutput();
    if (m_baseUrl.isValid())
        return;
    int newline = -1;
    while ((newline = m_stdout.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdout.left(newline).trimmed();
        m_stdout.remove(0, newline + 1);
        if (!line.startsWith(kUrlPrefix))
            continue;
        const QUrl url(QString::fromUtf8(line.mid(kUrlPrefix.size()).trimmed()));
        if (!url.isValid() || url.port() <= 0) {
            fail(tr("The KakaoPay simulator reported an unusable address."));
            return;
        }
        m_baseUrl = url;
        qCInfo(lcSimProcess) << "simulator ready at" << url.toString();
        emit started(url);
        return;
    }
}

void SimulatorProcess::readStandardError()
{
    const QList<QByteArray> lines = m_process.readAllStandardError().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.trimmed().isEmpty())
            qCInfo(lcSimProcess).noquote() << QString::fromUtf8(line.trimmed());
    }
}

void SimulatorProcess::fail(const QString &message)
{
    m_error = message;
    qCWarning(lcSimProcess).noquote() << message;
    emit errorOccurred(message);
}
