// The simulator over real loopback HTTP, driven by a plain QNetworkAccessManager (not the
// PayDesk client): both API generations, auth and validation failures, error bodies, the control
// interface and the state file.
#include "HttpTestClient.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestSimServer : public QObject, private HttpTestClient
{
    Q_OBJECT

private slots:
    void currentGenerationFlow();
    void legacyGenerationFlow();
    void authFailures();
    void validationFailures();
    void merchantErrorsInBothBodyFormats();
    void controlInterface();
    void stateFileSurvivesRestart();
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

QTEST_GUILESS_MAIN(TestSimServer)
#include "tst_simserver.moc"
