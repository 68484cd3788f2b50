#include "ClientWait.h"
#include "FakeRecorder.h"
#include "SimProcess.h"
#include "TestOrders.h"

#include "checkout/PaymentAttempt.h"
#include "checkout/PaymentSettler.h"
#include "core/Clock.h"
#include "kakaopay/KakaoPayClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QUrlQuery>
#include <QtTest>

#include <memory>

using namespace KakaoPay;

// PaymentSettler against the simulator process: a payment whose approve may or may not have
// gone through is settled only by KakaoPay's word, with at most one re-send of approve, after a
// quiet period.
class TestPaymentSettler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void approvedAtKakaoPaySettlesApproved();
    void finalStatusesSettle_data();
    void finalStatusesSettle();
    void resendsOnceAfterTheQuietPeriod();
    void neverResendsTwice();
    void slowFirstApproveKeepsTheDoubtUntilItLands();
    void refusedResendEndsNotPaidOnlyAfterAQuietPeriod();
    void unknownTidStaysOpen();
    void unreachableStaysOpen();
    void releaseIsRecorded();

private:
    // A payment the buyer confirmed at the simulator (AUTH_PASSWORD, pg_token) and that PayDesk
    // recorded as in doubt after one approve.
    PaymentRecord confirmedInDoubt();
    std::unique_ptr<PaymentSettler> settler(const PaymentRecord &record, qint64 quietMs,
                                            Client *client = nullptr);

    SimProcess m_sim;
    std::unique_ptr<Client> m_client;
    FakeRecorder m_recorder;
    int m_orders = 0;
};

void TestPaymentSettler::initTestCase()
{
    QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
    m_client = m_sim.makeClient(ApiGeneration::Current, 2000);
}

void TestPaymentSettler::init()
{
    m_sim.reset();
    m_recorder = FakeRecorder();
}

PaymentRecord TestPaymentSettler::confirmedInDoubt()
{
    const OrderSnapshot order = TestOrders::sample();
    PaymentRecord r;
    r.partnerOrderId = QStringLiteral("SETTLE-%1").arg(++m_orders);
    r.partnerUserId = QStringLiteral("POS1");
    r.lines = order.lines;
    r.totals = order.totals;
    r.itemName = order.itemName;
    r.quantity = order.quantity;
    const ReadyRequest ready = TestOrders::readyRequest(r.partnerOrderId, order);
    const auto answer = ClientWait::ready(*m_client, ready);
    if (!answer || !answer->ok())
        return {};
    r.tid = answer->value.tid;
    r.pgToken = m_sim.buyerApproves(r.tid);
    r.state = PaymentState::InDoubt;
    r.approveSends = 1;
    return r;
}

std::unique_ptr<PaymentSettler> TestPaymentSettler::settler(const PaymentRecord &record,
                                                            qint64 quietMs, Client *client)
{
    PaymentSettler::Options options;
    options.quietMs = quietMs;
    options.backoffMs = {100, 200};
    return std::make_unique<PaymentSettler>(client ? client : m_client.get(), &m_recorder, record,
                                            options);
}

void TestPaymentSettler::approvedAtKakaoPaySettlesApproved()
{
    PaymentRecord r = confirmedInDoubt();
    QVERIFY(!r.tid.isEmpty());
    // Our approve did land; only its answer was lost.
    ApproveRequest approve{r.tid, r.partnerOrderId, r.partnerUserId, r.pgToken, {}, {}};
    QVERIFY(ClientWait::approve(*m_client, approve)->ok());
    auto s = settler(r, 60000);
    QSignalSpy settled(s.get(), &PaymentSettler::settled);
    s->start();
    QVERIFY(settled.wait(5000));
    const PaymentRecord done = settled.first().at(0).value<PaymentRecord>();
    QCOMPARE(done.state, PaymentState::Approved);
    QVERIFY(done.aid.startsWith(u'A'));
    QVERIFY(done.approvedAt.isValid());
    QCOMPARE(m_recorder.events.last(), QStringLiteral("settled-approved"));
    QCOMPARE(m_recorder.last().state, PaymentState::Approved);
    QCOMPARE(m_sim.requestCount(QStringLiteral("approve")), 1); // ours, none from the settler
}

void TestPaymentSettler::finalStatusesSettle_data()
{
    QTest::addColumn<QString>("buyer");
    QTest::addColumn<int>("state");
    QTest::newRow("quit") << QStringLiteral("cancel") << int(PaymentState::BuyerCancelled);
    QTest::newRow("fail") << QStringLiteral("fail") << int(PaymentState::Failed);
}

void TestPaymentSettler::finalStatusesSettle()
{
    QFETCH(QString, buyer);
    QFETCH(int, state);
    PaymentRecord r = confirmedInDoubt();
    QVERIFY(!r.tid.isEmpty());
    // A buyer-side end after the confirmation cannot happen at KakaoPay itself: make it on a
    // fresh tid and pretend the journal says in doubt.
    const ReadyRequest ready = TestOrders::readyRequest(r.partnerOrderId + QStringLiteral("-B"));
    const auto answer = ClientWait::ready(*m_client, ready);
    QVERIFY(answer && answer->ok());
    r.tid = answer->value.tid;
    m_sim.buyer(r.tid, buyer);
    auto s = settler(r, 60000);
    QSignalSpy settled(s.get(), &PaymentSettler::settled);
    s->start();
    QVERIFY(settled.wait(5000));
    QCOMPARE(int(settled.first().at(0).value<PaymentRecord>().state), state);
    QVERIFY(settled.first().at(1).toString().contains(QStringLiteral("no money taken")));
}

void TestPaymentSettler::resendsOnceAfterTheQuietPeriod()
{
    // The approve never reached KakaoPay (AUTH_PASSWORD): after the quiet period, one re-send.
    PaymentRecord r = confirmedInDoubt();
    QVERIFY(!r.tid.isEmpty());
    auto s = settler(r, 800);
    QSignalSpy settled(s.get(), &PaymentSettler::settled);
    QSignalSpy open(s.get(), &PaymentSettler::stillOpen);
    QElapsedTimer clock;
    clock.start();
    s->start();
    QVERIFY(settled.wait(5000));
    QVERIFY2(clock.elapsed() >= 800, "re-sent before the quiet period");
    QVERIFY(open.count() >= 1);
    QCOMPARE(settled.first().at(0).value<PaymentRecord>().state, PaymentState::Approved);
    QCOMPARE(m_sim.requestCount(QStringLiteral("approve")), 1);
    QVERIFY(m_recorder.events.contains(QStringLiteral("approve-resent")));
    // Counted before it left.
    const int resent = int(m_recorder.events.indexOf(QStringLiteral("approve-resent")));
    QCOMPARE(m_recorder.records.at(resent).approveSends, 2);
}

void TestPaymentSettler::neverResendsTwice()
{
    PaymentRecord r = confirmedInDoubt();
    QVERIFY(!r.tid.isEmpty());
    r.approveSends = 2; // the one re-send is spent
    auto s = settler(r, 100);
    QSignalSpy open(s.get(), &PaymentSettler::stillOpen);
    QSignalSpy settled(s.get(), &PaymentSettler::settled);
    s->start();
    QTRY_VERIFY_WITH_TIMEOUT(open.count() >= 5, 5000);
    QCOMPARE(settled.count(), 0);
    QCOMPARE(m_sim.requestCount(QStringLiteral("approve")), 0);
    QVERIFY(!s->openReason().isEmpty());
}

void TestPaymentSettler::slowFirstApproveKeepsTheDoubtUntilItLands()
{
    // The busy day: the counter gave up on its approve, which KakaoPay carries out
    // seconds later. Meanwhile order says AUTH_PASSWORD, and the re-send gets "in progress":
    // the payment stays in doubt and ends approved when the first one lands.
    PaymentRecord r = confirmedInDoubt();
    QVERIFY(!r.tid.isEmpty());
    m_sim.fault(QStringLiteral("approve"), QStringLiteral("delay"), 2500);
    const std::unique_ptr<Client> impatient = m_sim.makeClient(ApiGeneration::Current, 300);
    ApproveRequest approve{r.tid, r.partnerOrderId, r.partnerUserId, r.pgToken, {}, {}};
    const auto first = ClientWait::approve(*impatient, approve);
    QVERIFY(first && first->error.kind() == Error::Kind::Timeout);

    auto s = settler(r, 400);
    QSignalSpy settled(s.get(), &PaymentSettler::settled);
    s->start();
    QVERIFY(settled.wait(8000));
    QCOMPARE(settled.first().at(0).value<PaymentRecord>().state, PaymentState::Approved);
    QCOMPARE(m_sim.paymentActions(r.tid, QStringLiteral("PAYMENT")), 1);
    QCOMPARE(m_sim.requestCount(QStringLiteral("approve")), 2);      // ours, and the one re-send
    QVERIFY(m_recorder.events.contains(QStringLiteral("in-doubt"))); // the re-send's -785
    QCOMPARE(m_recorder.last().state, PaymentState::Approved);
}

void TestPaymentSettler::refusedResendEndsNotPaidOnlyAfterAQuietPeriod()
{
    // The tid expired while in doubt: the re-send gets -723. Only when order, a quiet period
    // later, still shows nothing taken does the payment end, as expired.
    PaymentRecord r = confirmedInDoubt();
    QVERIFY(!r.tid.isEmpty());
    m_sim.call("POST", QStringLiteral("/__sim/tid/%1/expire").arg(r.tid));
    auto s = settler(r, 600);
    QSignalSpy settled(s.get(), &PaymentSettler::settled);
    QElapsedTimer clock;
    clock.start();
    s->start();
    QVERIFY(settled.wait(6000));
    QVERIFY2(clock.elapsed() >= 1200, "ended before a quiet period after the refusal");
    const PaymentRecord done = settled.first().at(0).value<PaymentRecord>();
    QCOMPARE(done.state, PaymentState::Expired);
    QCOMPARE(done.lastErrorCode, -723);
    QVERIFY(m_recorder.events.contains(QStringLiteral("approve-resend-refused")));
    QCOMPARE(m_recorder.events.last(), QStringLiteral("settled-not-approved"));
    QCOMPARE(m_sim.paymentActions(r.tid, QStringLiteral("PAYMENT")), 0);

    // After a restart (the refusal is in the journal, the re-send spent) it is the same.
    m_recorder = FakeRecorder();
    PaymentRecord again = r;
    again.approveSends = 2;
    again.lastErrorCode = -723;
    auto restarted = settler(again, 300);
    QSignalSpy settledAgain(restarted.get(), &PaymentSettler::settled);
    restarted->start();
    QVERIFY(settledAgain.wait(5000));
    QCOMPARE(settledAgain.first().at(0).value<PaymentRecord>().state, PaymentState::Expired);
    QCOMPARE(m_sim.requestCount(QStringLiteral("approve")), 1); // nothing sent after the restart
}

void TestPaymentSettler::unknownTidStaysOpen()
{
    // KakaoPay does not know a tid its ready gave: the wrong account or server. Never settled
    // as "no money taken".
    PaymentRecord r = confirmedInDoubt();
    QVERIFY(!r.tid.isEmpty());
    r.tid = QStringLiteral("T0000000000000000000");
    auto s = settler(r, 100);
    QSignalSpy open(s.get(), &PaymentSettler::stillOpen);
    QSignalSpy settled(s.get(), &PaymentSettler::settled);
    s->start();
    QTRY_VERIFY_WITH_TIMEOUT(open.count() >= 3, 5000);
    QCOMPARE(settled.count(), 0);
    QVERIFY(s->openReason().contains(QStringLiteral("settings")));
    QCOMPARE(m_sim.requestCount(QStringLiteral("approve")), 0);
}

void TestPaymentSettler::unreachableStaysOpen()
{
    PaymentRecord r = confirmedInDoubt();
    QVERIFY(!r.tid.isEmpty());
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    ClientConfig config;
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    config.timeoutMs = 500;
    Client dead(config, [] { return TestOrders::trainingKey(); });
    auto s = settler(r, 100, &dead);
    QSignalSpy open(s.get(), &PaymentSettler::stillOpen);
    QSignalSpy settled(s.get(), &PaymentSettler::settled);
    s->start();
    QTRY_VERIFY_WITH_TIMEOUT(open.count() >= 3, 5000);
    QCOMPARE(settled.count(), 0);
    QVERIFY(m_recorder.records.isEmpty()); // nothing changed, nothing written
}

void TestPaymentSettler::releaseIsRecorded()
{
    PaymentRecord r = confirmedInDoubt();
    QVERIFY(!r.tid.isEmpty());
    auto s = settler(r, 60000);
    QVERIFY(s->markReleased(QStringLiteral("Kim")));
    QCOMPARE(m_recorder.events.last(), QStringLiteral("basket-released"));
    QCOMPARE(m_recorder.last().releasedBy, QStringLiteral("Kim"));
    QCOMPARE(m_recorder.last().state, PaymentState::InDoubt);
    m_recorder.failAll = true;
    QVERIFY(!s->markReleased(QStringLiteral("Lee")));
    QCOMPARE(s->record().releasedBy, QStringLiteral("Kim"));
}

QTEST_GUILESS_MAIN(TestPaymentSettler)
#include "tst_paymentsettler.moc"
