#include "XvfbServer.h"

#include <QStandardPaths>

XvfbServer::~XvfbServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool XvfbServer::isAvailable()
{
    return !QStandardPaths::findExecutable(QStringLiteral("Xvfb")).isEmpty();
}

bool XvfbServer::start(int timeoutMs)
{
    m_process.setProgram(QStandardPaths::findExecutable(QStringLiteral("Xvfb")));
    // The same screen as xvfb-run's default depth, large enough for the 1280×800 window.
    m_process.setArguments({QStringLiteral("-displayfd"), QStringLiteral("1"),
                            QStringLiteral("-screen"), QStringLiteral("0"),
                            QStringLiteral("1920x1080x24"), QStringLiteral("-nolisten"),
                            QStringLiteral("tcp")});
    m_process.setStandardErrorFile(QProcess::nullDevice());
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("Xvfb did not start: %1").arg(m_process.errorString());
        return false;
    }
    QByteArray out;
    while (!out.contains('\n') && m_process.waitForReadyRead(timeoutMs))
        out += m_process.readAllStandardOutput();
    const QByteArray number = out.trimmed();
    if (number.isEmpty()) {
        m_error = QStringLiteral("Xvfb did not report a display");
        return false;
    }
    m_display = QStringLiteral(":") + QString::fromLatin1(number);
    return true;
}
