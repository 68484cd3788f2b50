// The simulator's buyer side and process: payment-page buttons and their 302s, the poll and
// auto-approve, the phone-number form, the executable's URL line, and SimulatorProcess.
#include "HttpTestClient.h"

#include "core/SimulatorProcess.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestSimPages : public QObject, private HttpTestClient
{
    Q_OBJECT

private slots:
    void pageButtonsRedirect();
    void pagePollAndAutoApprove();
    void pagePhoneForm();
    void processPrintsItsUrl();
    void simulatorProcessClass();
};

void TestSimPages::pageButtonsRedirect()
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

void TestSimPages::pagePollAndAutoApprove()
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

void TestSimPages::pagePhoneForm()
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

void TestSimPages::processPrintsItsUrl()
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

void TestSimPages::simulatorProcessClass()
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

QTEST_GUILESS_MAIN(TestSimPages)
#include "tst_simpages.moc"
