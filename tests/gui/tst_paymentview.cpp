// The payment web view against the real simulator process: what the page may load, what it
// hands to the checkout instead of loading, and what it refuses.
#include "NavigationPolicy.h"
#include "PaymentView.h"
#include "SimProcess.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

class TestPaymentView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void approveIsHandedOverNotLoaded_data();
    void approveIsHandedOverNotLoaded();
    void cancelAndFailAreHandedOver_data();
    void cancelAndFailAreHandedOver();
    void foreignHostIsBlocked_data();
    void foreignHostIsBlocked();
    void popupIsRefused();
    void badCertificateIsRejected();
    void eachViewHasItsOwnOffTheRecordProfile();
    void escapeRequestsAbort();

private:
    struct Shown
    {
        QScopedPointer<PaymentView> view;
        SimProcess::Ready ready;
    };
    // A fresh ready, a PaymentView showing its page, loaded.
    bool showPayment(Shown *shown);
    QVariant runJs(PaymentView *view, const QString &script);

    SimProcess m_sim;
    // Our return URLs point here: any connection means the web view loaded a return URL.
    QTcpServer m_returnListener;
    QUrl m_returnBase;
    int m_returnConnections = 0;
};

void TestPaymentView::initTestCase()
{
    QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
    QVERIFY(m_returnListener.listen(QHostAddress::LocalHost, 0));
    connect(&m_returnListener, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_returnListener.nextPendingConnection()) {
            ++m_returnConnections;
            socket->close();
            socket->deleteLater();
        }
    });
    m_returnBase =
        QUrl(QStringLiteral("http://127.0.0.1:%1/paydesk").arg(m_returnListener.serverPort()));
}

bool TestPaymentView::showPayment(Shown *shown)
{
    shown->ready = m_sim.ready(m_returnBase);
    if (shown->ready.tid.isEmpty()) {
        qWarning("ready failed: %s", qPrintable(shown->ready.error));
        return false;
    }
    shown->view.reset(new PaymentView(NavigationPolicy::training(m_sim.baseUrl())));
    const ReturnUrls urls = shown->ready.urls;
    shown->view->setReturnHandler(
        [urls](const QUrl &url) { return urls.match(url).kind != ReturnUrls::Kind::None; });
    shown->view->resize(1024, 700);
    shown->view->show();
    QSignalSpy loaded(shown->view.data(), &PaymentView::pageLoaded);
    shown->view->showPayment(shown->ready.pageUrl, QDateTime::currentDateTime().addSecs(900));
    if (!loaded.wait(20000) || !loaded.first().first().toBool()) {
        qWarning("the simulator page did not load");
        return false;
    }
    return true;
}

QVariant TestPaymentView::runJs(PaymentView *view, const QString &script)
{
    QVariant result;
    bool done = false;
    view->page()->runJavaScript(script, [&](const QVariant &r) {
        result = r;
        done = true;
    });
    QDeadlineTimer deadline(10000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(10);
    if (!done)
        qWarning("runJavaScript did not answer");
    return result;
}

void TestPaymentView::approveIsHandedOverNotLoaded_data()
{
    QTest::addColumn<QString>("button");
    QTest::newRow("card") << QStringLiteral("sim-approve-card");
    QTest::newRow("money") << QStringLiteral("sim-approve-money");
}

void TestPaymentView::approveIsHandedOverNotLoaded()
{
    QFETCH(QString, button);
    Shown shown;
    QVERIFY(showPayment(&shown));
    PaymentView *view = shown.view.data();
    const QUrl simPage = view->page()->url();
    QSignalSpy returned(view, &PaymentView::returnNavigation);
    QSignalSpy blocked(view, &PaymentView::blockedNavigation);
    const int connectionsBefore = m_returnConnections;

    runJs(view, QStringLiteral("document.getElementById('%1').click()").arg(button));
    QTRY_VERIFY_WITH_TIMEOUT(returned.count() >= 1, 10000);

    const QUrl url = returned.first().first().toUrl();
    const ReturnUrls::Match match = shown.ready.urls.match(url);
    QCOMPARE(match.kind, ReturnUrls::Kind::Approval);
    QVERIFY(!match.pgToken.isEmpty());
    QCOMPARE(match.pgToken.size(), 20);
    // Give a stray load time to happen, then prove none did.
    QTest::qWait(500);
    QCOMPARE(m_returnConnections, connectionsBefore);
    QCOMPARE(blocked.count(), 0);
    // The page's own polling may follow the same redirect again (as KakaoPay's waiting page
    // does): each time it is the same approval, handed over, never loaded.
    for (const QList<QVariant> &again : returned)
        QCOMPARE(shown.ready.urls.match(again.first().toUrl()).pgToken, match.pgToken);
    QCOMPARE(view->page()->url().host(), simPage.host());
    QCOMPARE(view->page()->url().port(), simPage.port());

    // The simulator now waits for approve with that token.
    const QJsonDocument ledger = m_sim.control("GET", QStringLiteral("/__sim/ledger"));
    bool found = false;
    const QJsonArray payments = ledger.object().value(QStringLiteral("payments")).toArray();
    for (const QJsonValue &p : payments) {
        if (p.toObject().value(QStringLiteral("tid")).toString() == shown.ready.tid) {
            found = true;
            QCOMPARE(p.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("AUTH_PASSWORD"));
            QCOMPARE(p.toObject().value(QStringLiteral("pg_token")).toString(), match.pgToken);
        }
    }
    QVERIFY(found);
}

void TestPaymentView::cancelAndFailAreHandedOver_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("kind");
    QTest::newRow("cancel") << QStringLiteral("sim-cancel") << int(ReturnUrls::Kind::Cancel);
    QTest::newRow("fail") << QStringLiteral("sim-fail") << int(ReturnUrls::Kind::Fail);
}

void TestPaymentView::cancelAndFailAreHandedOver()
{
    QFETCH(QString, button);
    QFETCH(int, kind);
    Shown shown;
    QVERIFY(showPayment(&shown));
    PaymentView *view = shown.view.data();
    QSignalSpy returned(view, &PaymentView::returnNavigation);
    const int connectionsBefore = m_returnConnections;

    runJs(view, QStringLiteral("document.getElementById('%1').click()").arg(button));
    QTRY_VERIFY_WITH_TIMEOUT(returned.count() >= 1, 10000);
    const ReturnUrls::Match match = shown.ready.urls.match(returned.first().first().toUrl());
    QCOMPARE(int(match.kind), kind);
    QVERIFY(match.pgToken.isEmpty());
    QTest::qWait(300);
    QCOMPARE(m_returnConnections, connectionsBefore);
}

void TestPaymentView::foreignHostIsBlocked_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("other host, https") << QStringLiteral("https://evil.example.com/pay");
    QTest::newRow("look-alike host") << QStringLiteral("https://kakaopay.com.evil.example/");
    QTest::newRow("suffix without dot") << QStringLiteral("https://notkakao.com/");
    QTest::newRow("kakao over http") << QStringLiteral("http://online-pay.kakao.com/");
    QTest::newRow("loopback, other port") << QStringLiteral("http://127.0.0.1:1/");
    QTest::newRow("our return URL of another payment")
        << QStringLiteral("RETURN/approve?order=OTHER&n=abc&pg_token=0123456789abcdef0123");
}

void TestPaymentView::foreignHostIsBlocked()
{
    QFETCH(QString, target);
    target.replace(QStringLiteral("RETURN"), m_returnBase.toString());
    Shown shown;
    QVERIFY(showPayment(&shown));
    PaymentView *view = shown.view.data();
    const QUrl before = view->page()->url();
    QSignalSpy returned(view, &PaymentView::returnNavigation);
    QSignalSpy blocked(view, &PaymentView::blockedNavigation);
    const int connectionsBefore = m_returnConnections;

    runJs(view, QStringLiteral("window.location.href = '%1'").arg(target));
    QTRY_COMPARE_WITH_TIMEOUT(blocked.count(), 1, 10000);
    QCOMPARE(blocked.first().first().toUrl(), QUrl(target));
    QTest::qWait(300);
    QCOMPARE(returned.count(), 0);
    QCOMPARE(m_returnConnections, connectionsBefore);
    QCOMPARE(view->page()->url(), before);
}

void TestPaymentView::popupIsRefused()
{
    Shown shown;
    QVERIFY(showPayment(&shown));
    PaymentView *view = shown.view.data();
    QSignalSpy popups(view, &PaymentView::popupRefused);
    // Scripts may not open windows at all; a link with target=_blank reaches createWindow,
    // which refuses.
    QCOMPARE(
        runJs(view, QStringLiteral("window.open('%1/x') === null").arg(m_sim.baseUrl().toString())),
        QVariant(true));
    runJs(view, QStringLiteral("var a = document.createElement('a'); a.href = '%1/x';"
                               "a.target = '_blank'; document.body.appendChild(a); a.click();")
                    .arg(m_sim.baseUrl().toString()));
    QTest::qWait(500);
    // Either way no second page exists; if Chromium asked, we said no.
    QVERIFY(popups.count() <= 1);
    QCOMPARE(view->findChildren<QWebEngineView *>().size(), 1);
}

// A payment page behind a certificate nobody vouches for (a self-signed one made here, as a
// man in the middle would present): the page rejects it, nothing is sent over that connection
// and nothing of it is shown.
void TestPaymentView::badCertificateIsRejected()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend in this Qt");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString keyFile = dir.filePath(QStringLiteral("key.pem"));
    const QString certFile = dir.filePath(QStringLiteral("cert.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   keyFile, QStringLiteral("-out"), certFile, QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0,
             "openssl (installed by scripts/setup.sh) could not make a test certificate");
    QFile keyIn(keyFile), certIn(certFile);
    QVERIFY(keyIn.open(QIODevice::ReadOnly) && certIn.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPrivateKey(QSslKey(keyIn.readAll(), QSsl::Rsa));
    tls.setLocalCertificate(QSslCertificate(certIn.readAll()));
    QVERIFY(!tls.privateKey().isNull() && !tls.localCertificate().isNull());

    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    int connections = 0; // TLS handshakes begun
    int requests = 0;    // HTTP requests received over a finished handshake
    connect(&server, &QSslServer::startedEncryptionHandshake, this, [&] { ++connections; });
    connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QIODevice::readyRead, this, [&requests, socket] {
                ++requests;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                              "Content-Length: 23\r\nConnection: close\r\n\r\n"
                              "<p>pay here, forged</p>");
                socket->disconnectFromHost();
            });
            connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    const QUrl forged(
        QStringLiteral("https://127.0.0.1:%1/online/v1/payment/pc").arg(server.serverPort()));

    NavigationPolicy policy = NavigationPolicy::kakaoPay();
    QVERIFY(policy.allowOrigin(forged)); // allowed by the policy: only the certificate stops it
    PaymentView view(policy);
    view.resize(1024, 700);
    view.show();
    QSignalSpy certificateErrors(view.page(), &QWebEnginePage::certificateError);
    QSignalSpy loaded(&view, &PaymentView::pageLoaded);
    view.showPayment(forged, QDateTime::currentDateTime().addSecs(900));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().first().toBool(), false);
    QCOMPARE(certificateErrors.count(), 1);
    QTest::qWait(300);
    QCOMPARE(requests, 0); // not one byte of the payment went over that connection
    QVERIFY(!runJs(&view, QStringLiteral("document.body ? document.body.innerText : ''"))
                 .toString()
                 .contains(QStringLiteral("forged")));
    QVERIFY(connections >= 1); // Chromium did reach the server: the certificate stopped it
}

void TestPaymentView::eachViewHasItsOwnOffTheRecordProfile()
{
    PaymentView a(NavigationPolicy::kakaoPay());
    PaymentView b(NavigationPolicy::kakaoPay());
    QWebEngineProfile *profileA = a.page()->profile();
    QWebEngineProfile *profileB = b.page()->profile();
    QVERIFY(profileA->isOffTheRecord());
    QVERIFY(profileB->isOffTheRecord());
    QVERIFY(profileA != profileB);
    QVERIFY(profileA != QWebEngineProfile::defaultProfile());
}

void TestPaymentView::escapeRequestsAbort()
{
    PaymentView view(NavigationPolicy::kakaoPay());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy abort(&view, &PaymentView::abortRequested);
    view.activateWindow();
    QTest::keyClick(&view, Qt::Key_Escape);
    QTRY_COMPARE(abort.count(), 1);
}

QTEST_MAIN(TestPaymentView)
#include "tst_paymentview.moc"
