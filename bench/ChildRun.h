#pragma once

#include "ProcessTreeMemory.h"

#include <QHash>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// One fresh process of the app (or of the bare-window baseline) under the driver's eye: notes the
// steady-clock time just before it is started, collects its "PAYDESK_BENCH <event> <n> <µs>"
// lines (ui/BenchProbe.h), and samples the memory of its process tree every sampleMs.
class ChildRun
{
public:
    ChildRun(const QString &program, const QStringList &arguments,
             const QProcessEnvironment &environment, const QString &stderrFile);

    // Blocks until the process exits or timeoutMs passed (then it is killed). True when it
    // exited with code 0 and printed "done" (the bare window prints "window" only).
    bool run(int timeoutMs, int sampleMs);
    QString errorString() const { return m_error; }

    qint64 launchUs() const { return m_launchUs; }
    // Milliseconds from launch (payment 0) or between two events of the same payment; -1 if
    // either is missing.
    double msFromLaunch(const QString &event) const;
    double msBetween(const QString &from, const QString &to, int payment) const;
    bool has(const QString &event, int payment = 0) const;
    QString extra(const QString &event, int payment = 0) const;
    const ProcessTreeMemory &memory() const { return m_memory; }

private:
    void parseLine(const QByteArray &line);

    QString m_program;
    QStringList m_arguments;
    QProcessEnvironment m_environment;
    QString m_stderrFile;
    QString m_error;
    qint64 m_launchUs = 0;
    QHash<QPair<QString, int>, qint64> m_events;
    QHash<QPair<QString, int>, QString> m_extras;
    ProcessTreeMemory m_memory{0};
};
