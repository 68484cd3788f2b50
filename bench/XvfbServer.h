#pragma once

#include <QProcess>
#include <QString>

// A private Xvfb for the xcb runs: started with -displayfd so it picks a free display itself.
class XvfbServer
{
public:
    ~XvfbServer();

    static bool isAvailable();
    // Blocks until Xvfb reported its display (":N"), or fails with errorString().
    bool start(int timeoutMs = 10000);
    QString display() const { return m_display; }
    QString errorString() const { return m_error; }

private:
    QProcess m_process;
    QString m_display;
    QString m_error;
};
