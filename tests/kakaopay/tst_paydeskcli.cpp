#include "CliProcess.h"
#include "SimHarness.h"

#include <QJsonObject>
#include <QTest>

// paydesk-cli as a process against the in-process simulator (the test's event loop keeps
// serving it while the CLI runs).
class TestPaydeskCli : public QObject
{
    Q_OBJECT

    CliRun run(const QStringList &arguments, bool withKey = true)
    {
        return runCli(m_home.path(), arguments, withKey ? SimHarness::key() : QString());
    }

    QTemporaryDir m_home; // the CLI's settings and journal folder: never the user's

private slots:
    void flow_data()
    {
        QTest::addColumn<QString>("api");
        QTest::newRow("current") << QStringLiteral("current");
        QTest::newRow("legacy") << QStringLiteral("legacy");
    }
    void flow()
    {
        QFETCH(QString, api);
        SimHarness sim;
        QVERIFY(sim.listening());
        const QStringList base = {QStringLiteral("--base-url"), sim.url(), QStringLiteral("--api"),
                                  api};
        const QString item = QStringLiteral("딸기 라떼 & 쿠키");

        CliRun ready = run(QStringList{QStringLiteral("ready")} + base +
                           QStringList{"--partner-order-id", "CLI-1", "--item-name", item,
                                       "--quantity", "2", "--total", "9900", "--tax-free", "900"});
        QVERIFY2(ready.exitCode == 0, ready.err.constData());
        const QString tid = ready.json().value("tid").toString();
        QCOMPARE(tid.size(), 20);

        const QString token = sim.buyerApproves(tid);
        QVERIFY(!token.isEmpty());
        CliRun approve = run(QStringList{QStringLiteral("approve")} + base +
                             QStringList{"--tid", tid, "--pg-token", token, "--partner-order-id",
                                         "CLI-1", "--total", "9900"});
        QVERIFY2(approve.exitCode == 0, approve.err.constData());
        QCOMPARE(approve.json().value("aid").toString().size(), 20);

        CliRun part = run(QStringList{QStringLiteral("cancel")} + base +
                          QStringList{"--tid", tid, "--cancel-amount", "4000"});
        QVERIFY2(part.exitCode == 0, part.err.constData());
        QCOMPARE(part.json().value("status").toString(), QStringLiteral("PART_CANCEL_PAYMENT"));

        const QJsonObject left = part.json().value("cancel_available_amount").toObject();
        CliRun rest =
            run(QStringList{QStringLiteral("cancel")} + base +
                QStringList{"--tid", tid, "--cancel-amount",
                            QString::number(left.value("total").toInteger()), "--cancel-tax-free",
                            QString::number(left.value("tax_free").toInteger()), "--cancel-vat",
                            QString::number(left.value("vat").toInteger()), "--cancel-available",
                            QString::number(left.value("total").toInteger())});
        QVERIFY2(rest.exitCode == 0, rest.err.constData());
        QCOMPARE(rest.json().value("status").toString(), QStringLiteral("CANCEL_PAYMENT"));

        CliRun order = run(QStringList{QStringLiteral("order")} + base + QStringList{"--tid", tid});
        QVERIFY2(order.exitCode == 0, order.err.constData());
        const QJsonObject o = order.json();
        QCOMPARE(o.value("status").toString(), QStringLiteral("CANCEL_PAYMENT"));
        QCOMPARE(o.value("item_name").toString(), item);
        QCOMPARE(o.value("canceled_amount").toObject().value("total").toInteger(), 9900);
        QVERIFY(order.err.isEmpty());

        // A KakaoPay error: exit 1 and the one-line shape on stderr.
        CliRun again = run(QStringList{QStringLiteral("cancel")} + base +
                           QStringList{"--tid", tid, "--cancel-amount", "100"});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.out.isEmpty());
        QVERIFY2(again.err.startsWith("error: kakaopay http=400 code=-784 "),
                 again.err.constData());
    }

    void missingKey()
    {
        SimHarness sim;
        const CliRun r = run({QStringLiteral("order"), QStringLiteral("--base-url"), sim.url(),
                              QStringLiteral("--tid"), QStringLiteral("T1")},
                             false);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith("error: configuration"));
        QVERIFY(r.err.contains("PAYDESK_SECRET_KEY"));
        QVERIFY(sim.server().requests().isEmpty());
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("letters") << QStringList{"ready", "--total", "12a"} << "--total";
        QTest::newRow("negative") << QStringList{"ready", "--total=-500"} << "--total";
        QTest::newRow("fraction") << QStringList{"ready", "--total", "10.5"} << "--total";
        QTest::newRow("no total") << QStringList{"ready"} << "--total";
        QTest::newRow("tax free > total")
            << QStringList{"ready", "--total", "100", "--tax-free", "200"} << "--tax-free";
        QTest::newRow("cancel amount")
            << QStringList{"cancel", "--tid", "T1", "--cancel-amount", "lots"} << "--cancel-amount";
        QTest::newRow("no tid") << QStringList{"order"} << "--tid";
        QTest::newRow("unknown command") << QStringList{"refund"} << "refund";
        QTest::newRow("no command") << QStringList{} << "command";
        QTest::newRow("key option")
            << QStringList{"order", "--tid", "T1", "--key", "x"} << "PAYDESK_SECRET_KEY";
        QTest::newRow("bad api") << QStringList{"order", "--tid", "T1", "--api", "v3"} << "--api";
        QTest::newRow("unknown option") << QStringList{"order", "--frobnicate"} << "frobnicate";
    }
    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        SimHarness sim;
        const CliRun r = run(arguments + QStringList{QStringLiteral("--base-url"), sim.url()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions.toUtf8()), r.err.constData());
        QVERIFY(sim.server().requests().isEmpty());
    }

    // The rule of the settings: https, or http on this computer only; the key is never sent.
    void plainHttpOnlyToThisComputer_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("another computer") << QStringLiteral("http://192.0.2.10:8080");
        QTest::newRow("a name") << QStringLiteral("http://pay.example.com");
        QTest::newRow("not http") << QStringLiteral("ftp://127.0.0.1");
        QTest::newRow("user info") << QStringLiteral("https://user:pw@open-api.kakaopay.com");
        QTest::newRow("query") << QStringLiteral("https://open-api.kakaopay.com/?x=1");
    }
    void plainHttpOnlyToThisComputer()
    {
        QFETCH(QString, url);
        const CliRun r = run({QStringLiteral("order"), QStringLiteral("--tid"),
                              QStringLiteral("T1"), QStringLiteral("--base-url"), url});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--base-url"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void trainingNeedsTheSimulatorsAddress()
    {
        // Training tids go to the simulator on this computer, never to a real server.
        const CliRun r =
            run({QStringLiteral("reconcile"), QStringLiteral("--training"),
                 QStringLiteral("--base-url"), QStringLiteral("https://kapi.kakao.com")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--training"), r.err.constData());
    }

    void help()
    {
        const CliRun r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("PAYDESK_SECRET_KEY"));
        QVERIFY(r.out.contains("--cancel-available"));
    }
};

QTEST_GUILESS_MAIN(TestPaydeskCli)
#include "tst_paydeskcli.moc"
