// Where the payment web view may go, decided without a web engine.
#include "NavigationPolicy.h"

#include <QTest>

class TestNavigationPolicy : public QObject
{
    Q_OBJECT

private slots:
    void kakaoPay_data();
    void kakaoPay();
    void training_data();
    void training();
    void httpOriginOnlyOnLoopback();
    void loggableDropsQueryAndUserInfo();
};

void TestNavigationPolicy::kakaoPay_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("pc page") << "https://online-pay.kakao.com/mockup/v1/abc/info" << true;
    QTest::newRow("kakaopay.com") << "https://kakaopay.com/" << true;
    QTest::newRow("sub.kakaopay.com") << "https://pg-web.kakaopay.com/x" << true;
    QTest::newRow("upper case host") << "https://PG-WEB.KakaoPay.com/x" << true;
    QTest::newRow("http kakao") << "http://online-pay.kakao.com/" << false;
    QTest::newRow("look-alike suffix") << "https://notkakao.com/" << false;
    QTest::newRow("kakao as subdomain") << "https://kakao.com.evil.example/" << false;
    QTest::newRow("user info") << "https://user:pw@pay.kakao.com/" << false;
    QTest::newRow("other host") << "https://example.com/" << false;
    QTest::newRow("loopback") << "http://127.0.0.1:8080/" << false;
    QTest::newRow("return url") << "http://localhost/paydesk/approve?order=x" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("data") << "data:text/html,hi" << false;
    QTest::newRow("javascript") << "javascript:alert(1)" << false;
    QTest::newRow("about:blank") << "about:blank" << true;
    QTest::newRow("empty") << "" << false;
}

void TestNavigationPolicy::kakaoPay()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const NavigationPolicy policy = NavigationPolicy::kakaoPay();
    QCOMPARE(policy.allows(QUrl(url)), allowed);
    QCOMPARE(policy.reasonRefused(QUrl(url)).isEmpty(), allowed);
}

void TestNavigationPolicy::training_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("sim page") << "http://127.0.0.1:40123/sim/pay/T1/pc" << true;
    QTest::newRow("sim other port") << "http://127.0.0.1:40124/sim/pay/T1/pc" << false;
    QTest::newRow("sim https") << "https://127.0.0.1:40123/" << false;
    QTest::newRow("localhost name") << "http://localhost:40123/" << false;
    QTest::newRow("kakao still") << "https://online-pay.kakao.com/" << true;
}

void TestNavigationPolicy::training()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const NavigationPolicy policy =
        NavigationPolicy::training(QUrl(QStringLiteral("http://127.0.0.1:40123")));
    QCOMPARE(policy.allows(QUrl(url)), allowed);
}

void TestNavigationPolicy::httpOriginOnlyOnLoopback()
{
    NavigationPolicy policy = NavigationPolicy::kakaoPay();
    QVERIFY(!policy.allowOrigin(QUrl(QStringLiteral("http://192.168.0.10:8080"))));
    QVERIFY(!policy.allowOrigin(QUrl(QStringLiteral("http://example.com"))));
    QVERIFY(!policy.allowOrigin(QUrl()));
    QVERIFY(policy.allowOrigin(QUrl(QStringLiteral("http://[::1]:9000"))));
    QVERIFY(policy.allowOrigin(QUrl(QStringLiteral("https://pay.example.com"))));
    QVERIFY(!policy.allows(QUrl(QStringLiteral("http://192.168.0.10:8080/"))));
    QVERIFY(policy.allows(QUrl(QStringLiteral("http://[::1]:9000/x"))));
    QVERIFY(policy.allows(QUrl(QStringLiteral("https://pay.example.com/x"))));
    QVERIFY(!policy.allows(QUrl(QStringLiteral("https://pay.example.com:444/x"))));
}

void TestNavigationPolicy::loggableDropsQueryAndUserInfo()
{
    const QUrl url(QStringLiteral("https://u:p@pay.kakao.com/a?pg_token=secret#frag"));
    const QString text = NavigationPolicy::loggable(url);
    QVERIFY(!text.contains(QLatin1String("secret")));
    QVERIFY(!text.contains(QLatin1String("u:p")));
    QCOMPARE(text, QStringLiteral("https://pay.kakao.com/a"));
}

QTEST_GUILESS_MAIN(TestNavigationPolicy)
#include "tst_navigationpolicy.moc"
