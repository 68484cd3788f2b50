#include "SimRemote.h"

#include "TestOrders.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>

QJsonDocument SimRemote::control(const QByteArray &verb, const QString &path,
                                 const QByteArray &body)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QByteArray data = reply->isFinished() ? reply->readAll() : QByteArray();
    m_lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return QJsonDocument::fromJson(data);
}

QJsonObject SimRemote::call(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    return control(verb, path,
                   body.isEmpty() ? QByteArray()
                                  : QJsonDocument(body).toJson(QJsonDocument::Compact))
        .object();
}

QUrl SimRemote::buyer(const QString &tid, const QString &action, const QString &query)
{
    const QJsonObject answer =
        call("POST", QStringLiteral("/__sim/tid/%1/%2%3").arg(tid, action, query));
    return QUrl(answer.value(QLatin1String("redirect")).toString());
}

QString SimRemote::buyerApproves(const QString &tid, const QString &method)
{
    return call("POST", QStringLiteral("/__sim/tid/%1/approve?method=%2").arg(tid, method))
        .value(QLatin1String("pg_token"))
        .toString();
}

void SimRemote::fault(const QString &endpoint, const QString &kind, const QJsonValue &arg,
                      int count, int skip)
{
    QJsonObject body{{QStringLiteral("endpoint"), endpoint},
                     {QStringLiteral("kind"), kind},
                     {QStringLiteral("count"), count},
                     {QStringLiteral("skip"), skip}};
    if (!arg.isUndefined() && !arg.isNull())
        body.insert(QStringLiteral("arg"), arg);
    call("POST", QStringLiteral("/__sim/fault"), body);
}

void SimRemote::clearFaults()
{
    call("DELETE", QStringLiteral("/__sim/fault"));
}

void SimRemote::reset()
{
    call("POST", QStringLiteral("/__sim/reset"));
}

QJsonArray SimRemote::requests()
{
    return call("GET", QStringLiteral("/__sim/requests"))
        .value(QLatin1String("requests"))
        .toArray();
}

int SimRemote::requestCount(const QString &endpoint)
{
    int n = 0;
    const QJsonArray all = requests();
    for (const QJsonValue &r : all) {
        if (r.toObject()
                .value(QLatin1String("path"))
                .toString()
                .endsWith(QStringLiteral("/payment/") + endpoint))
            ++n;
    }
    return n;
}

QJsonArray SimRemote::ledger()
{
    return call("GET", QStringLiteral("/__sim/ledger")).value(QLatin1String("payments")).toArray();
}

QJsonObject SimRemote::payment(const QString &tid)
{
    const QJsonArray payments = ledger();
    for (const QJsonValue &p : payments) {
        if (p.toObject().value(QLatin1String("tid")).toString() == tid)
            return p.toObject();
    }
    return {};
}

int SimRemote::paymentActions(const QString &tid, const QString &type)
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

std::unique_ptr<KakaoPay::Client> SimRemote::makeClient(KakaoPay::ApiGeneration generation,
                                                        int timeoutMs, const QString &key) const
{
    KakaoPay::ClientConfig config;
    config.generation = generation;
    config.baseUrl = m_base;
    config.timeoutMs = timeoutMs;
    const QString secret = key.isEmpty() ? TestOrders::trainingKey() : key;
    return std::make_unique<KakaoPay::Client>(config, [secret] { return secret; });
}
