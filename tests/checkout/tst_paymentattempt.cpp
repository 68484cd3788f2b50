#include "FakeRecorder.h"
#include "SimProcess.h"

#include "checkout/Order.h"
#include "checkout/PaymentAttempt.h"
#include "core/Clock.h"
#include "kakaopay/KakaoPayClient.h"

#include <QSignalSpy>
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
    void expiresByClock();
    void approveAfterTidExpired();
    void readyHttp500();
    void approveError780();
    void approveCommitDropSettledByOrder();
    void approveLostBeforeKakaoPayTookItIsSentAgain();
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

void TestPaymentAttempt::expiresByClock()
{
    PaymentAttempt::Options options;
    options.tidLifetimeSeconds = 60;
    auto attempt = makeAttempt(options);
    QSignalSpy finished(attempt.get(), &PaymentAttempt::finished);
    attempt->start();
    QVERIFY(waitForPage(attempt.get()));
    QCOMPARE(attempt->remainingSeconds(), 60);
    m_clock.advance(59'500);
    QCOMPARE(attempt->remainingSeconds(), 1);
    QTest::qWait(700);
    QCOMPARE(attempt->state(), PaymentState::AwaitingBuyer);
    m_clock.advance(500);
    QTRY_COMPARE_WITH_TIMEOUT(attempt->state(), PaymentState::Expired, 3000);
    QCOMPARE(attempt->remainingSeconds(), 0);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_recorder.last().state, PaymentState::Expired);
    // A late approval redirect changes nothing.
    QVERIFY(
        attempt->handleNavigation(m_sim.buyer(attempt->record().tid, QStringLiteral("approve"))));
    QTest::qWait(100);
    QCOMPARE(attempt->state(), PaymentState::Expired);
    QCOMPARE(m_sim.requestCount(QStringLiteral("approve")), 0);
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
    QVERIFY(failed.wait(5000));
    QCOMPARE(attempt->state(), PaymentState::Failed);
    QCOMPARE(attempt->lastError().code(), -780);
    QVERIFY(!attempt->lastError().methodResultMessage().isEmpty());
    QCOMPARE(failed.first().at(0).toString(), attempt->lastError().methodResultMessage());
    QCOMPARE(approved.count(), 0);
    QCOMPARE(m_recorder.last().lastErrorCode, -780);
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

void TestPaymentAttempt::approveLostBeforeKakaoPayTookItIsSentAgain()
{
    // The connection closed before KakaoPay acted: order still says AUTH_PASSWORD, so the
    // unused pg_token is sent once more.
    m_sim.fault(QStringLiteral("approve"), QStringLiteral("close"));
    auto attempt = makeAttempt();
    QSignalSpy approved(attempt.get(), &PaymentAttempt::approved);
    attempt->start();
    QVERIFY(waitForPage(attempt.get()));
    const QString tid = attempt->record().tid;
    QVERIFY(attempt->handleNavigation(m_sim.buyer(tid, QStringLiteral("approve"))));
    QVERIFY(approved.wait(10000));
    QCOMPARE(m_sim.requestCount(QStringLiteral("approve")), 2); // by us or by QNAM's retry
    QCOMPARE(m_sim.paymentActions(tid, QStringLiteral("PAYMENT")), 1);
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
