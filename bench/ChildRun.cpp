#include "ChildRun.h"

#include <QElapsedTimer>
#include <QProcess>

#include <chrono>

namespace {

qint64 nowUs()
{
    // The same clock as BenchProbe::nowMicroseconds() in the child (CLOCK_MONOTONIC).
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

ChildRun::ChildRun(const QString &program, const QStringList &arguments,
                   const QProcessEnvironment &environment, const QString &stderrFile)
    : m_program(program), m_arguments(arguments), m_environment(environment),
      m_stderrFile(stderrFile)
{}

bool ChildRun::run(int timeoutMs, int sampleMs)
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setStandardErrorFile(m_stderrFile);
    process.setProgram(m_program);
    process.setArguments(m_arguments);
    m_launchUs = nowUs();
    process.start();
    if (!process.waitForStarted(10000)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(m_program, process.errorString());
        return false;
    }
    m_memory = ProcessTreeMemory(process.processId());
    QElapsedTimer elapsed;
    elapsed.start();
    QByteArray buffer;
    // Polling, not an event loop: the driver does nothing else meanwhile, and a fixed rhythm
    // keeps the memory samples regular.
    while (process.state() != QProcess::NotRunning) {
        m_memory.sample();
        process.waitForReadyRead(sampleMs);
        buffer += process.readAllStandardOutput();
        for (int nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
            parseLine(buffer.left(nl));
            buffer.remove(0, nl + 1);
        }
        if (elapsed.elapsed() > timeoutMs) {
            process.kill();
            process.waitForFinished(5000);
            m_error =
                QStringLiteral("timed out after %1 ms (log: %2)").arg(timeoutMs).arg(m_stderrFile);
            return false;
        }
    }
    buffer += process.readAllStandardOutput();
    for (const QByteArray &line : buffer.split('\n'))
        parseLine(line);
    for (auto it = m_extras.cbegin(); it != m_extras.cend(); ++it) {
        if (it.key().first == QLatin1String("failed")) {
            m_error = QStringLiteral("payment %1 failed: %2 (log: %3)")
                          .arg(it.key().second)
                          .arg(it.value(), m_stderrFile);
            return false;
        }
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 exited with %2 (log: %3)")
                      .arg(m_program)
                      .arg(process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1)
                      .arg(m_stderrFile);
        return false;
    }
    return true;
}

void ChildRun::parseLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.trimmed().split(' ');
    if (parts.size() < 4 || parts.at(0) != "PAYDESK_BENCH")
        return;
    const QPair<QString, int> key{QString::fromLatin1(parts.at(1)), parts.at(2).toInt()};
    // The first occurrence counts (a page may finish loading twice).
    if (!m_events.contains(key))
        m_events.insert(key, parts.at(3).toLongLong());
    const int extraAt = line.indexOf(parts.at(3)) + parts.at(3).size();
    const QString extra = QString::fromUtf8(line.mid(extraAt).trimmed());
    if (key.first == QLatin1String("failed") || !extra.isEmpty())
        m_extras.insert(key, extra);
}

bool ChildRun::has(const QString &event, int payment) const
{
    return m_events.contains({event, payment});
}

QString ChildRun::extra(const QString &event, int payment) const
{
    return m_extras.value({event, payment});
}

double ChildRun::msFromLaunch(const QString &event) const
{
    const auto it = m_events.constFind({event, 0});
    return it == m_events.cend() ? -1 : (it.value() - m_launchUs) / 1000.0;
}

double ChildRun::msBetween(const QString &from, const QString &to, int payment) const
{
    const auto a = m_events.constFind({from, payment});
    const auto b = m_events.constFind({to, payment});
    if (a == m_events.cend() || b == m_events.cend())
        return -1;
    return (b.value() - a.value()) / 1000.0;
}
