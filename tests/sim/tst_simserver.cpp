// The simulator over real loopback HTTP, driven by a plain QNetworkAccessManager (not the
// PayDesk client): both API generations, auth and validation failures, the control interface,
// every fault kind, the payment page's redirects, and the executable's URL line.
#include "SimServer.h"

#include "core/SimulatorProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
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

class TestSimServer : public QObject
{
    Q_OBJECT

private:
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

private slots:
    void currentGenerationFlow();
    void legacyGenerationFlow();
    void authFailures();
    void validationFailures();
    void merchantErrorsInBothBodyFormats();
    void controlInterface();
    void faultDelayAndDuplicate();
    void faultHttp500AndClose();
    void faultMethodFailures();
    void faultCommitDrop();
    void faultCountsAndClear();
    void pageButtonsRedirect();
    void pagePollAndAutoApprove();
    void pagePhoneForm();
    void stateFileSurvivesRestart();
    void processPrintsItsUrl();
    void simulatorProcessClass();
};

void TestSimServer::currentGenerationFlow()
{
    SimServer s(seeded());
    QVERIFY(s.listen());
    QVERIFY(QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:\\d+$"))
                .match(s.baseUrl())
                .hasMatch());

    const Reply ready = current(s, QStringLiteral("ready"), readyJson());
    QCOMPARE(ready.status, 200);
    const QString tid = ready.json.value("tid").toString();
    QCOMPARE(tid.size(), 20);
    QCOMPARE(ready.json.value("next_redirect_pc_url").toString(),
             s.baseUrl() + QStringLiteral("/sim/pay/") + tid + QStringLiteral("/pc"));
    QVERIFY(!ready.json.contains("android_app_scheme"));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d$"))
                .match(ready.json.value("created_at").toString())
                .hasMatch());

    // Approve before the buyer finished: -701.
    QCOMPARE(current(s, QStringLiteral("approve"), approveJson(tid, "x"))
                 .json.value("error_code")
                 .toInt(),
             -701);

    const Reply page = send("GET", ready.json.value("next_redirect_pc_url").toString());
    QCOMPARE(page.status, 200);
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(kItem.toHtmlEscaped()));
    QVERIFY(html.contains(QStringLiteral("₩12,000")));
    for (const char *id : {"sim-approve-card", "sim-approve-money", "sim-cancel", "sim-fail"})
        QVERIFY2(html.contains(QStringLiteral("id=\"%1\"").arg(QLatin1String(id))), id);

    const Reply ctl = control(s, "POST", QStringLiteral("/__sim/tid/%1/approve").arg(tid));
    QCOMPARE(ctl.status, 200);
    const QString token = ctl.json.value("pg_token").toString();
    QCOMPARE(ctl.json.value("redirect").toString(),
             QStringLiteral("http://127.0.0.1:1/ok?pg_token=") + token);
    QCOMPARE(statusOf(s, tid), QStringLiteral("AUTH_PASSWORD"));

    QJsonObject approve = approveJson(tid, token);
    approve.insert("total_amount", "12000"); // numbers as strings are accepted, like the docs' curl
    const Reply ok = current(s, QStringLiteral("approve"), approve);
    QCOMPARE(ok.status, 200);
    QVERIFY(!ok.json.contains("status"));
    QCOMPARE(ok.json.value("item_name").toString(), kItem); // Korean round trip
    QCOMPARE(ok.json.value("payment_method_type").toString(), QStringLiteral("CARD"));
    QCOMPARE(ok.json.value("card_info").toObject().value("install_month").toString(),
             QStringLiteral("00"));
    QCOMPARE(ok.json.value("amount").toObject().value("vat").toInt(), 1091);
    QCOMPARE(current(s, QStringLiteral("approve"), approve).json.value("error_code").toInt(), -702);

    const Reply cancel = current(s, QStringLiteral("cancel"),
                                 {{"cid", "TC0ONETIME"},
                                  {"tid", tid},
                                  {"cancel_amount", 2000},
                                  {"cancel_tax_free_amount", 0},
                                  {"cancel_available_amount", 12000}});
    QCOMPARE(cancel.status, 200);
    QCOMPARE(cancel.json.value("status").toString(), QStringLiteral("PART_CANCEL_PAYMENT"));
    QCOMPARE(cancel.json.value("approved_cancel_amount").toObject().value("vat").toInt(), 182);
    QCOMPARE(cancel.json.value("cancel_available_amount").toObject().value("total").toInt(), 10000);

    const Reply order = current(s, QStringLiteral("order"), {{"cid", "TC0ONETIME"}, {"tid", tid}});
    QCOMPARE(order.status, 200);
    const QJsonObject amount = order.json.value("amount").toObject();
    const QJsonObject canceled = order.json.value("canceled_amount").toObject();
    const QJsonObject available = order.json.value("cancel_available_amount").toObject();
    for (const char *k : {"total", "tax_free", "vat", "point", "discount", "green_deposit"})
        QCOMPARE(amount.value(k).toInt(), canceled.value(k).toInt() + available.value(k).toInt());
    QCOMPARE(order.json.value("payment_action_details").toArray().size(), 2);
    QVERIFY(order.json.value("selected_card_info").isObject());
    QVERIFY(order.json.contains("canceled_at"));

    const QJsonArray requests =
        control(s, "GET", QStringLiteral("/__sim/requests")).json.value("requests").toArray();
    QCOMPARE(requests.size(), 7);
    const QJsonObject first = requests.first().toObject();
    QCOMPARE(first.value("auth_scheme").toString(), QStringLiteral("SECRET_KEY"));
    QCOMPARE(first.value("auth_ok").toBool(), true);
    QCOMPARE(first.value("path").toString(), QStringLiteral("/online/v1/payment/ready"));
    QVERIFY(first.value("content_type").toString().startsWith(QStringLiteral("application/json")));
    QVERIFY(!QJsonDocument(requests).toJson().contains("training-key"));
}

void TestSimServer::legacyGenerationFlow()
{
    SimServer s(seeded());
    QVERIFY(s.listen());
    QUrlQuery form;
    const QJsonObject fields = readyJson(QStringLiteral("http://127.0.0.1:1/ok?order=1"));
    for (auto it = fields.begin(); it != fields.end(); ++it)
        form.addQueryItem(it.key(), QString::fromUtf8(QUrl::toPercentEncoding(
                                        it.value().toVariant().toString())));
    const Reply ready = legacy(s, QStringLiteral("ready"), form);
    QCOMPARE(ready.status, 200);
    QVERIFY(ready.json.value("android_app_scheme")
                .toString()
                .startsWith(QStringLiteral("kakaotalk://")));
    QVERIFY(ready.json.contains("ios_app_scheme"));
    const QString tid = ready.json.value("tid").toString();
    QCOMPARE(s.ledger().find(tid)->itemName, kItem);

    // '+' is a space in a form body.
    const Reply plus =
        send("POST", s.baseUrl() + QStringLiteral("/v1/payment/ready"),
             "cid=TC0ONETIME&partner_order_id=o+2&partner_user_id=u&item_name=%EC%BB%A4%ED%94%BC+1%"
             "EC%9E%94"
             "&quantity=1&total_amount=1000&tax_free_amount=0&approval_url=http%3A%2F%2Fh%2Fa"
             "&cancel_url=http%3A%2F%2Fh%2Fc&fail_url=http%3A%2F%2Fh%2Ff",
             kLegacyAuth, "application/x-www-form-urlencoded");
    QCOMPARE(plus.status, 200);
    QCOMPARE(s.ledger().find(plus.json.value("tid").toString())->itemName,
             QStringLiteral("커피 1잔"));

    // The page's money button: 302 to approval_url with '&pg_token=' (it already had a query).
    const Reply button =
        send("POST", s.baseUrl() + QStringLiteral("/sim/pay/%1/approve?method=MONEY").arg(tid));
    QCOMPARE(button.status, 302);
    const QString token = s.ledger().find(tid)->pgToken;
    QCOMPARE(button.location, QStringLiteral("http://127.0.0.1:1/ok?order=1&pg_token=") + token);

    QUrlQuery approve;
    approve.addQueryItem("cid", "TC0ONETIME");
    approve.addQueryItem("tid", tid);
    approve.addQueryItem("partner_order_id", "order-1");
    approve.addQueryItem("partner_user_id", "pos-1");
    approve.addQueryItem("pg_token", token);
    const Reply ok = legacy(s, QStringLiteral("approve"), approve);
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json.value("payment_method_type").toString(), QStringLiteral("MONEY"));
    QVERIFY(!ok.json.contains("card_info"));
    QCOMPARE(ok.json.value("item_name").toString(), kItem);

    // order by GET with a query, and by POST with a form.
    const Reply byGet =
        send("GET", s.baseUrl() + QStringLiteral("/v1/payment/order?cid=TC0ONETIME&tid=") + tid, {},
             kLegacyAuth);
    QCOMPARE(byGet.json.value("status").toString(), QStringLiteral("SUCCESS_PAYMENT"));
    QUrlQuery orderForm;
    orderForm.addQueryItem("cid", "TC0ONETIME");
    orderForm.addQueryItem("tid", tid);
    QCOMPARE(legacy(s, QStringLiteral("order"), orderForm).json.value("tid").toString(), tid);

    QUrlQuery cancel;
    cancel.addQueryItem("cid", "TC0ONETIME");
    cancel.addQueryItem("tid", tid);
    cancel.addQueryItem("cancel_amount", "12000");
    cancel.addQueryItem("cancel_tax_free_amount", "0");
    const Reply done = legacy(s, QStringLiteral("cancel"), cancel);
    QCOMPARE(done.json.value("status").toString(), QStringLiteral("CANCEL_PAYMENT"));
    const Reply again = legacy(s, QStringLiteral("cancel"), cancel);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json.value("code").toInt(), -784);
    QVERIFY(again.json.contains("msg"));
    QVERIFY(!again.json.contains("error_code"));
    // The current API's order is POST only.
    QCOMPARE(send("GET", s.baseUrl() + QStringLiteral("/online/v1/payment/order"), {}, kCurrentAuth)
                 .status,
             405);
}

void TestSimServer::authFailures()
{
    SimServer s(seeded());
    QVERIFY(s.listen());
    const QList<QByteArray> badCurrent = {
        {}, "SECRET_KEY wrong", "KakaoAK training-key", "training-key", "SECRET_KEY"};
    for (const QByteArray &auth : badCurrent) {
        const Reply r = current(s, QStringLiteral("ready"), readyJson(), auth);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json.value("error_code").toInt(), -401);
        QVERIFY(r.json.contains("error_message"));
    }
    QCOMPARE(current(s, QStringLiteral("ready"), readyJson(), "DEV_SECRET_KEY training-key").status,
             200);
    const Reply legacyBad =
        legacy(s, QStringLiteral("ready"), QUrlQuery(), "SECRET_KEY training-key");
    QCOMPARE(legacyBad.status, 401);
    QCOMPARE(legacyBad.json.value("code").toInt(), -401);
    QVERIFY(legacyBad.json.contains("msg"));

    const QJsonArray requests = s.requests();
    QCOMPARE(requests.first().toObject().value("auth_ok").toBool(), false);
    QCOMPARE(requests.at(3).toObject().value("auth_scheme").toString(),
             QString()); // bare key: not recorded
    QVERIFY(!QJsonDocument(requests).toJson().contains("training-key"));

    SimConfig strict = seeded();
    strict.strictAuth = true;
    SimServer st(strict);
    QVERIFY(st.listen());
    QCOMPARE(
        current(st, QStringLiteral("ready"), readyJson(), "DEV_SECRET_KEY training-key").status,
        401);
    QCOMPARE(current(st, QStringLiteral("ready"), readyJson()).status, 200);
}

void TestSimServer::validationFailures()
{
    SimConfig config = seeded();
    config.cidSecret = QStringLiteral("abcdefghijklmnopqrstuvwx");
    config.domains = QStringList{QStringLiteral("127.0.0.1")};
    SimServer s(config);
    QVERIFY(s.listen());
    auto readyWith = [&](const char *key, const QJsonValue &value) {
        QJsonObject o = readyJson();
        o.insert("cid_secret", config.cidSecret);
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return current(s, QStringLiteral("ready"), o);
    };
    QCOMPARE(readyWith("cid_secret", "wrong").json.value("error_code").toInt(), -733);
    QCOMPARE(readyWith("cid", "TCOTHERCID").json.value("error_code").toInt(), -731);
    QCOMPARE(readyWith("approval_url", "http://shop.example/ok").json.value("error_code").toInt(),
             -799);
    const QString longUrl = QStringLiteral("http://127.0.0.1:1/") + QString(250, QLatin1Char('a'));
    const QList<QPair<const char *, QJsonValue>> bad = {
        {"item_name", QJsonValue(QJsonValue::Undefined)},
        {"partner_order_id", ""},
        {"quantity", "two"},
        {"total_amount", 12.5},
        {"total_amount", -1},
        {"tax_free_amount", 13000},
        {"vat_amount", 20000},
        {"approval_url", longUrl},
        {"approval_url", "not a url"},
        {"item_name", QString(101, QLatin1Char('x'))},
        {"payment_method_type", "POINT"},
        {"install_month", 13},
    };
    for (const auto &b : bad) {
        const Reply r = readyWith(b.first, b.second);
        QVERIFY2(r.status == 400 && r.json.value("error_code").toInt() == -2, b.first);
    }
    QCOMPARE(readyWith("item_code", "A1").status, 200);

    // A form body sent to the current API is not understood.
    const Reply form = send("POST", s.baseUrl() + QStringLiteral("/online/v1/payment/ready"),
                            "cid=TC0ONETIME", kCurrentAuth, "application/x-www-form-urlencoded");
    QCOMPARE(form.status, 400);
    QCOMPARE(form.json.value("error_code").toInt(), -2);
    QCOMPARE(send("GET", s.baseUrl() + QStringLiteral("/nowhere")).status, 404);
}

void TestSimServer::merchantErrorsInBothBodyFormats()
{
    SimServer s(seeded());
    QVERIFY(s.listen());
    const Reply cur = current(s, QStringLiteral("approve"),
                              approveJson(QStringLiteral("T0000000000000000000"), "x"));
    QCOMPARE(cur.status, 400);
    QCOMPARE(cur.json.value("error_code").toInt(), -721);
    QVERIFY(!cur.json.value("error_message").toString().isEmpty());
    QVERIFY(!cur.json.contains("extras"));
    QUrlQuery form;
    form.addQueryItem("cid", "TC0ONETIME");
    form.addQueryItem("tid", "T0000000000000000000");
    const Reply leg = legacy(s, QStringLiteral("order"), form);
    QCOMPARE(leg.status, 400);
    QCOMPARE(leg.json.value("code").toInt(), -721);
    QVERIFY(!leg.json.value("msg").toString().isEmpty());
}

void TestSimServer::controlInterface()
{
    SimServer s(seeded());
    QVERIFY(s.listen());
    const QString quitter =
        current(s, QStringLiteral("ready"), readyJson()).json.value("tid").toString();
    const Reply c = control(s, "POST", QStringLiteral("/__sim/tid/%1/cancel").arg(quitter));
    QCOMPARE(c.json.value("redirect").toString(), QStringLiteral("http://127.0.0.1:1/cancel"));
    QCOMPARE(statusOf(s, quitter), QStringLiteral("QUIT_PAYMENT"));
    QCOMPARE(control(s, "POST", QStringLiteral("/__sim/tid/%1/approve").arg(quitter)).status, 409);

    const QString failer =
        current(s, QStringLiteral("ready"), readyJson()).json.value("tid").toString();
    QCOMPARE(control(s, "POST", QStringLiteral("/__sim/tid/%1/fail").arg(failer))
                 .json.value("redirect")
                 .toString(),
             QStringLiteral("http://127.0.0.1:1/fail"));
    QCOMPARE(statusOf(s, failer), QStringLiteral("FAIL_AUTH_PASSWORD"));

    // expire: the pg_token no longer helps.
    auto [tid, token] = authorized(s);
    QCOMPARE(control(s, "POST", QStringLiteral("/__sim/tid/%1/expire").arg(tid)).status, 200);
    QCOMPARE(current(s, QStringLiteral("approve"), approveJson(tid, token))
                 .json.value("error_code")
                 .toInt(),
             -723);

    // clock/advance: 15 minutes later an authorized tid is expired too.
    auto [tid2, token2] = authorized(s);
    QCOMPARE(control(s, "POST", QStringLiteral("/__sim/clock/advance?seconds=901")).status, 200);
    QCOMPARE(current(s, QStringLiteral("approve"), approveJson(tid2, token2))
                 .json.value("error_code")
                 .toInt(),
             -723);
    QCOMPARE(control(s, "POST", QStringLiteral("/__sim/clock/advance?seconds=x")).status, 400);

    const QJsonArray ledger =
        control(s, "GET", QStringLiteral("/__sim/ledger")).json.value("payments").toArray();
    QCOMPARE(ledger.size(), 4);
    QCOMPARE(ledger.at(2).toObject().value("pg_token").toString(), token);
    QVERIFY(ledger.at(2).toObject().contains("expires_at"));
    QCOMPARE(ledger.at(2).toObject().value("item_name").toString(), kItem);

    QCOMPARE(control(s, "POST", QStringLiteral("/__sim/tid/Tnope/approve")).status, 404);
    QCOMPARE(control(s, "POST", QStringLiteral("/__sim/reset")).status, 200);
    QCOMPARE(
        control(s, "GET", QStringLiteral("/__sim/ledger")).json.value("payments").toArray().size(),
        0);
    QCOMPARE(control(s, "GET", QStringLiteral("/__sim/requests"))
                 .json.value("requests")
                 .toArray()
                 .size(),
             0);
}

void TestSimServer::faultDelayAndDuplicate()
{
    SimServer s(seeded());
    QVERIFY(s.listen());
    auto [tid, token] = authorized(s);
    QCOMPARE(control(s, "POST", QStringLiteral("/__sim/fault"),
                     {{"endpoint", "approve"}, {"kind", "delay"}, {"arg", 600}})
                 .status,
             200);
    // Start the slow approve, and send a duplicate while it is in flight.
    QNetworkRequest req(QUrl(s.baseUrl() + QStringLiteral("/online/v1/payment/approve")));
    req.setRawHeader("Authorization", kCurrentAuth);
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *slow = m_nam.post(req, QJsonDocument(approveJson(tid, token)).toJson());
    QTRY_VERIFY(s.ledger().isInFlight(tid));
    const Reply duplicate = current(s, QStringLiteral("approve"), approveJson(tid, token));
    QCOMPARE(duplicate.json.value("error_code").toInt(), -785);
    QSignalSpy done(slow, &QNetworkReply::finished);
    QVERIFY(slow->isFinished() || done.wait(5000));
    QVERIFY(timer.elapsed() >= 550);
    QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    slow->deleteLater();
    QCOMPARE(statusOf(s, tid), QStringLiteral("SUCCESS_PAYMENT"));
    QVERIFY(!s.ledger().isInFlight(tid));
}

void TestSimServer::faultHttp500AndClose()
{
    SimServer s(seeded());
    QVERIFY(s.listen());
    auto [tid, token] = authorized(s);
    SimFault http500;
    http500.endpoint = QStringLiteral("approve");
    http500.kind = SimFault::Kind::Http500;
    s.addFault(http500);
    const Reply r500 = current(s, QStringLiteral("approve"), approveJson(tid, token));
    QCOMPARE(r500.status, 500);
    QCOMPARE(statusOf(s, tid), QStringLiteral("AUTH_PASSWORD"));

    SimFault close;
    QString error;
    QVERIFY(SimFault::parse(QStringLiteral("approve:close"), &close, &error));
    s.addFault(close);
    const Reply closed = current(s, QStringLiteral("approve"), approveJson(tid, token));
    QCOMPARE(closed.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(closed.json.isEmpty()); // the head of an answer came, its body never did
    QCOMPARE(statusOf(s, tid), QStringLiteral("AUTH_PASSWORD"));
    QCOMPARE(current(s, QStringLiteral("approve"), approveJson(tid, token)).status, 200);
}

void TestSimServer::faultMethodFailures()
{
    SimServer s(seeded());
    QVERIFY(s.listen());
    auto [tid, token] = authorized(s);
    control(s, "POST", QStringLiteral("/__sim/fault"),
            {{"endpoint", "approve"}, {"kind", "error780"}});
    const Reply r780 = current(s, QStringLiteral("approve"), approveJson(tid, token));
    QCOMPARE(r780.status, 400);
    QCOMPARE(r780.json.value("error_code").toInt(), -780);
    QCOMPARE(r780.json.value("extras").toObject().value("method_result_code").toString(),
             QStringLiteral("USER_LOCKED"));
    QVERIFY(r780.json.value("extras")
                .toObject()
                .value("method_result_message")
                .toString()
                .contains(QStringLiteral("진행중인")));
    QCOMPARE(statusOf(s, tid), QStringLiteral("FAIL_PAYMENT"));

    auto [paidTid, paidToken] = authorized(s);
    QCOMPARE(current(s, QStringLiteral("approve"), approveJson(paidTid, paidToken)).status, 200);
    control(s, "POST", QStringLiteral("/__sim/fault"),
            {{"endpoint", "cancel"},
             {"kind", "error781"},
             {"arg", QJsonObject{{"method_result_code", "6666"},
                                 {"method_result_message", "원거래없음"}}}});
    QUrlQuery cancel;
    cancel.addQueryItem("cid", "TC0ONETIME");
    cancel.addQueryItem("tid", paidTid);
    cancel.addQueryItem("cancel_amount", "12000");
    cancel.addQueryItem("cancel_tax_free_amount", "0");
    const Reply r781 = legacy(s, QStringLiteral("cancel"), cancel);
    QCOMPARE(r781.json.value("code").toInt(), -781);
    QCOMPARE(r781.json.value("extras").toObject().value("method_result_message").toString(),
             QStringLiteral("원거래없음"));
    QCOMPARE(statusOf(s, paidTid), QStringLiteral("SUCCESS_PAYMENT"));
}

void TestSimServer::faultCommitDrop()
{
    SimServer s(seeded());
    QVERIFY(s.listen());
    auto [tid, token] = authorized(s);
    control(s, "POST", QStringLiteral("/__sim/fault"),
            {{"endpoint", "approve"}, {"kind", "commit-drop"}});
    const Reply dropped = current(s, QStringLiteral("approve"), approveJson(tid, token));
    QCOMPARE(dropped.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(statusOf(s, tid), QStringLiteral("SUCCESS_PAYMENT")); // it happened all the same
    QCOMPARE(current(s, QStringLiteral("approve"), approveJson(tid, token))
                 .json.value("error_code")
                 .toInt(),
             -702);
}

void TestSimServer::faultCountsAndClear()
{
    SimServer s(seeded());
    QVERIFY(s.listen());
    control(s, "POST", QStringLiteral("/__sim/fault"),
            {{"endpoint", "order"}, {"kind", "http500"}, {"count", 2}});
    const QJsonObject order{{"cid", "TC0ONETIME"}, {"tid", "T0000000000000000000"}};
    QCOMPARE(current(s, QStringLiteral("order"), order).status, 500);
    QCOMPARE(current(s, QStringLiteral("order"), order).status, 500);
    QCOMPARE(current(s, QStringLiteral("order"), order).status, 400); // -721: faults used up

    control(s, "POST", QStringLiteral("/__sim/fault"),
            {{"endpoint", "ready"}, {"kind", "http500"}, {"count", -1}});
    for (int i = 0; i < 3; ++i)
        QCOMPARE(current(s, QStringLiteral("ready"), readyJson()).status, 500);
    QCOMPARE(
        control(s, "GET", QStringLiteral("/__sim/fault")).json.value("faults").toArray().size(), 1);
    QCOMPARE(control(s, "DELETE", QStringLiteral("/__sim/fault")).status, 200);
    QCOMPARE(current(s, QStringLiteral("ready"), readyJson()).status, 200);
    QCOMPARE(
        control(s, "POST", QStringLiteral("/__sim/fault"), {{"endpoint", "pay"}, {"kind", "close"}})
            .status,
        400);
    QCOMPARE(control(s, "POST", QStringLiteral("/__sim/fault"),
                     {{"endpoint", "ready"}, {"kind", "boom"}})
                 .status,
             400);

    // The command-line spelling.
    SimFault f;
    QString error;
    QVERIFY(SimFault::parse(QStringLiteral("approve:delay:3000@-1"), &f, &error));
    QCOMPARE(f.kind, SimFault::Kind::Delay);
    QCOMPARE(f.delayMs, 3000);
    QCOMPARE(f.count, -1);
    QVERIFY(SimFault::parse(QStringLiteral("cancel:error781:6666:원거래없음"), &f, &error));
    QCOMPARE(f.methodResultMessage, QStringLiteral("원거래없음"));
    QCOMPARE(f.count, 1);
    QVERIFY(!SimFault::parse(QStringLiteral("approve:delay"), &f, &error));
    QVERIFY(!SimFault::parse(QStringLiteral("approve"), &f, &error));
    QVERIFY(!SimFault::parse(QStringLiteral("approve:close@0"), &f, &error));
}

void TestSimServer::pageButtonsRedirect()
{
    SimServer s(seeded());
    QVERIFY(s.listen());
    auto readyTid = [&] {
        return current(s, QStringLiteral("ready"), readyJson()).json.value("tid").toString();
    };
    const QString tid = readyTid();
    const Reply approve =
        send("POST", s.baseUrl() + QStringLiteral("/sim/pay/%1/approve?method=CARD").arg(tid));
    QCOMPARE(approve.status, 302);
    QCOMPARE(approve.location,
             QStringLiteral("http://127.0.0.1:1/ok?pg_token=") + s.ledger().find(tid)->pgToken);
    // Once authorized, the page itself sends the browser on.
    QCOMPARE(send("GET", s.baseUrl() + QStringLiteral("/sim/pay/%1/mobile").arg(tid)).location,
             approve.location);

    const QString quitter = readyTid();
    const Reply cancel =
        send("POST", s.baseUrl() + QStringLiteral("/sim/pay/%1/cancel").arg(quitter));
    QCOMPARE(cancel.status, 302);
    QCOMPARE(cancel.location, QStringLiteral("http://127.0.0.1:1/cancel"));
    const QString failer = readyTid();
    const Reply fail = send("POST", s.baseUrl() + QStringLiteral("/sim/pay/%1/fail").arg(failer));
    QCOMPARE(fail.location, QStringLiteral("http://127.0.0.1:1/fail"));
    QCOMPARE(statusOf(s, failer), QStringLiteral("FAIL_AUTH_PASSWORD"));

    // Buttons on a finished or expired payment answer a page, not a redirect.
    QCOMPARE(send("POST", s.baseUrl() + QStringLiteral("/sim/pay/%1/approve").arg(quitter)).status,
             409);
    const QString stale = readyTid();
    control(s, "POST", QStringLiteral("/__sim/tid/%1/expire").arg(stale));
    const Reply expired =
        send("POST", s.baseUrl() + QStringLiteral("/sim/pay/%1/approve").arg(stale));
    QCOMPARE(expired.status, 409);
    QVERIFY(QString::fromUtf8(expired.body).contains(QStringLiteral("expired")));
    QCOMPARE(send("GET", s.baseUrl() + QStringLiteral("/sim/pay/Tnope/pc")).status, 404);
}

void TestSimServer::pagePollAndAutoApprove()
{
    SimServer s(seeded());
    QVERIFY(s.listen());
    const QString tid =
        current(s, QStringLiteral("ready"), readyJson()).json.value("tid").toString();
    const QString poll = s.baseUrl() + QStringLiteral("/sim/pay/%1/poll").arg(tid);
    Reply r = send("GET", poll);
    QCOMPARE(r.json.value("status").toString(), QStringLiteral("READY"));
    QVERIFY(r.json.value("redirect").isNull());
    QVERIFY(r.json.value("remaining_seconds").toInt() > 890);
    const QString redirect = control(s, "POST", QStringLiteral("/__sim/tid/%1/approve").arg(tid))
                                 .json.value("redirect")
                                 .toString();
    r = send("GET", poll);
    QCOMPARE(r.json.value("status").toString(), QStringLiteral("AUTH_PASSWORD"));
    QCOMPARE(r.json.value("redirect").toString(), redirect);

    SimConfig config = seeded();
    config.autoApproveMs = 300;
    SimServer automatic(config);
    QVERIFY(automatic.listen());
    const QString autoTid =
        current(automatic, QStringLiteral("ready"), readyJson()).json.value("tid").toString();
    const QString autoPoll = automatic.baseUrl() + QStringLiteral("/sim/pay/%1/poll").arg(autoTid);
    QVERIFY(send("GET", autoPoll).json.value("redirect").isNull()); // page not shown yet
    QCOMPARE(
        send("GET", automatic.baseUrl() + QStringLiteral("/sim/pay/%1/pc").arg(autoTid)).status,
        200);
    QVERIFY(send("GET", autoPoll).json.value("redirect").isNull());
    QTest::qWait(350);
    r = send("GET", autoPoll);
    QCOMPARE(r.json.value("status").toString(), QStringLiteral("AUTH_PASSWORD"));
    QVERIFY(r.json.value("redirect")
                .toString()
                .startsWith(QStringLiteral("http://127.0.0.1:1/ok?pg_token=")));
    QCOMPARE(automatic.ledger().find(autoTid)->method, QStringLiteral("CARD"));
}

void TestSimServer::pagePhoneForm()
{
    SimServer s(seeded());
    QVERIFY(s.listen());
    const QString tid =
        current(s, QStringLiteral("ready"), readyJson()).json.value("tid").toString();
    const QString tms = s.baseUrl() + QStringLiteral("/sim/pay/%1/tms").arg(tid);
    const Reply bad =
        send("POST", tms, "phone=123&birth=900101", {}, "application/x-www-form-urlencoded");
    QCOMPARE(bad.status, 303);
    QVERIFY(bad.location.endsWith(QStringLiteral("?tms=invalid")));
    QCOMPARE(statusOf(s, tid), QStringLiteral("READY"));
    const Reply ok = send("POST", tms, "phone=010-1234-5678&birth=900101", {},
                          "application/x-www-form-urlencoded");
    QCOMPARE(ok.status, 303);
    QCOMPARE(statusOf(s, tid), QStringLiteral("SEND_TMS"));
    QVERIFY(
        QString::fromUtf8(send("GET", ok.location).body).contains(QStringLiteral("카카오톡으로")));
    QCOMPARE(send("POST", s.baseUrl() + QStringLiteral("/sim/pay/%1/open").arg(tid)).status, 303);
    QCOMPARE(statusOf(s, tid), QStringLiteral("OPEN_PAYMENT"));
}

void TestSimServer::stateFileSurvivesRestart()
{
    QTemporaryDir dir;
    SimConfig config = seeded();
    config.stateFile = dir.filePath(QStringLiteral("ledger.json"));
    QString tid;
    QString token;
    {
        SimServer s(config);
        QVERIFY(s.listen());
        std::tie(tid, token) = authorized(s);
    }
    SimServer restarted(config);
    QVERIFY(restarted.listen());
    QCOMPARE(statusOf(restarted, tid), QStringLiteral("AUTH_PASSWORD"));
    QCOMPARE(current(restarted, QStringLiteral("approve"), approveJson(tid, token)).status, 200);
    SimServer again(config);
    QVERIFY(again.listen());
    QCOMPARE(statusOf(again, tid), QStringLiteral("SUCCESS_PAYMENT"));
    QCOMPARE(again.ledger().find(tid)->itemName, kItem);
}

void TestSimServer::processPrintsItsUrl()
{
    QProcess process;
    process.start(QStringLiteral(PAYDESK_SIM_BIN), {QStringLiteral("--seed"), QStringLiteral("5"),
                                                    QStringLiteral("--key"), QStringLiteral("k1")});
    QVERIFY(process.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.waitForReadyRead(100), 10000);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^PAYDESK_SIM_URL (http://127\\.0\\.0\\.1:\\d+)$"))
            .match(line);
    QVERIFY2(m.hasMatch(), qPrintable(line));
    const QString base = m.captured(1);
    const Reply r = send("POST", base + QStringLiteral("/online/v1/payment/ready"),
                         QJsonDocument(readyJson()).toJson(), "SECRET_KEY k1", "application/json");
    QCOMPARE(r.status, 200);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));

    QProcess bad;
    bad.start(QStringLiteral(PAYDESK_SIM_BIN),
              {QStringLiteral("--fault"), QStringLiteral("nowhere:close")});
    QVERIFY(bad.waitForFinished(5000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardOutput().isEmpty());
}

void TestSimServer::simulatorProcessClass()
{
    {
        SimulatorProcess sim;
        sim.setProgram(QStringLiteral(PAYDESK_SIM_BIN));
        sim.setArguments({QStringLiteral("--auto-approve-ms"), QStringLiteral("0")});
        QSignalSpy started(&sim, &SimulatorProcess::started);
        QVERIFY2(sim.waitForUrl(10000), qPrintable(sim.errorString()));
        QVERIFY(sim.isRunning());
        QCOMPARE(started.size(), 1);
        QCOMPARE(sim.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(send("GET", sim.baseUrl().toString() + QStringLiteral("/__sim/ledger")).status,
                 200);
        sim.stop();
        QVERIFY(!sim.isRunning());
    }
    SimulatorProcess missing;
    missing.setProgram(QStringLiteral("/nonexistent/paydesk-kakaopay-sim"));
    QSignalSpy errors(&missing, &SimulatorProcess::errorOccurred);
    QVERIFY(!missing.waitForUrl(3000));
    QVERIFY(!missing.errorString().isEmpty());
    QVERIFY(errors.size() >= 1);

    SimulatorProcess refused; // bad arguments: exits before it is ready
    refused.setProgram(QStringLiteral(PAYDESK_SIM_BIN));
    refused.setArguments({QStringLiteral("--ttl-seconds"), QStringLiteral("zero")});
    QVERIFY(!refused.waitForUrl(5000));
    QVERIFY(refused.errorString().contains(QStringLiteral("exit")));
}

QTEST_GUILESS_MAIN(TestSimServer)
#include "tst_simserver.moc"
