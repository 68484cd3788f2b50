#include "SimFixture.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

bool SimFixture::start(const QStringList &arguments)
{
    m_sim.setProgram(QStringLiteral(PAYDESK_SIM_BIN));
    m_sim.setArguments(arguments);
    if (!m_sim.waitForUrl(15000))
        return false;
    KakaoPay::ClientConfig config;
    config.baseUrl = m_sim.baseUrl();
    m_client.reset(new KakaoPay::Client(config, [] { return QStringLiteral("training-key"); }));
    return true;
}

SimFixture::Ready SimFixture::ready(const QUrl &returnBase)
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
    m_client->ready(request, &context, [&](const KakaoPay::Result<KakaoPay::ReadyResponse> &r) {
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

QJsonDocument SimFixture::control(const QByteArray &verb, const QString &path,
                                  const QByteArray &body)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(m_sim.baseUrl().resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray data = reply->readAll();
    reply->deleteLater();
    return QJsonDocument::fromJson(data);
}
