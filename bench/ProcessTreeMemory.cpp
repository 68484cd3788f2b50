#include "ProcessTreeMemory.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>

namespace {

QByteArray readProcFile(qint64 pid, const char *name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    // /proc files report size 0: read until the end, not by size.
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The value in kB of a "Name:   1234 kB" line, or -1.
qint64 fieldKb(const QByteArray &text, const QByteArray &name)
{
    const int at = text.indexOf("\n" + name + ':');
    const int start = at >= 0 ? at + 1 : (text.startsWith(name + ':') ? 0 : -1);
    if (start < 0)
        return -1;
    const int end = text.indexOf('\n', start);
    const QList<QByteArray> parts = text.mid(start, end - start).simplified().split(' ');
    return parts.size() >= 2 ? parts.at(1).toLongLong() : -1;
}

// Parent of every process on the machine (field 4 of /proc/PID/stat, after the command name).
QHash<qint64, qint64> parents()
{
    QHash<qint64, qint64> result;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        const QByteArray stat = readProcFile(pid, "stat");
        const int close = stat.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() > 1)
            result.insert(pid, fields.at(1).toLongLong());
    }
    return result;
}

} // namespace

void ProcessTreeMemory::sample()
{
    const QHash<qint64, qint64> parentOf = parents();
    QList<qint64> tree{m_rootPid};
    for (int i = 0; i < tree.size(); ++i) {
        for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
            if (it.value() == tree.at(i))
                tree.append(it.key());
        }
    }
    qint64 rss = 0;
    qint64 pss = 0;
    int alive = 0;
    for (qint64 pid : tree) {
        const QByteArray status = readProcFile(pid, "status");
        const qint64 processRss = fieldKb(status, "VmRSS");
        if (processRss < 0)
            continue; // gone meanwhile, or a zombie
        ++alive;
        rss += processRss;
        m_peakHwmKb = qMax(m_peakHwmKb, fieldKb(status, "VmHWM"));
        const qint64 processPss = fieldKb(readProcFile(pid, "smaps_rollup"), "Pss");
        pss += processPss >= 0 ? processPss : processRss;
    }
    ++m_samples;
    m_peakRssKb = qMax(m_peakRssKb, rss);
    m_peakPssKb = qMax(m_peakPssKb, pss);
    m_peakProcesses = qMax(m_peakProcesses, alive);
}
