// The simulator's injected faults over real loopback HTTP: delay (with the per-tid lock),
// HTTP 500, close, -780/-781 with extras, commit-drop, counts and the command-line spelling.
#include "HttpTestClient.h"

#include <QElapsedTimer>
#include <QTest>

class TestSimFaults : public QObject, private HttpTestClient
{
    Q_OBJECT

private slots:
    void faultDelayAndDuplicate();
    void faultHttp500AndClose();
    void faultMethodFailures();
    void faultCommitDrop();
    void faultCountsAndClear();
};

void TestSimFaults::faultDelayAndDuplicate()
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

void TestSimFaults::faultHttp500AndClose()
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

void TestSimFaults::faultMethodFailures()
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

void TestSimFaults::faultCommitDrop()
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

void TestSimFaults::faultCountsAndClear()
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

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_simfaults.moc"
