// paydesk's command line: --base-url follows the settings' rule (https, or http on this
// computer only), as paydesk-cli's does.
#include "AppOptions.h"
#include "settings/ServerAddress.h"

#include <QTest>

class TestAppOptions : public QObject
{
    Q_OBJECT

private slots:
    void baseUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("https") << "https://open-api.kakaopay.com" << true << false;
        QTest::newRow("simulator") << "http://127.0.0.1:8123" << true << true;
        QTest::newRow("simulator ::1") << "http://[::1]:8123" << true << true;
        QTest::newRow("localhost") << "http://localhost:8123" << true << true;
        QTest::newRow("http elsewhere") << "http://192.0.2.10:8123" << false << false;
        QTest::newRow("http by name") << "http://pay.example.com" << false << false;
        QTest::newRow("no scheme") << "open-api.kakaopay.com" << false << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1" << false << true;
        QTest::newRow("user info") << "https://u:p@open-api.kakaopay.com" << false << false;
    }
    void baseUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QFETCH(bool, loopback);
        AppOptions options;
        const AppOptions::Outcome outcome = AppOptions::parse(
            {QStringLiteral("paydesk"), QStringLiteral("--base-url"), url}, &options);
        QCOMPARE(outcome == AppOptions::Outcome::Run, accepted);
        // The same function decides it for the settings, the app and paydesk-cli.
        QCOMPARE(ServerAddress::isAllowed(QUrl(url, QUrl::StrictMode)), accepted);
        QCOMPARE(ServerAddress::isLoopback(QUrl(url, QUrl::StrictMode)), loopback);
    }
};

QTEST_GUILESS_MAIN(TestAppOptions)
#include "tst_appoptions.moc"
