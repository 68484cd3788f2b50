#include "SimProcess.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

bool SimProcess::start(const QStringList &extraArgs)
{
    m_process.setProgram(QStringLiteral(PAYDESK_SIM_BIN));
    m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                       QStringLiteral("--key"), QString::fromLatin1(kKey),
                                       QStringLiteral("--seed"), QStringLiteral("7")} +
                           extraArgs);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardErrorFile(QProcess::nullDevice());
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        m_error = m_process.errorString();
        return false;
    }
    QTimer deadline;
    deadline.start(10000);
    while (deadline.isActive() && m_process.state() == QProcess::Running) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(200))
            continue;
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("PAYDESK_SIM_URL ")) {
                setBaseUrl(QUrl(QString::fromUtf8(line.mid(16))));
                return baseUrl().isValid();
            }
        }
    }
    m_error = QStringLiteral("the simulator did not print its address");
    return false;
}

void SimProcess::stop()
{
    m_client.reset();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

KakaoPay::Client *SimProcess::client()
{
    if (!m_client)
        m_client = makeClient();
    return m_client.get();
}

SimProcess::Ready SimProcess::ready(const QUrl &returnBase)
{
    Ready out;
    const QString orderId =
        QStringLiteral("GUITEST-%1-%2").arg(QCoreApplication::applicationPid()).arg(++m_orders);
    out.urls = ReturnUrls::create(returnBase, orderId, &out.error);
    if (!out.urls.isValid())
        return out;

    KakaoPay::ReadyRequest request;
    request.partnerOrderId = orderId;
    request.partnerUserId = QStringLiteral("POS1");
    request.itemName = QStringLiteral("아메리카노");
    request.quantity = 1;
    request.totalAmount = Won(1000);
    request.taxFreeAmount = Won(0);
    request.approvalUrl = QString::fromUtf8(out.urls.approvalUrl().toEncoded());
    request.cancelUrl = QString::fromUtf8(out.urls.cancelUrl().toEncoded());
    request.failUrl = QString::fromUtf8(out.urls.failUrl().toEncoded());

    QEventLoop loop;
    QObject context;
    client()->ready(request, &context, [&](const KakaoPay::Result<KakaoPay::ReadyResponse> &r) {
        if (r.ok()) {
            out.tid = r.value.tid;
            out.pageUrl = QUrl(r.value.nextRedirectPcUrl);
        } else {
            out.error = r.error.logText();
        }
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    if (out.tid.isEmpty() && out.error.isEmpty())
        out.error = QStringLiteral("ready timed out");
    return out;
}
