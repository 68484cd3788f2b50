#include "checkout/OrderIdGenerator.h"
#include "checkout/ReturnUrls.h"
#include "core/Clock.h"

#include <QRegularExpression>
#include <QUrlQuery>
#include <QtTest>

class TestReturnUrls : public QObject
{
    Q_OBJECT

private slots:
    void orderIdsAreFreshAndReadable();
    void counterIdSanitized();
    void urlsCarryOrderAndNonce();
    void matchesOwnUrls();
    void refusesOthers_data();
    void refusesOthers();
    void noncesDiffer();
    void tooLongRefused();
    void badBaseRefused();
    void basePathAndPort();
};

void TestReturnUrls::orderIdsAreFreshAndReadable()
{
    ManualClock clock(QDateTime(QDate(2025, 3, 14), QTime(15, 30, 12)));
    OrderIdGenerator generator(QStringLiteral("POS1"), &clock);
    const QRegularExpression shape(QStringLiteral("^POS1-250314-153012-[0-9A-HJKMNP-TV-Z]{4}$"));
    QSet<QString> seen;
    for (int i = 0; i < 2000; ++i) { // same second, same counter
        const QString id = generator.next();
        QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
        QVERIFY(!seen.contains(id));
        seen.insert(id);
    }
    clock.advance(1000);
    QVERIFY(generator.next().startsWith(QLatin1String("POS1-250314-153013-")));
    // Another counter at the same moment never collides with this one.
    OrderIdGenerator other(QStringLiteral("POS2"), &clock);
    QVERIFY(other.next().startsWith(QLatin1String("POS2-")));
}

void TestReturnUrls::counterIdSanitized()
{
    QCOMPARE(OrderIdGenerator::sanitizeCounterId(QStringLiteral("계산대 1/A")),
             QStringLiteral("____1_A"));
    QCOMPARE(OrderIdGenerator::sanitizeCounterId(QString()), QStringLiteral("POS"));
    QCOMPARE(OrderIdGenerator::sanitizeCounterId(QStringLiteral("x").repeated(80)).size(),
             OrderIdGenerator::kMaxCounterIdLength);
    ManualClock clock;
    OrderIdGenerator generator(QStringLiteral("y").repeated(80), &clock);
    QVERIFY(generator.next().size() <= 100);
}

void TestReturnUrls::urlsCarryOrderAndNonce()
{
    QString error;
    const ReturnUrls urls = ReturnUrls::create(ReturnUrls::defaultBase(),
                                               QStringLiteral("POS1-250314-153012-K7QX"), &error);
    QVERIFY2(urls.isValid(), qPrintable(error));
    QCOMPARE(urls.approvalUrl().path(), QStringLiteral("/paydesk/approve"));
    QCOMPARE(urls.cancelUrl().path(), QStringLiteral("/paydesk/cancel"));
    QCOMPARE(urls.failUrl().path(), QStringLiteral("/paydesk/fail"));
    const QUrlQuery query(urls.approvalUrl());
    QCOMPARE(query.queryItemValue(QStringLiteral("order")), urls.partnerOrderId());
    QCOMPARE(query.queryItemValue(QStringLiteral("n")), urls.nonce());
    QVERIFY(urls.nonce().size() >= 20);
    QCOMPARE(urls.approvalUrl().host(), QStringLiteral("localhost"));
}

void TestReturnUrls::matchesOwnUrls()
{
    const ReturnUrls urls = ReturnUrls::create(ReturnUrls::defaultBase(), QStringLiteral("O-1"));
    QUrl approval = urls.approvalUrl();
    // KakaoPay appends pg_token with '&' because the URL has a query already.
    approval.setQuery(approval.query() + QStringLiteral("&pg_token=8bebbe14fde18da1dd3d"));
    ReturnUrls::Match m = urls.match(approval);
    QCOMPARE(m.kind, ReturnUrls::Kind::Approval);
    QCOMPARE(m.pgToken, QStringLiteral("8bebbe14fde18da1dd3d"));
    QVERIFY(m.ourEndpoint);

    // The same URL as the web view may report it: explicit default port.
    QUrl withPort = approval;
    withPort.setPort(80);
    QCOMPARE(urls.match(withPort).kind, ReturnUrls::Kind::Approval);

    QCOMPARE(urls.match(urls.cancelUrl()).kind, ReturnUrls::Kind::Cancel);
    QCOMPARE(urls.match(urls.failUrl()).kind, ReturnUrls::Kind::Fail);
    QVERIFY(urls.match(urls.failUrl()).pgToken.isEmpty());
}

void TestReturnUrls::refusesOthers_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<bool>("ourEndpoint");
    QTest::newRow("other order id") << "order" << true;
    QTest::newRow("other nonce") << "nonce" << true;
    QTest::newRow("no nonce") << "no-nonce" << true;
    QTest::newRow("doubled order") << "double-order" << true;
    QTest::newRow("pg_token missing") << "no-token" << true;
    QTest::newRow("pg_token empty") << "empty-token" << true;
    QTest::newRow("two pg_tokens") << "two-tokens" << true;
    QTest::newRow("other host") << "host" << false;
    QTest::newRow("other port") << "port" << false;
    QTest::newRow("other path") << "path" << false;
    QTest::newRow("path prefix") << "path-suffix" << false;
    QTest::newRow("https instead of http") << "https" << false;
    QTest::newRow("user info") << "userinfo" << false;
    QTest::newRow("fragment") << "fragment" << false;
    QTest::newRow("kakaopay page") << "kakao" << false;
}

void TestReturnUrls::refusesOthers()
{
    QFETCH(QString, mutation);
    QFETCH(bool, ourEndpoint);
    const ReturnUrls urls = ReturnUrls::create(ReturnUrls::defaultBase(), QStringLiteral("O-1"));
    const QString token = QStringLiteral("&pg_token=abc");
    const QString order = QStringLiteral("order=O-1");
    const QString nonce = QStringLiteral("n=") + urls.nonce();
    QUrl url = urls.approvalUrl();
    url.setQuery(url.query() + token);
    if (mutation == u"order")
        url.setQuery(QStringLiteral("order=O-2&") + nonce + token);
    else if (mutation == u"nonce")
        url.setQuery(order + QStringLiteral("&n=") + urls.nonce().toLower() + token);
    else if (mutation == u"no-nonce")
        url.setQuery(order + token);
    else if (mutation == u"double-order")
        url.setQuery(order + u'&' + nonce + QStringLiteral("&order=O-2") + token);
    else if (mutation == u"no-token")
        url = urls.approvalUrl();
    else if (mutation == u"empty-token")
        url.setQuery(order + u'&' + nonce + QStringLiteral("&pg_token="));
    else if (mutation == u"two-tokens")
        url.setQuery(url.query() + QStringLiteral("&pg_token=def"));
    else if (mutation == u"host")
        url.setHost(QStringLiteral("localhost.evil.example"));
    else if (mutation == u"port")
        url.setPort(8080);
    else if (mutation == u"path")
        url.setPath(QStringLiteral("/other/approve"));
    else if (mutation == u"path-suffix")
        url.setPath(QStringLiteral("/paydesk/approve/x"));
    else if (mutation == u"https")
        url.setScheme(QStringLiteral("https"));
    else if (mutation == u"userinfo")
        url.setUserInfo(QStringLiteral("a:b"));
    else if (mutation == u"fragment")
        url.setFragment(QStringLiteral("x"));
    else if (mutation == u"kakao")
        url = QUrl(QStringLiteral("https://online-pay.kakao.com/mockup/v1/abc/info"));
    const ReturnUrls::Match m = urls.match(url);
    QCOMPARE(m.kind, ReturnUrls::Kind::None);
    QCOMPARE(m.ourEndpoint, ourEndpoint);
}

void TestReturnUrls::noncesDiffer()
{
    const ReturnUrls a = ReturnUrls::create(ReturnUrls::defaultBase(), QStringLiteral("O-1"));
    const ReturnUrls b = ReturnUrls::create(ReturnUrls::defaultBase(), QStringLiteral("O-1"));
    QVERIFY(a.nonce() != b.nonce());
    QCOMPARE(b.match(a.cancelUrl()).kind, ReturnUrls::Kind::None);
    QVERIFY(b.match(a.cancelUrl()).ourEndpoint);
}

void TestReturnUrls::tooLongRefused()
{
    QString error;
    const QUrl longBase(QStringLiteral("https://pos.example.com/") +
                        QStringLiteral("p").repeated(200));
    QVERIFY(!ReturnUrls::create(longBase, QStringLiteral("O-1"), &error).isValid());
    QVERIFY(error.contains(QLatin1String("255")));
    // A 100-character order id still fits with the default base.
    const ReturnUrls fits =
        ReturnUrls::create(ReturnUrls::defaultBase(), QStringLiteral("x").repeated(100), &error);
    QVERIFY2(fits.isValid(), qPrintable(error));
    QVERIFY(fits.approvalUrl().toEncoded().size() <= ReturnUrls::kMaxUrlLength);
}

void TestReturnUrls::badBaseRefused()
{
    for (const char *base : {"ftp://host/x", "localhost/paydesk", "http:///nohost",
                             "http://h/p?q=1", "http://h/p#f", "http://u:p@h/p", ""}) {
        QString error;
        QVERIFY2(!ReturnUrls::create(QUrl(QString::fromLatin1(base)), QStringLiteral("O"), &error)
                      .isValid(),
                 base);
        QVERIFY(!error.isEmpty());
    }
    QVERIFY(!ReturnUrls::create(ReturnUrls::defaultBase(), QString()).isValid());
    QCOMPARE(ReturnUrls().match(QUrl(QStringLiteral("http://localhost/paydesk/approve"))).kind,
             ReturnUrls::Kind::None);
}

void TestReturnUrls::basePathAndPort()
{
    const ReturnUrls urls = ReturnUrls::create(
        QUrl(QStringLiteral("https://127.0.0.1:8443/shop/pos/")), QStringLiteral("O-1"));
    QVERIFY(urls.isValid());
    QCOMPARE(urls.approvalUrl().toString(QUrl::RemoveQuery),
             QStringLiteral("https://127.0.0.1:8443/shop/pos/approve"));
    QCOMPARE(urls.match(urls.cancelUrl()).kind, ReturnUrls::Kind::Cancel);
    QUrl noPort = urls.cancelUrl();
    noPort.setPort(-1);
    QCOMPARE(urls.match(noPort).kind, ReturnUrls::Kind::None);
}

QTEST_GUILESS_MAIN(TestReturnUrls)
#include "tst_returnurls.moc"
