#include "FakeRecorder.h"
#include "SimProcess.h"

#include "checkout/Order.h"
#include "checkout/PaymentAttempt.h"
#include "checkout/Reconciler.h"
#include "core/Clock.h"
#include "kakaopay/KakaoPayClient.h"

#include <QSignalSpy>
#include <QUrlQuery>
#include <QtTest>

#include <memory>

using namespace KakaoPay;

// Recovery of payments left in doubt, against the simulator: each case makes a real tid in
// the state a crash would have left it, then lets the reconciler find out.
class TestReconciler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void approvedWhileWeWereDown();
    void tokenKnownIsApproved();
    void tokenKnownButExpired();
    void buyerQuitAndFailed();
    void pendingLeftOpenUntilExpiry();
    void noTidClosed();
    void unknownTidClosed();
    void finalRecordsSkipped();
    void kakaoPayUnreachableLeavesOpen();

private:
    // A payment with a real tid on the simulator, as the journal would have it after ready.
    PaymentRecord awaitingBuyer();
    QList<ReconcileResult> reconcile(const QList<PaymentRecord> &records, Client *client = nullptr);

    SimProcess m_sim;
    std::unique_ptr<Client> m_client;
    FakeRecorder m_recorder;
    ManualClock m_clock{QDateTime(QDate(2025, 3, 14), QTime(15, 30))};
};

void TestReconciler::initTestCase()
{
    QVERIFY2(m_sim.start(), "the simulator did not start (PAYDESK_SIM_BIN)");
    ClientConfig config;
    config.baseUrl = m_sim.url();
    config.timeoutMs = 2000;
    m_client =
        std::make_unique<Client>(config, [] { return QString::fromLatin1(SimProcess::kKey); });
}

void TestReconciler::init()
{
    m_sim.call("POST", QStringLiteral("/__sim/reset"));
    m_recorder = FakeRecorder();
    m_clock.set(QDateTime(QDate(2025, 3, 14), QTime(15, 30)));
}

PaymentRecord TestReconciler::awaitingBuyer()
{
    Order order;
    order.add(
        Product{QStringLiteral("8801000010011"), QStringLiteral("아메리카노"), Won(4500), false});
    FakeRecorder scratch;
    PaymentAttempt attempt(m_client.get(), &scratch, &m_clock, order.snapshot(), {});
    QSignalSpy page(&attempt, &PaymentAttempt::pageReady);
    attempt.start();
    if (!page.wait(5000))
        return {};
    return attempt.record(); // the attempt goes away like a crashed process
}

QList<ReconcileResult> TestReconciler::reconcile(const QList<PaymentRecord> &records,
                                                 Client *client)
{
    Reconciler reconciler(client ? client : m_client.get(), &m_recorder, &m_clock);
    QSignalSpy finished(&reconciler, &Reconciler::finished);
    QSignalSpy lines(&reconciler, &Reconciler::resultReady);
    reconciler.run(records);
    reconciler.run(records); // ignored while running
    if (!finished.wait(15000))
        return {};
    if (lines.count() != reconciler.results().size())
        return {};
    for (const ReconcileResult &r : reconciler.results())
        qInfo().noquote() << r.text;
    return reconciler.results();
}

void TestReconciler::approvedWhileWeWereDown()
{
    // approve went out and was taken, but the answer was never recorded (state Approving).
    PaymentRecord record = awaitingBuyer();
    QVERIFY(!record.tid.isEmpty());
    const QUrl redirect = m_sim.buyer(record.tid, QStringLiteral("approve"));
    record.pgToken = QUrlQuery(redirect).queryItemValue(QStringLiteral("pg_token"));
    record.state = PaymentState::Approving;
    // The approve whose answer was lost, sent directly.
    ApproveRequest request;
    request.tid = record.tid;
    request.partnerOrderId = record.partnerOrderId;
    request.partnerUserId = record.partnerUserId;
    request.pgToken = record.pgToken;
    bool answered = false;
    m_client->approve(request, this, [&](const Result<ApproveResponse> &r) { answered = r.ok(); });
    QTRY_VERIFY(answered);

    const QList<ReconcileResult> results = reconcile({record});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().after, PaymentState::Approved);
    QCOMPARE(results.first().before, PaymentState::Approving);
    QCOMPARE(results.first().kakaoStatus, QStringLiteral("SUCCESS_PAYMENT"));
    QVERIFY(results.first().settled);
    QVERIFY(results.first().text.contains(record.partnerOrderId));
    QCOMPARE(m_recorder.last().state, PaymentState::Approved);
    QVERIFY(m_recorder.last().aid.startsWith(u'A'));
    QVERIFY(m_recorder.last().approvedAt.isValid());
    QCOMPARE(m_sim.paymentActions(record.tid, QStringLiteral("PAYMENT")), 1);
    QCOMPARE(m_sim.requestCount(QStringLiteral("approve")), 1); // no second approve
}

void TestReconciler::tokenKnownIsApproved()
{
    // The crash came between the approval redirect and approve.
    PaymentRecord record = awaitingBuyer();
    const QUrl redirect = m_sim.buyer(record.tid, QStringLiteral("approve"));
    record.pgToken = QUrlQuery(redirect).queryItemValue(QStringLiteral("pg_token"));
    record.state = PaymentState::TokenReceived;
    const QList<ReconcileResult> results = reconcile({record});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().after, PaymentState::Approved);
    QCOMPARE(m_recorder.events, QStringList({"approve-sent", "reconciled-approved"}));
    QCOMPARE(m_sim.paymentActions(record.tid, QStringLiteral("PAYMENT")), 1);
}

void TestReconciler::tokenKnownButExpired()
{
    PaymentRecord record = awaitingBuyer();
    const QUrl redirect = m_sim.buyer(record.tid, QStringLiteral("approve"));
    record.pgToken = QUrlQuery(redirect).queryItemValue(QStringLiteral("pg_token"));
    record.state = PaymentState::TokenReceived;
    m_clock.set(record.expiresAt.addSecs(1));
    const QList<ReconcileResult> results = reconcile({record});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().after, PaymentState::Expired);
    QCOMPARE(m_sim.requestCount(QStringLiteral("approve")), 0);
}

void TestReconciler::buyerQuitAndFailed()
{
    PaymentRecord quit = awaitingBuyer();
    m_sim.buyer(quit.tid, QStringLiteral("cancel"));
    PaymentRecord failed = awaitingBuyer();
    m_sim.buyer(failed.tid, QStringLiteral("fail"));
    const QList<ReconcileResult> results = reconcile({quit, failed});
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).after, PaymentState::BuyerCancelled);
    QCOMPARE(results.at(0).kakaoStatus, QStringLiteral("QUIT_PAYMENT"));
    QCOMPARE(results.at(1).after, PaymentState::Failed);
    QCOMPARE(results.at(1).kakaoStatus, QStringLiteral("FAIL_AUTH_PASSWORD"));
}

void TestReconciler::pendingLeftOpenUntilExpiry()
{
    const PaymentRecord record = awaitingBuyer();
    QList<ReconcileResult> results = reconcile({record});
    QCOMPARE(results.size(), 1);
    QVERIFY(!results.first().settled);
    QCOMPARE(results.first().after, PaymentState::AwaitingBuyer);
    QCOMPARE(results.first().kakaoStatus, QStringLiteral("READY"));
    QVERIFY(m_recorder.events.isEmpty()); // nothing changed, nothing written

    m_clock.set(record.expiresAt.addSecs(1));
    results = reconcile({record});
    QCOMPARE(results.first().after, PaymentState::Expired);
    QVERIFY(results.first().settled);
    QCOMPARE(m_recorder.events, QStringList{QStringLiteral("reconciled-expired")});
}

void TestReconciler::noTidClosed()
{
    PaymentRecord record;
    record.partnerOrderId = QStringLiteral("POS1-250314-153000-ABCD");
    record.partnerUserId = QStringLiteral("POS1");
    record.state = PaymentState::Created;
    const QList<ReconcileResult> results = reconcile({record});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().after, PaymentState::Failed);
    QVERIFY(results.first().settled);
    QCOMPARE(m_sim.requestCount(QStringLiteral("order")), 0);
}

void TestReconciler::unknownTidClosed()
{
    PaymentRecord record;
    record.partnerOrderId = QStringLiteral("POS1-250314-153000-WXYZ");
    record.tid = QStringLiteral("T0000000000000000000");
    record.state = PaymentState::AwaitingBuyer;
    const QList<ReconcileResult> results = reconcile({record});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().after, PaymentState::Failed);
    QCOMPARE(m_recorder.last().lastErrorCode, -721);
}

void TestReconciler::finalRecordsSkipped()
{
    PaymentRecord done;
    done.partnerOrderId = QStringLiteral("done");
    done.tid = QStringLiteral("T1111111111111111111");
    done.state = PaymentState::Approved;
    const QList<ReconcileResult> results = reconcile({done});
    QVERIFY(results.isEmpty());
    QCOMPARE(m_sim.requestCount(QStringLiteral("order")), 0);
}

void TestReconciler::kakaoPayUnreachableLeavesOpen()
{
    const PaymentRecord record = awaitingBuyer();
    ClientConfig config;
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1")); // nothing listens there
    config.timeoutMs = 1000;
    Client deadClient(config, [] { return QString::fromLatin1(SimProcess::kKey); });
    const QList<ReconcileResult> results = reconcile({record}, &deadClient);
    QCOMPARE(results.size(), 1);
    QVERIFY(!results.first().settled);
    QCOMPARE(results.first().after, PaymentState::AwaitingBuyer);
    QVERIFY(m_recorder.events.isEmpty());
}

QTEST_GUILESS_MAIN(TestReconciler)
#include "tst_reconciler.moc"
