#pragma once

#include "SimServer.h"
#include "kakaopay/KakaoPayClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

// The simulator in-process on 127.0.0.1 plus the buyer's side of the flow through its control
// interface (POST /__sim/…), for the client tests.
class SimHarness
{
public:
    static QString key() { return QStringLiteral("training-key"); }

    explicit SimHarness(const SimConfig &config = defaultConfig()) : m_server(config)
    {
        m_listening = m_server.listen(0);
    }

    static SimConfig defaultConfig()
    {
        SimConfig c;
        c.hasSeed = true;
        c.seed = 42;
        return c;
    }

    bool listening() const { return m_listening; }
    SimServer &server() { return m_server; }
    QString url() const { return m_server.baseUrl(); }

    std::unique_ptr<KakaoPay::Client> client(KakaoPay::ApiGeneration generation,
                                             const QString &secret = key(), int timeoutMs = 5000)
    {
        KakaoPay::ClientConfig config;
        config.generation = generation;
        config.baseUrl = QUrl(url());
        config.timeoutMs = timeoutMs;
        return std::make_unique<KakaoPay::Client>(config, [secret] { return secret; });
    }

    // POST to the control interface; the answer's JSON object (empty on failure).
    QJsonObject control(const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(QUrl(url() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply =
            m_nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

    // The buyer approves in KakaoTalk: AUTH_PASSWORD and a pg_token (empty when refused).
    QString buyerApproves(const QString &tid, const QString &method = QStringLiteral("CARD"))
    {
        return control(QStringLiteral("/__sim/tid/%1/approve?method=%2").arg(tid, method))
            .value(QStringLiteral("pg_token"))
            .toString();
    }

    void fault(const QString &endpoint, SimFault::Kind kind, int delayMs = 0,
               const QString &code = {}, const QString &message = {})
    {
        SimFault f;
        f.endpoint = endpoint;
        f.kind = kind;
        f.delayMs = delayMs;
        f.methodResultCode = code;
        f.methodResultMessage = message;
        m_server.addFault(f);
    }

private:
    SimServer m_server;
    QNetworkAccessManager m_nam;
    bool m_listening = false;
};
