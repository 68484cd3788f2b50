#pragma once

#include <QtGlobal>

// The memory of a process and all its descendants (PayDesk and its QtWebEngineProcess children),
// read from /proc. sample() adds one reading; the peaks are over all readings. Linux only.
class ProcessTreeMemory
{
public:
    explicit ProcessTreeMemory(qint64 rootPid) : m_rootPid(rootPid) {}

    void sample();

    qint64 peakRssKb() const { return m_peakRssKb; } // largest sum of RSS at one reading
    qint64 peakPssKb() const { return m_peakPssKb; } // largest sum of PSS at one reading
    qint64 peakProcessHwmKb() const
    {
        return m_peakHwmKb;
    } // largest single VmHWM (kernel's peak RSS)
    int peakProcesses() const { return m_peakProcesses; }
    int samples() const { return m_samples; }

private:
    qint64 m_rootPid;
    qint64 m_peakRssKb = 0;
    qint64 m_peakPssKb = 0;
    qint64 m_peakHwmKb = 0;
    int m_peakProcesses = 0;
    int m_samples = 0;
};
