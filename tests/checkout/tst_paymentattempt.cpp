#include "FakeRecorder.h"
#include "SimProcess.h"

#include "checkout/Order.h"
#include "checkout/PaymentAttempt.h"
#include "core/Clock.h"
#include "kakaopay/KakaoPayClient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

#include <memory>

using namespace KakaoPay;

// PaymentAttempt against the real simulator over loopback: every KakaoPay answer here is one
// the simulator really sent.
class TestPaymentAttempt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void happyPath();
    void doubleStartSendsOneReady();
    void buyerCancels();
    void buyerFails();
    void spoofedRedirectRefused();
    void secondApprovalRedirectIgnored();
    void expiresAfterItsLifetime();
    void clockJumpNeitherExpiresNorExtends();
    void approveAfterTidExpired();
    void readyHttp500();
    void approveError780();
    void approveCommitDropSettledByOrder();
    void approveLostEndsInDoubt();
    void approveAnswersThatKeepTheDoubt_data();
    void approveAnswersThatKeepTheDoubt();
    void approveRefusedEndsWithoutMoney();
    void approveUnreachableIsTriedAgain();
    void recorderFailureBeforeReadySendsNothing();
    void recorderFailureAfterApprovalStillApproves();
    void abortByCashier();
    void nothingToPay();

private:
    std::unique_ptr<PaymentAttempt> makeAttempt(PaymentAttempt::Options options = {});
    bool waitForPage(PaymentAttempt *attempt);

    SimProcess m_sim;
    std::unique_ptr<Client> m_client;
    FakeRecorder m_recorder;
    ManualClock m_clock{QDateTime(QDate(2025, 3, 14), QTime(15, 30))};
    OrderSnapshot m_order;
};

void TestPaymentAttempt::initTestCase()
{
    QVERIFY2(m_sim.start(), "the simulator did not start (PAYDESK_SIM_BIN)");
    ClientConfig config;
    config.baseUrl = m_sim.url();
    config.timeoutMs = 2000;
    m_client =
        std::make_unique<Client>(config, [] { return QString::fromLatin1(SimProcess::kKey); });

    Order order;
    QVERIFY(!order.add(
        Product{QStringLiteral("8801000010011"), QStringLiteral("아메리카노"), Won(4500), false},
        2));
    QVERIFY(!order.add(
        Product{QStringLiteral("8801000010127"), QStringLiteral("흰우유 1L"), Won(2980), true}));
    m_order = order.snapshot();
}

void TestPaymentAttempt::init()
{
    m_sim.call("POST", QStringLiteral("/__sim/reset"));
    m_recorder = FakeRecorder();
    m_clock.set(QDateTime(QDate(2025, 3, 14), QTime(15, 30)));
}

std::unique_ptr<PaymentAttempt> TestPaymentAttempt::makeAttempt(PaymentAttempt::Options options)
{
    return std::make_unique<PaymentAttempt>(m_client.get(), &m_recorder, &m_clock, m_order,
                                            options);
}

bool TestPaymentAttempt::waitForPage(PaymentAttempt *attempt)
{
    QSignalSpy page(attempt, &PaymentAttempt::pageReady);
    if (attempt->state() != PaymentState::AwaitingBuyer && !page.wait(5000))
        return false;
    return attempt->state() == PaymentState::AwaitingBuyer;
}

void TestPaymentAttempt::happyPath()
{
    auto attempt = makeAttempt();
    QSignalSpy pageReady(attempt.get(), &PaymentAttempt::pageReady);
    QSignalSpy approved(attempt.get(), &PaymentAttempt::approved);
    QSignalSpy finished(attempt.get(), &PaymentAttempt::finished);
    QSignalSpy failed(attempt.get(), &PaymentAttempt::failed);
    attempt->start();
    QVERIFY(pageReady.wait(5000));
    QCOMPARE(attempt->state(), PaymentState::AwaitingBuyer);
    const QUrl page = pageReady.first().at(0).toUrl();
    QCOMPARE(page.host(), m_sim.url().host());
    QCOMPARE(pageReady.first().at(1).toDateTime(), m_clock.now().addSecs(15 * 60));
    QCOMPARE(attempt->remainingSeconds(), 15 * 60);
    const QString tid = attempt->record().tid;
    QVERIFY(tid.startsWith(u'T'));

    // What ready carried: the exact amounts and our own return URLs.
    const QJsonObject sent = m_sim.payment(tid);
    QCOMPARE(sent.value(QLatin1String("partner_order_id")).toString(), attempt->partnerOrderId());
    QCOMPARE(sent.value(QLatin1String("amount")).toObject().value(QLatin1String("total")).toInt(),
             11980);
    QCOMPARE(
        sent.value(QLatin1String("amount")).toObject().value(QLatin1String("tax_free")).toInt(),
        2980);
    QCOMPARE(sent.value(QLatin1String("item_name")).toString(),
             QStringLiteral("아메리카노 외 1건"));

    const QUrl redirect =
        m_sim.buyer(tid, QStringLiteral("approve"), QStringLiteral("?method=CARD"));
    QVERIFY(!QUrlQuery(redirect).queryItemValue(QStringLiteral("pg_token")).isEmpty());
    QVERIFY(attempt->handleNavigation(redirect));
    QVERIFY(approved.wait(5000));
    QCOMPARE(attempt->state(), PaymentState::Approved);
    const PaymentRecord record = approved.first().at(0).value<PaymentRecord>();
    QVERIFY(record.aid.startsWith(u'A'));
    QVERIFY(record.approvedAt.isValid());
    QCOMPARE(record.paymentMethodType, QStringLiteral("CARD"));
    QVERIFY(record.cardJson.startsWith(u'{'));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_recorder.events, QStringList({"created", "ready-answered", "token-received",
                                             "approve-sent", "approved"}));
    QCOMPARE(m_recorder.last().state, PaymentState::Approved);
    QCOMPARE(m_recorder.last().aid, record.aid);
    QCOMPARE(m_sim.payment(tid).value(QLatin1String("status")).toString(),
             QStringLiteral("SUCCESS_PAYMENT"));
    QCOMPARE(m_sim.requestCount(QStringLiteral("approve")), 1);
}

void TestPaymentAttempt::doubleStartSendsOneReady()
{
    auto attempt = makeAttempt();
    attempt->start();
    attempt->start(); // double press
    QVERIFY(waitForPage(attempt.get()));
    attempt->start(); // held Enter, later
    QTest::qWait(200);
    QCOMPARE(m_sim.requestCount(QStringLiteral("ready")), 1);
    QCOMPARE(m_recorder.events.count(QStringLiteral("created")), 1);
}

void TestPaymentAttempt::buyerCancels()
{
    auto attempt = makeAttempt();
    QSignalSpy failed(attempt.get(), &PaymentAttempt::failed);
    QSignalSpy finished(attempt.get(), &PaymentAttempt::finished);
    attempt->start();
    QVERIFY(waitForPage(attempt.get()));
    const QUrl redirect = m_sim.buyer(attempt->record().tid, QStringLiteral("cancel"));
    QVERIFY(attempt->handleNavigation(redirect));
    QCOMPARE(attempt->state(), PaymentState::BuyerCancelled);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(m_recorder.last().state, PaymentState::BuyerCancelled);
    QCOMPARE(m_sim.requestCount(QStringLiteral("approve")), 0);
}

void TestPaymentAttempt::buyerFails()
{
    auto attempt = makeAttempt();
    QSignalSpy finished(attempt.get(), &PaymentAttempt::finished);
    attempt->start();
    QVERIFY(waitForPage(attempt.get()));
    QVERIFY(attempt->handleNavigation(m_sim.buyer(attempt->record().tid, QStringLiteral("fail"))));
    QCOMPARE(attempt->state(), PaymentState::Failed);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_recorder.last().state, PaymentState::Failed);
}

void TestPaymentAttempt::spoofedRedirectRefused()
{
    auto mine = makeAttempt();
    auto other = makeAttempt();
    QSignalSpy spoofed(mine.get(), &PaymentAttempt::spoofedRedirect);
    mine->start();
    other->start();
    QVERIFY(waitForPage(mine.get()));
    QVERIFY(waitForPage(other.get()));
    QVERIFY(mine->partnerOrderId() != other->partnerOrderId());

    // The other payment's genuine approval redirect must not approve this one.
    const QUrl othersRedirect = m_sim.buyer(other->record().tid, QStringLiteral("approve"));
    QVERIFY(!mine->handleNavigation(othersRedirect));
    QCOMPARE(spoofed.count(), 1);
    // Our own URL with a made-up pg_token but without the nonce.
    QUrl forged = mine->returnUrls().approvalUrl();
    QUrlQuery q(forged);
    q.removeAllQueryItems(QStringLiteral("n"));
    q.addQueryItem(QStringLiteral("pg_token"), QStringLiteral("0123456789abcdef0123"));
    forged.setQuery(q);
    QVERIFY(!mine->handleNavigation(forged));
    QCOMPARE(spoofed.count(), 2);
    // KakaoPay's own pages are none of our business.
    QVERIFY(!mine->handleNavigation(QUrl(QStringLiteral("https://online-pay.kakao.com/x"))));
    QCOMPARE(spoofed.count(), 2);

    QTest::qWait(100);
    QCOMPARE(mine->state(), PaymentState::AwaitingBuyer);
    QCOMPARE(m_sim.requestCount(QStringLiteral("approve")), 0);
}

void TestPaymentAttempt::secondApprovalRedirectIgnored()
{
    auto attempt = makeAttempt();
    QSignalSpy approved(attempt.get(), &PaymentAttempt::approved);
    attempt->start();
    QVERIFY(waitForPage(attempt.get()));
    const QUrl redirect = m_sim.buyer(attempt->record().tid, QStringLiteral("approve"));
    QVERIFY(attempt->handleNavigation(redirect));
    QVERIFY(attempt->handleNavigation(redirect)); // while approve is in flight
    QVERIFY(approved.wait(5000));
    QVERIFY(attempt->handleNavigation(redirect)); // after approval (reload)
    QTest::qWait(200);
    QCOMPARE(approved.count(), 1);
    QCOMPARE(m_sim.requestCount(QStringLiteral("approve")), 1);
}

void TestPaymentAttempt::expiresAfterItsLifetime()
{
    PaymentAttempt::Options options;
    options.tidLifetimeSeconds = 1;
    auto attempt = makeAttempt(options);
    QSignalSpy finished(attempt.get(), &PaymentAttempt::finished);
    QSignalSpy failed(attempt.get(), &PaymentAttempt::failed);
    attempt->start();
    QVERIFY(waitForPage(attempt.get()));
    QCOMPARE(attempt->remainingSeconds(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(attempt->state(), PaymentState::Expired, 3000);
    QCOMPARE(attempt->remainingSeconds(), 0);
    QCOMPARE(finished.count(), 1);
    QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("No money was taken")));
    QCOMPARE(m_recorder.last().state, PaymentState::Expired);
    // A late approval redirect changes nothing.
    QVERIFY(
        attempt->handleNavigation(m_sim.buyer(attempt->record().tid, QStringLiteral("approve"))));
    QTest::qWait(100);
    QCOMPARE(attempt->state(), PaymentState::Expired);
    QCOMPARE(m_sim.requestCount(QStringLiteral("approve")), 0);
}

void TestPaymentAttempt::clockJumpNeitherExpiresNorExtends()
{
    // The PC's clock jumps two hours ahead while the buyer is on the page: the tid's 15 minutes
    // are counted on the monotonic clock, so the payment goes on and is approved.
    auto attempt = makeAttempt();
    QSignalSpy approved(attempt.get(), &PaymentAttempt::approved);
    attempt->start();
    QVERIFY(waitForPage(attempt.get()));
    m_clock.advance(2 * 3600 * 1000);
    QTest::qWait(700);
    QCOMPARE(attempt->state(), PaymentState::AwaitingBuyer);
    QVERIFY(attempt->remainingSeconds() > 14 * 60);
    QVERIFY(
        attempt->handleNavigation(m_sim.buyer(attempt->record().tid, QStringLiteral("approve"))));
    QVERIFY(approved.wait(5000));
    QCOMPARE(attempt->state(), PaymentState::Approved);
}

void TestPaymentAttempt::approveAfterTidExpired()
{
    // The buyer confirmed, then KakaoPay's clock ran out before our approve: -723, settled by
    // order as expired.
    auto attempt = makeAttempt();
    QSignalSpy finished(attempt.get(), &PaymentAttempt::finished);
    attempt->start();
    QVERIFY(waitForPage(attempt.get()));
    const QString tid = attempt->record().tid;
    const QUrl redirect = m_sim.buyer(tid, QStringLiteral("approve"));
    m_sim.call("POST", QStringLiteral("/__sim/tid/%1/expire").arg(tid));
    QVERIFY(attempt->handleNavigation(redirect));
    QVERIFY(finished.wait(8000));
    QCOMPARE(attempt->state(), PaymentState::Expired);
    QCOMPARE(attempt->lastError().code(), -723);
    QCOMPARE(m_sim.paymentActions(tid, QStringLiteral("PAYMENT")), 0);
}

void TestPaymentAttempt::readyHttp500()
{
    m_sim.fault(QStringLiteral("ready"), QStringLiteral("http500"));
    auto attempt = makeAttempt();
    QSignalSpy failed(attempt.get(), &PaymentAttempt::failed);
    QSignalSpy finished(attempt.get(), &PaymentAttempt::finished);
    QSignalSpy pageReady(attempt.get(), &PaymentAttempt::pageReady);
    attempt->start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(attempt->state(), PaymentState::Failed);
    QCOMPARE(attempt->lastError().httpStatus(), 500);
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.first().at(0).toString().isEmpty());
    QCOMPARE(pageReady.count(), 0);
    QCOMPARE(m_recorder.events, QStringList({"created", "ready-failed"}));

    // The order is intact for a retry: a new attempt, a new order id.
    auto retry = makeAttempt();
    retry->start();
    QVERIFY(waitForPage(retry.get()));
    QVERIFY(retry->partnerOrderId() != attempt->partnerOrderId());
}

void TestPaymentAttempt::approveError780()
{
    m_sim.fault(QStringLiteral("approve"), QStringLiteral("error780"));
    auto attempt = makeAttempt();
    QSignalSpy failed(attempt.get(), &PaymentAttempt::failed);
    QSignalSpy approved(attempt.get(), &PaymentAttempt::approved);
    attempt->start();
    QVERIFY(waitForPage(attempt.get()));
    QVERIFY(
        attempt->handleNavigation(m_sim.buyer(attempt->record().tid, QStringLiteral("approve"))));
    // -780 is not final by itself: only order's FAIL_PAYMENT ends the payment.
    QVERIFY(failed.wait(5000));
    QCOMPARE(attempt->state(), PaymentState::Failed);
    QCOMPARE(attempt->lastError().code(), -780);
    QVERIFY(!attempt->lastError().methodResultMessage().isEmpty());
    QVERIFY(failed.first().at(0).toString().contains(attempt->lastError().methodResultMessage()));
    QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("No money was taken")));
    QCOMPARE(approved.count(), 0);
    QCOMPARE(m_recorder.events.last(), QStringLiteral("failed-by-order"));
    QCOMPARE(m_sim.requestCount(QStringLiteral("order")), 1);
}

void TestPaymentAttempt::approveCommitDropSettledByOrder()
{
    // KakaoPay took the approval, but the answer never arrived: order must find it, and the
    // money must be taken exactly once.
    m_sim.fault(QStringLiteral("approve"), QStringLiteral("commit-drop"));
    auto attempt = makeAttempt();
    QSignalSpy approved(attempt.get(), &PaymentAttempt::approved);
    attempt->start();
    QVERIFY(waitForPage(attempt.get()));
    const QString tid = attempt->record().tid;
    QVERIFY(attempt->handleNavigation(m_sim.buyer(tid, QStringLiteral("approve"))));
    QVERIFY(approved.wait(10000));
    QCOMPARE(attempt->state(), PaymentState::Approved);
    QVERIFY(attempt->record().aid.startsWith(u'A'));
    QVERIFY(attempt->record().approvedAt.isValid());
    QCOMPARE(m_recorder.events.last(), QStringLiteral("approved-by-order"));
    QCOMPARE(m_recorder.last().aid, attempt->record().aid);
    QCOMPARE(m_sim.paymentActions(tid, QStringLiteral("PAYMENT")), 1);
    // QNetworkAccessManager may itself re-send a POST whose connection closed without an
    // answer (seen: the second approve gets -702); either way one approval, settled by order.
    QVERIFY(m_sim.requestCount(QStringLiteral("approve")) <= 2);
    QVERIFY(m_sim.requestCount(QStringLiteral("order")) >= 1);
}

void TestPaymentAttempt::approveLostEndsInDoubt()
{
    // The connection closed before KakaoPay acted: order still says AUTH_PASSWORD, and nothing
    // says whether the approve is still on its way. The payment is in doubt: never "failed",
    // never sent again by the attempt (the PaymentSettler decides that, after a quiet period).
    m_sim.fault(QStringLiteral("approve"), QStringLiteral("close"));
    auto attempt = makeAttempt();
    QSignalSpy inDoubt(attempt.get(), &PaymentAttempt::inDoubt);
    QSignalSpy failed(attempt.get(), &PaymentAttempt::failed);
    QSignalSpy finished(attempt.get(), &PaymentAttempt::finished);
    attempt->start();
    QVERIFY(waitForPage(attempt.get()));
    const QString tid = attempt->record().tid;
    QVERIFY(attempt->handleNavigation(m_sim.buyer(tid, QStringLiteral("approve"))));
    QVERIFY(inDoubt.wait(10000));
    QCOMPARE(attempt->state(), PaymentState::InDoubt);
    QVERIFY(attempt->isFinished());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_recorder.last().state, PaymentState::InDoubt);
    QCOMPARE(m_recorder.last().approveSends, 1);
    QCOMPARE(m_recorder.events.last(), QStringLiteral("in-doubt"));
    QCOMPARE(m_sim.requestCount(QStringLiteral("approve")), 1);
    QCOMPARE(m_sim.payment(tid).value(QLatin1String("status")).toString(),
             QStringLiteral("AUTH_PASSWORD"));
}

void TestPaymentAttempt::approveAnswersThatKeepTheDoubt_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("arg");
    // Each leaves KakaoPay's status AUTH_PASSWORD and says nothing final about this approve.
    QTest::newRow("timeout") << QStringLiteral("delay") << QStringLiteral("3000");
    QTest::newRow("http500") << QStringLiteral("http500") << QString();
    QTest::newRow("-785 in progress") << QStringLiteral("error") << QStringLiteral("-785");
    QTest::newRow("-780 no state change") << QStringLiteral("error") << QStringLiteral("-780");
    QTest::newRow("-721 unknown tid") << QStringLiteral("error") << QStringLiteral("-721");
    QTest::newRow("-702 already approved") << QStringLiteral("error") << QStringLiteral("-702");
    QTest::newRow("-783 not approvable") << QStringLiteral("error") << QStringLiteral("-783");
    QTest::newRow("unknown code") << QStringLiteral("error") << QStringLiteral("-999");
}

void TestPaymentAttempt::approveAnswersThatKeepTheDoubt()
{
    QFETCH(QString, kind);
    QFETCH(QString, arg);
    if (kind == QLatin1String("delay"))
        m_sim.fault(QStringLiteral("approve"), kind, arg.toInt());
    else
        m_sim.fault(QStringLiteral("approve"), kind, arg);
    auto attempt = makeAttempt();
    QSignalSpy inDoubt(attempt.get(), &PaymentAttempt::inDoubt);
    QSignalSpy failed(attempt.get(), &PaymentAttempt::failed);
    attempt->start();
    QVERIFY(waitForPage(attempt.get()));
    const QString tid = attempt->record().tid;
    QVERIFY(attempt->handleNavigation(m_sim.buyer(tid, QStringLiteral("approve"))));
    QVERIFY(inDoubt.wait(10000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(attempt->state(), PaymentState::InDoubt);
    QCOMPARE(m_recorder.last().state, PaymentState::InDoubt);
    QVERIFY(!inDoubt.first().at(1).toString().isEmpty());
    QCOMPARE(m_sim.requestCount(QStringLiteral("order")), 1);
    QCOMPARE(m_sim.requestCount(QStringLiteral("approve")), 1);
    if (kind == QLatin1String("delay")) // the slow approve lands after the client gave up
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.payment(tid).value(QLatin1String("status")).toString(),
                                  QStringLiteral("SUCCESS_PAYMENT"), 5000);
}

void TestPaymentAttempt::approveRefusedEndsWithoutMoney()
{
    // KakaoPay refused our only approve (invalid pg_token): it was not carried out, and no
    // other approve of ours exists, so the payment ends and the cashier may take it again.
    m_sim.fault(QStringLiteral("approve"), QStringLiteral("error"), QStringLiteral("-708"));
    auto attempt = makeAttempt();
    QSignalSpy failed(attempt.get(), &PaymentAttempt::failed);
    QSignalSpy inDoubt(attempt.get(), &PaymentAttempt::inDoubt);
    attempt->start();
    QVERIFY(waitForPage(attempt.get()));
    QVERIFY(
        attempt->handleNavigation(m_sim.buyer(attempt->record().tid, QStringLiteral("approve"))));
    QVERIFY(failed.wait(5000));
    QCOMPARE(attempt->state(), PaymentState::Failed);
    QCOMPARE(inDoubt.count(), 0);
    QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("No money was taken")));
    QCOMPARE(m_recorder.events.last(), QStringLiteral("approve-refused"));
}

void TestPaymentAttempt::approveUnreachableIsTriedAgain()
{
    // KakaoPay cannot be reached when the approve is to leave (connection refused): it never
    // left, so it is tried again until KakaoPay is back, and the cashier could stop meanwhile.
    QTemporaryDir dir;
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const QStringList args{QStringLiteral("--port"), QString::number(port),
                           QStringLiteral("--state-file"),
                           dir.filePath(QStringLiteral("sim.json"))};
    auto flaky = std::make_unique<SimProcess>();
    QVERIFY(flaky->start(args));
    const std::unique_ptr<Client> client = flaky->makeClient(ApiGeneration::Current, 2000);
    PaymentAttempt::Options options;
    options.approveRetryMs = 300;
    PaymentAttempt attempt(client.get(), &m_recorder, &m_clock, m_order, options);
    QSignalSpy notice(&attempt, &PaymentAttempt::notice);
    QSignalSpy approved(&attempt, &PaymentAttempt::approved);
    attempt.start();
    QVERIFY(waitForPage(&attempt));
    const QString tid = attempt.record().tid;
    const QUrl redirect = flaky->buyer(tid, QStringLiteral("approve"));
    flaky->stop();
    QVERIFY(attempt.handleNavigation(redirect));
    QVERIFY(notice.wait(5000));
    QCOMPARE(attempt.state(), PaymentState::TokenReceived);
    QCOMPARE(m_recorder.last().approveSends, 0);
    QVERIFY(m_recorder.events.contains(QStringLiteral("approve-not-sent")));
    flaky = std::make_unique<SimProcess>();
    QVERIFY(flaky->start(args));
    QVERIFY(approved.wait(10000));
    QCOMPARE(attempt.state(), PaymentState::Approved);
    QCOMPARE(flaky->paymentActions(tid, QStringLiteral("PAYMENT")), 1);
}

void TestPaymentAttempt::recorderFailureBeforeReadySendsNothing()
{
    m_recorder.failAll = true;
    auto attempt = makeAttempt();
    QSignalSpy failed(attempt.get(), &PaymentAttempt::failed);
    QSignalSpy finished(attempt.get(), &PaymentAttempt::finished);
    attempt->start();
    QCOMPARE(attempt->state(), PaymentState::Failed);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(finished.count(), 1);
    QTest::qWait(200);
    QCOMPARE(m_sim.requestCount(QStringLiteral("ready")), 0);
}

void TestPaymentAttempt::recorderFailureAfterApprovalStillApproves()
{
    m_recorder.failEvent = QStringLiteral("approved");
    auto attempt = makeAttempt();
    QSignalSpy approved(attempt.get(), &PaymentAttempt::approved);
    QSignalSpy warning(attempt.get(), &PaymentAttempt::storageWarning);
    attempt->start();
    QVERIFY(waitForPage(attempt.get()));
    QVERIFY(
        attempt->handleNavigation(m_sim.buyer(attempt->record().tid, QStringLiteral("approve"))));
    QVERIFY(approved.wait(5000));
    QCOMPARE(attempt->state(), PaymentState::Approved);
    QCOMPARE(warning.count(), 1);
    QVERIFY(warning.first().at(0).toString().contains(attempt->partnerOrderId()));
    QCOMPARE(m_recorder.refused, QStringList{QStringLiteral("approved")});
}

void TestPaymentAttempt::abortByCashier()
{
    auto attempt = makeAttempt();
    QSignalSpy finished(attempt.get(), &PaymentAttempt::finished);
    attempt->start();
    QVERIFY(waitForPage(attempt.get()));
    QVERIFY(attempt->abort());
    QCOMPARE(attempt->state(), PaymentState::Aborted);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!attempt->abort());
    QCOMPARE(m_recorder.last().state, PaymentState::Aborted);
    // A redirect arriving afterwards approves nothing.
    QVERIFY(
        attempt->handleNavigation(m_sim.buyer(attempt->record().tid, QStringLiteral("approve"))));
    QTest::qWait(100);
    QCOMPARE(m_sim.requestCount(QStringLiteral("approve")), 0);

    // Approved payments cannot be aborted.
    auto paid = makeAttempt();
    QSignalSpy approved(paid.get(), &PaymentAttempt::approved);
    paid->start();
    QVERIFY(waitForPage(paid.get()));
    QVERIFY(paid->handleNavigation(m_sim.buyer(paid->record().tid, QStringLiteral("approve"))));
    QVERIFY(!paid->abort()); // approve in flight
    QVERIFY(approved.wait(5000));
    QVERIFY(!paid->abort());
    QCOMPARE(paid->state(), PaymentState::Approved);
}

void TestPaymentAttempt::nothingToPay()
{
    auto attempt = std::make_unique<PaymentAttempt>(m_client.get(), &m_recorder, &m_clock,
                                                    OrderSnapshot(), PaymentAttempt::Options());
    QSignalSpy failed(attempt.get(), &PaymentAttempt::failed);
    attempt->start();
    QCOMPARE(attempt->state(), PaymentState::Failed);
    QCOMPARE(failed.count(), 1);
    QTest::qWait(100);
    QCOMPARE(m_sim.requestCount(QStringLiteral("ready")), 0);
}

QTEST_GUILESS_MAIN(TestPaymentAttempt)
#include "tst_paymentattempt.moc"
