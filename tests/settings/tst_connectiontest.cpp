#include "settings/ConnectionTest.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

// "Test connection" against the simulator process (PAYDESK_SIM_BIN): it accepts the key
// "training-key" and the CID TC0ONETIME.

class TestConnectionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(startSim(m_sim, m_url, {}));
        QVERIFY(
            startSim(m_simWithCidSecret, m_urlWithCidSecret,
                     {QStringLiteral("--cid-secret"), QStringLiteral("abcdefghijklmnopqrstuvwx")}));
    }

    void cleanupTestCase()
    {
        for (QProcess *p : {&m_sim, &m_simWithCidSecret}) {
            p->kill();
            p->waitForFinished(3000);
        }
    }

    void againstTheSimulator_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("cid");
        QTest::addColumn<bool>("cidSecretSim");
        QTest::addColumn<QString>("cidSecret");
        QTest::addColumn<int>("outcome");
        const int accepted = int(ConnectionTest::Outcome::Accepted);
        QTest::newRow("accepted") << false << "training-key"
                                  << "TC0ONETIME" << false << "" << accepted;
        QTest::newRow("accepted legacy") << true << "training-key"
                                         << "TC0ONETIME" << false << "" << accepted;
        QTest::newRow("wrong key")
            << false << "not-the-key"
            << "TC0ONETIME" << false << "" << int(ConnectionTest::Outcome::WrongKey);
        QTest::newRow("wrong key legacy")
            << true << "not-the-key"
            << "TC0ONETIME" << false << "" << int(ConnectionTest::Outcome::WrongKey);
        QTest::newRow("wrong cid")
            << false << "training-key"
            << "CWRONG0001" << false << "" << int(ConnectionTest::Outcome::WrongCid);
        QTest::newRow("cid secret ok")
            << false << "training-key"
            << "TC0ONETIME" << true << "abcdefghijklmnopqrstuvwx" << accepted;
        QTest::newRow("wrong cid secret") << false << "training-key"
                                          << "TC0ONETIME" << true << "abcdefghijklmnopqrstuvxx"
                                          << int(ConnectionTest::Outcome::WrongCidSecret);
        QTest::newRow("no key") << false << ""
                                << "TC0ONETIME" << false << ""
                                << int(ConnectionTest::Outcome::NoKey);
    }

    void againstTheSimulator()
    {
        QFETCH(bool, legacy);
        QFETCH(QString, key);
        QFETCH(QString, cid);
        QFETCH(bool, cidSecretSim);
        QFETCH(QString, cidSecret);
        QFETCH(int, outcome);
        KakaoPay::ClientConfig config;
        config.generation =
            legacy ? KakaoPay::ApiGeneration::Legacy : KakaoPay::ApiGeneration::Current;
        config.baseUrl = cidSecretSim ? m_urlWithCidSecret : m_url;
        config.cid = cid;
        config.cidSecret = cidSecret;
        config.timeoutMs = 5000;
        const ConnectionTest::Result result = run(config, key);
        QCOMPARE(int(result.outcome), outcome);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(!result.message.contains(QLatin1String("training-key")));
        QCOMPARE(result.accepted(), outcome == int(ConnectionTest::Outcome::Accepted));
    }

    void unreachableClosedPort()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        KakaoPay::ClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        config.timeoutMs = 5000;
        const ConnectionTest::Result result = run(config, QStringLiteral("training-key"));
        QCOMPARE(result.outcome, ConnectionTest::Outcome::Unreachable);
        QVERIFY2(result.message.contains(QLatin1String("127.0.0.1")), qPrintable(result.message));
    }

    void plainHttpElsewhereIsNeverSent()
    {
        // A listener on this computer stands for "another computer": reached by a name that
        // is not loopback, http is refused before anything is sent.
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
        KakaoPay::ClientConfig config;
        config.baseUrl =
            QUrl(QStringLiteral("http://127.0.0.1.nip.io:%1").arg(listener.serverPort()));
        config.timeoutMs = 2000;
        const ConnectionTest::Result result = run(config, QStringLiteral("training-key"));
        QCOMPARE(result.outcome, ConnectionTest::Outcome::RefusedAddress);
        QVERIFY2(result.message.contains(QLatin1String("https")), qPrintable(result.message));
        QVERIFY(!listener.waitForNewConnection(300));
        config.baseUrl = QUrl(QStringLiteral("http://192.0.2.10"));
        QCOMPARE(run(config, QStringLiteral("training-key")).outcome,
                 ConnectionTest::Outcome::RefusedAddress);
    }

    void timeoutWhenNoAnswer()
    {
        // A listener that accepts and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        KakaoPay::ClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
        config.timeoutMs = 1000;
        const ConnectionTest::Result result = run(config, QStringLiteral("training-key"));
        QCOMPARE(result.outcome, ConnectionTest::Outcome::Timeout);
    }

    void interpretation_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("http");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("outcome");
        using K = KakaoPay::Error::Kind;
        using O = ConnectionTest::Outcome;
        QTest::newRow("-721") << int(K::KakaoPay) << 400 << -721 << int(O::Accepted);
        QTest::newRow("-2") << int(K::KakaoPay) << 400 << -2 << int(O::Accepted);
        QTest::newRow("-401") << int(K::KakaoPay) << 401 << -401 << int(O::WrongKey);
        QTest::newRow("403 body") << int(K::KakaoPay) << 403 << -1 << int(O::WrongKey);
        QTest::newRow("-731") << int(K::KakaoPay) << 400 << -731 << int(O::WrongCid);
        QTest::newRow("-733") << int(K::KakaoPay) << 400 << -733 << int(O::WrongCidSecret);
        QTest::newRow("401 no body") << int(K::Http) << 401 << 0 << int(O::WrongKey);
        QTest::newRow("404 no body") << int(K::Http) << 404 << 0 << int(O::UnexpectedAnswer);
        QTest::newRow("network") << int(K::Network) << 0 << 0 << int(O::Unreachable);
        QTest::newRow("timeout") << int(K::Timeout) << 0 << 0 << int(O::Timeout);
        QTest::newRow("tls") << int(K::Tls) << 0 << 0 << int(O::Tls);
        QTest::newRow("malformed") << int(K::Malformed) << 200 << 0 << int(O::UnexpectedAnswer);
        QTest::newRow("config") << int(K::Configuration) << 0 << 0 << int(O::NoKey);
    }

    void interpretation()
    {
        QFETCH(int, kind);
        QFETCH(int, http);
        QFETCH(int, code);
        QFETCH(int, outcome);
        const auto k = KakaoPay::Error::Kind(kind);
        const KakaoPay::Error error =
            k == KakaoPay::Error::Kind::KakaoPay
                ? KakaoPay::Error::kakaoPay(http, code, QStringLiteral("m"))
                : KakaoPay::Error(k, QStringLiteral("detail"), http);
        const auto result =
            ConnectionTest::interpret(error, QUrl(QStringLiteral("https://open-api.kakaopay.com")));
        QCOMPARE(int(result.outcome), outcome);
        QVERIFY(!result.message.isEmpty());
        if (k == KakaoPay::Error::Kind::Network || k == KakaoPay::Error::Kind::Timeout ||
            k == KakaoPay::Error::Kind::Tls)
            QVERIFY(result.message.contains(QLatin1String("open-api.kakaopay.com")));
    }

private:
    static bool startSim(QProcess &process, QUrl &url, const QStringList &extra)
    {
        process.setProgram(QStringLiteral(PAYDESK_SIM_BIN));
        process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + extra);
        process.setStandardErrorFile(QProcess::nullDevice());
        process.start();
        if (!process.waitForStarted(5000))
            return false;
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired() && process.state() == QProcess::Running) {
            if (!process.canReadLine() && !process.waitForReadyRead(200))
                continue;
            const QByteArray line = process.readLine().trimmed();
            if (line.startsWith("PAYDESK_SIM_URL ")) {
                url = QUrl(QString::fromUtf8(line.mid(16)));
                return url.isValid();
            }
        }
        return false;
    }

    static ConnectionTest::Result run(const KakaoPay::ClientConfig &config, const QString &key)
    {
        KakaoPay::Client client(config, [key] { return key; });
        ConnectionTest test(&client);
        QSignalSpy spy(&test, &ConnectionTest::finished);
        test.start();
        if (!spy.wait(15000))
            return {ConnectionTest::Outcome::UnexpectedAnswer, QStringLiteral("test: no answer")};
        return spy.first().first().value<ConnectionTest::Result>();
    }

    QProcess m_sim;
    QProcess m_simWithCidSecret;
    QUrl m_url;
    QUrl m_urlWithCidSecret;
};

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
