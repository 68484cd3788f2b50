#pragma once

// A plain QNetworkAccessManager against an in-process SimServer: the simulator suites' HTTP
// helpers (deliberately not the PayDesk client, which these suites must not depend on).
#include "SimServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

namespace {

const QByteArray kCurrentAuth = "SECRET_KEY training-key";
const QByteArray kLegacyAuth = "KakaoAK training-key";
const QString kItem = QStringLiteral("아메리카노 & 라떼 (ICE)");

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QString location;
};

} // namespace

class HttpTestClient
{
public:
    QNetworkAccessManager m_nam;

    Reply send(const QByteArray &verb, const QString &url, const QByteArray &body = {},
               const QByteArray &auth = {}, const QByteArray &contentType = {})
    {
        QNetworkRequest req{QUrl(url)};
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
        if (!auth.isEmpty())
            req.setRawHeader("Authorization", auth);
        if (!contentType.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = m_nam.sendCustomRequest(req, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        r.json = QJsonDocument::fromJson(r.body).object();
        r.location = QString::fromUtf8(reply->rawHeader("Location"));
        reply->deleteLater();
        return r;
    }

    Reply current(SimServer &s, const QString &endpoint, const QJsonObject &o,
                  const QByteArray &auth = kCurrentAuth)
    {
        return send("POST", s.baseUrl() + QStringLiteral("/online/v1/payment/") + endpoint,
                    QJsonDocument(o).toJson(), auth, "application/json");
    }

    Reply legacy(SimServer &s, const QString &endpoint, const QUrlQuery &form,
                 const QByteArray &auth = kLegacyAuth)
    {
        QByteArray body = form.toString(QUrl::FullyEncoded).toUtf8();
        return send("POST", s.baseUrl() + QStringLiteral("/v1/payment/") + endpoint, body, auth,
                    "application/x-www-form-urlencoded;charset=utf-8");
    }

    Reply control(SimServer &s, const QByteArray &verb, const QString &path,
                  const QJsonObject &o = {})
    {
        return send(verb, s.baseUrl() + path,
                    o.isEmpty() ? QByteArray() : QJsonDocument(o).toJson(), {},
                    o.isEmpty() ? QByteArray() : QByteArray("application/json"));
    }

    static QJsonObject
    readyJson(const QString &approvalUrl = QStringLiteral("http://127.0.0.1:1/ok"))
    {
        return {{"cid", "TC0ONETIME"},
                {"partner_order_id", "order-1"},
                {"partner_user_id", "pos-1"},
                {"item_name", kItem},
                {"quantity", 2},
                {"total_amount", 12000},
                {"tax_free_amount", 0},
                {"approval_url", approvalUrl},
                {"cancel_url", "http://127.0.0.1:1/cancel"},
                {"fail_url", "http://127.0.0.1:1/fail"}};
    }

    static QJsonObject approveJson(const QString &tid, const QString &token)
    {
        return {{"cid", "TC0ONETIME"},
                {"tid", tid},
                {"partner_order_id", "order-1"},
                {"partner_user_id", "pos-1"},
                {"pg_token", token}};
    }

    // ready + control approve: {tid, pg_token}.
    QPair<QString, QString> authorized(SimServer &s)
    {
        const QString tid =
            current(s, QStringLiteral("ready"), readyJson()).json.value("tid").toString();
        const Reply a = control(s, "POST", QStringLiteral("/__sim/tid/%1/approve").arg(tid));
        return {tid, a.json.value("pg_token").toString()};
    }

    QString statusOf(SimServer &s, const QString &tid)
    {
        return current(s, QStringLiteral("order"), {{"cid", "TC0ONETIME"}, {"tid", tid}})
            .json.value("status")
            .toString();
    }

    static SimConfig seeded()
    {
        SimConfig c;
        c.hasSeed = true;
        c.seed = 99;
        return c;
    }
};
