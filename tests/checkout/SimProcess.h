#pragma once

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <QUrl>

// The KakaoPay simulator as a child process (PAYDESK_SIM_BIN), driven through its control
// interface (tests/sim/README.md). Synchronous helpers: a test reads like the flow it checks.
class SimProcess
{
public:
    static constexpr const char *kKey = "training-key";

    ~SimProcess() { stop(); }

    bool start(const QStringList &extraArgs = {})
    {
        m_process.setProgram(QStringLiteral(PAYDESK_SIM_BIN));
        m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                           QStringLiteral("--key"), QString::fromLatin1(kKey),
                                           QStringLiteral("--seed"), QStringLiteral("7")} +
                               extraArgs);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setStandardErrorFile(QProcess::nullDevice());
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return false;
        QByteArray seen;
        QTimer deadline;
        deadline.start(10000);
        while (deadline.isActive() && m_process.state() == QProcess::Running) {
            if (!m_process.canReadLine() && !m_process.waitForReadyRead(200))
                continue;
            while (m_process.canReadLine()) {
                const QByteArray line = m_process.readLine().trimmed();
                if (line.startsWith("PAYDESK_SIM_URL ")) {
                    m_url = QUrl(QString::fromUtf8(line.mid(16)));
                    return m_url.isValid();
                }
            }
        }
        return false;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }

    QUrl url() const { return m_url; }

    QJsonObject call(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(m_url.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(
            request, verb, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray data = reply->isFinished() ? reply->readAll() : QByteArray();
        m_lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return QJsonDocument::fromJson(data).object();
    }
    int lastStatus() const { return m_lastStatus; }

    // The buyer acts on KakaoPay's page; returns the URL the browser would be sent to.
    QUrl buyer(const QString &tid, const QString &action, const QString &query = {})
    {
        const QJsonObject answer =
            call("POST", QStringLiteral("/__sim/tid/%1/%2%3").arg(tid, action, query));
        return QUrl(answer.value(QLatin1String("redirect")).toString());
    }

    void fault(const QString &endpoint, const QString &kind, const QJsonValue &arg = {})
    {
        QJsonObject body{{QStringLiteral("endpoint"), endpoint}, {QStringLiteral("kind"), kind}};
        if (!arg.isUndefined() && !arg.isNull())
            body.insert(QStringLiteral("arg"), arg);
        call("POST", QStringLiteral("/__sim/fault"), body);
    }

    // Requests the simulator received on an API path ending in "/payment/<endpoint>".
    int requestCount(const QString &endpoint)
    {
        const QJsonArray requests = call("GET", QStringLiteral("/__sim/requests"))
                                        .value(QLatin1String("requests"))
                                        .toArray();
        int n = 0;
        for (const QJsonValue &r : requests) {
            if (r.toObject()
                    .value(QLatin1String("path"))
                    .toString()
                    .endsWith(QStringLiteral("/payment/") + endpoint))
                ++n;
        }
        return n;
    }

    QJsonObject payment(const QString &tid)
    {
        const QJsonArray payments =
            call("GET", QStringLiteral("/__sim/ledger")).value(QLatin1String("payments")).toArray();
        for (const QJsonValue &p : payments) {
            if (p.toObject().value(QLatin1String("tid")).toString() == tid)
                return p.toObject();
        }
        return {};
    }

    int paymentActions(const QString &tid, const QString &type)
    {
        int n = 0;
        const QJsonArray actions =
            payment(tid).value(QLatin1String("payment_action_details")).toArray();
        for (const QJsonValue &a : actions) {
            if (a.toObject().value(QLatin1String("payment_action_type")).toString() == type)
                ++n;
        }
        return n;
    }

private:
    QProcess m_process;
    QNetworkAccessManager m_nam;
    QUrl m_url;
    int m_lastStatus = 0;
};
