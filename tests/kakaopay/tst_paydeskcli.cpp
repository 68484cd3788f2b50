#include "CliProcess.h"
#include "ScriptedHttpServer.h"
#include "SimHarness.h"

#include <QFile>
#include <QProcess>

#include <unistd.h>

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
        QTest::newRow("cid secret option")
            << QStringList{"order", "--tid", "T1", "--cid-secret", "abcdefghijklmnopqrstuvwx"}
            << "PAYDESK_CID_SECRET";

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

    void cidSecretFromTheEnvironment()
    {
        SimConfig config = SimHarness::defaultConfig();
        config.cidSecret = QStringLiteral("abcdefghijklmnopqrstuvwx");
        SimHarness sim(config);
        CliEnvironment env;
        env.key = SimHarness::key();
        const QStringList order{QStringLiteral("order"), QStringLiteral("--tid"),
                                QStringLiteral("T1234567890123456789"),
                                QStringLiteral("--base-url"), sim.url()};
        // Without it the simulator refuses the merchant (-733); with it the tid is unknown
        // (-721): the secret went in the request, from the environment.
        CliRun r = runCli(m_home.path(), order, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("code=-733"), r.err.constData());
        env.variables.insert(QStringLiteral("PAYDESK_CID_SECRET"), config.cidSecret);
        r = runCli(m_home.path(), order, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("code=-721"), r.err.constData());
    }

    // A hostile server's text (error_message, method_result_message, the answer) cannot drive
    // the terminal: escape sequences are printed as text.
    void serverTextIsEscaped()
    {
        ScriptedHttpServer server;
        const QByteArray nasty = "\u001b[2J\u001b[1;1H\u001b[32mPAID OK\u001b[0m\r\u202e";
        server.reply(400, R"({"error_code":-780,"error_message":")" + nasty +
                              R"(","extras":{"method_result_code":"X","method_result_message":")" +
                              nasty + R"("}})");
        CliRun r = run({QStringLiteral("order"), QStringLiteral("--tid"),
                        QStringLiteral("T1234567890123456789"), QStringLiteral("--base-url"),
                        server.url()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.err.contains('\x1b') && !r.err.contains('\r'), r.err.constData());
        QVERIFY(!r.err.contains("\xe2\x80\xae")); // U+202E, right-to-left override
        QVERIFY2(r.err.contains("\\x1b[2J\\x1b[1;1H\\x1b[32mPAID OK\\x1b[0m\\x0d\\u202e"),
                 r.err.constData());
        QCOMPARE(r.err.count('\n'), 1); // one line

        // A successful answer with the same inside: still JSON, still nothing raw.
        server.reply(200, R"({"tid":"T1234567890123456789","cid":"TC0ONETIME","status":")" + nasty +
                              R"(","partner_order_id":"x","partner_user_id":"y"})");
        r = run({QStringLiteral("order"), QStringLiteral("--tid"),
                 QStringLiteral("T1234567890123456789"), QStringLiteral("--base-url"),
                 server.url()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.out.contains('\x1b') && !r.out.contains('\r'));
        QVERIFY(!r.out.contains("\xe2\x80\xae"));
        QCOMPARE(r.json().value("status").toString(),
                 QStringLiteral("\x1b[2J\x1b[1;1H\x1b[32mPAID OK\x1b[0m\r\u202e"));
    }

    // The key is in the CLI's environment when it starts, and nowhere once it runs: not in its
    // own /proc/PID/environ (as the shell handed it over), and the process is not dumpable.
    void keyLeavesTheEnvironment()
    {
        const QString key = QStringLiteral("ENVKEY-%1").arg(QCoreApplication::applicationPid());
        SimConfig config = SimHarness::defaultConfig();
        config.keys = {key};
        SimHarness sim(config);
        sim.fault(QStringLiteral("order"), SimFault::Kind::Delay, 3000);
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAYDESK_SECRET_KEY"), key);
        env.insert(QStringLiteral("PAYDESK_CID_SECRET"), QStringLiteral("CIDSECRET-%1").arg(key));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(PAYDESK_CLI_BIN),
                  {QStringLiteral("order"), QStringLiteral("--tid"),
                   QStringLiteral("T1234567890123456789"), QStringLiteral("--base-url"),
                   sim.url()});
        QVERIFY(cli.waitForStarted());
        // While it waits for the (delayed) answer.
        QTRY_VERIFY_WITH_TIMEOUT(!sim.server().requests().isEmpty(), 10000);
        const QString proc = QStringLiteral("/proc/%1/").arg(cli.processId());
        QFile environ(proc + QStringLiteral("environ"));
        if (::geteuid() == 0) {
            QVERIFY(environ.open(QIODevice::ReadOnly));
            const QByteArray all = environ.readAll();
            QVERIFY(all.contains("XDG_DATA_HOME=")); // it is the environment
            QVERIFY(!all.contains(key.toUtf8()));
            QVERIFY(!all.contains("CIDSECRET-"));
        } else {
            // Not dumpable: another process of the same user may not read it at all.
            QVERIFY(!environ.open(QIODevice::ReadOnly));
        }
        QFile limits(proc + QStringLiteral("limits"));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        QVERIFY(limits.readAll().simplified().contains("Max core file size 0 0 bytes"));
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 20000);
        // And the key reached the server all the same (which checks it).
        QVERIFY(sim.server().requests().first().toObject().value("auth_ok").toBool());
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
