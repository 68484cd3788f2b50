#include "CliProcess.h"
#include "FakeRecorder.h"
#include "PaidPayment.h"
#include "SimProcess.h"

#include "checkout/Order.h"
#include "checkout/PaymentAttempt.h"
#include "kakaopay/KakaoPayClient.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/JournalLock.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QUrlQuery>
#include <QtTest>

#include <memory>

using namespace KakaoPay;

// `paydesk-cli reconcile` as a process against the simulator process, on a journal left the
// way a crash leaves it. Each case closes the journal before the CLI runs and reopens it to see
// what the CLI wrote.
class TestCliReconcile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void approvedByCommitDropAndExpiredSettled();
    void pendingRefundSettled();
    void unreachableChangesNothing();
    void customerNotFinishedIsClosedWithoutAsking();
    void inDoubtLeftOpenWhenKakaoPayKeepsSilent();
    void counterSettingsUsedUnlessOverridden();
    void nothingToReconcile();
    void missingKeyChangesNothing();
    void refusals();
    void journalInUseByTheAppChangesNothing();

private:
    // A payment with a real tid on the simulator, as the journal has it after ready.
    PaymentRecord awaitingBuyer(Clock *clock = Clock::system());
    // The buyer approved on the page; the approve went out, its answer was never recorded.
    PaymentRecord approving();
    void store(const PaymentRecord &record, const QString &event);
    std::optional<PaymentRecord> load(const QString &partnerOrderId);
    int auditCount();
    CliRun reconcile(const QStringList &extra = {}, const QString &key = SimProcess::kKey);

    SimProcess m_sim;
    std::unique_ptr<Client> m_client;
    QTemporaryDir m_home;
    QString m_db;
    int m_case = 0;
};

void TestCliReconcile::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(m_sim.start(), "the simulator did not start (PAYDESK_SIM_BIN)");
    ClientConfig config;
    config.baseUrl = m_sim.url();
    config.timeoutMs = 3000;
    m_client =
        std::make_unique<Client>(config, [] { return QString::fromLatin1(SimProcess::kKey); });
}

void TestCliReconcile::init()
{
    m_sim.call("POST", QStringLiteral("/__sim/reset"));
    m_db = m_home.filePath(QStringLiteral("journal-%1.sqlite").arg(++m_case));
    Database db(m_db);
    QVERIFY(db.open());
    QFile::remove(m_home.filePath(QStringLiteral("config/PayDesk/PayDesk.conf")));
}

PaymentRecord TestCliReconcile::awaitingBuyer(Clock *clock)
{
    Order order;
    order.add(
        Product{QStringLiteral("8801000010011"), QStringLiteral("아메리카노"), Won(4500), false},
        2);
    FakeRecorder scratch;
    PaymentAttempt attempt(m_client.get(), &scratch, clock, order.snapshot(), {});
    QSignalSpy page(&attempt, &PaymentAttempt::pageReady);
    attempt.start();
    if (!page.wait(5000))
        return {};
    return attempt.record(); // the attempt goes away like a crashed process
}

PaymentRecord TestCliReconcile::approving()
{
    PaymentRecord record = awaitingBuyer();
    if (record.tid.isEmpty())
        return {};
    const QUrl redirect = m_sim.buyer(record.tid, QStringLiteral("approve"));
    record.pgToken = QUrlQuery(redirect).queryItemValue(QStringLiteral("pg_token"));
    record.state = PaymentState::Approving;
    return record;
}

void TestCliReconcile::store(const PaymentRecord &record, const QString &event)
{
    Database db(m_db);
    QVERIFY(db.open());
    Journal journal(&db);
    QVERIFY(journal.record(record, event));
}

std::optional<PaymentRecord> TestCliReconcile::load(const QString &partnerOrderId)
{
    Database db(m_db);
    if (!db.open())
        return std::nullopt;
    return Journal(&db).payment(partnerOrderId);
}

int TestCliReconcile::auditCount()
{
    Database db(m_db);
    if (!db.open())
        return -1;
    return int(Journal(&db).audit().size());
}

CliRun TestCliReconcile::reconcile(const QStringList &extra, const QString &key)
{
    // A short timeout: the quiet period before the one re-send of an approve is twice it.
    QStringList arguments{QStringLiteral("reconcile"), QStringLiteral("--database"), m_db};
    if (!extra.contains(QStringLiteral("--timeout-ms")))
        arguments << QStringLiteral("--timeout-ms") << QStringLiteral("500");
    if (!extra.contains(QStringLiteral("--base-url")))
        arguments << QStringLiteral("--base-url") << m_sim.url().toString();
    const CliRun r = runCli(m_home.path(), arguments + extra, key);
    qInfo().noquote() << QString::fromUtf8(r.out).trimmed();
    return r;
}

void TestCliReconcile::approvedByCommitDropAndExpiredSettled()
{
    // 1. KakaoPay took the approval, but the answer was lost: the journal says Approving.
    PaymentRecord taken = approving();
    QVERIFY(!taken.pgToken.isEmpty());
    store(taken, QStringLiteral("approve-sent"));
    m_sim.fault(QStringLiteral("approve"), QStringLiteral("commit-drop"));
    ApproveRequest request;
    request.tid = taken.tid;
    request.partnerOrderId = taken.partnerOrderId;
    request.partnerUserId = taken.partnerUserId;
    request.pgToken = taken.pgToken;
    std::optional<bool> answered;
    m_client->approve(request, this, [&](const Result<ApproveResponse> &r) { answered = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(answered.has_value(), 10000);
    QVERIFY(!*answered);
    QCOMPARE(m_sim.payment(taken.tid).value("status").toString(),
             QStringLiteral("SUCCESS_PAYMENT"));

    // 2. A buyer who never finished, the tid's 15 minutes long past: no approve ever left.
    ManualClock earlier(QDateTime::currentDateTime().addSecs(-20 * 60));
    const PaymentRecord stale = awaitingBuyer(&earlier);
    QVERIFY(!stale.tid.isEmpty());
    QVERIFY(stale.expiresAt < QDateTime::currentDateTime());
    store(stale, QStringLiteral("ready-answered"));
    m_sim.call("POST", QStringLiteral("/__sim/tid/%1/expire").arg(stale.tid));

    const int approvesBefore = m_sim.requestCount(QStringLiteral("approve"));
    const CliRun r = reconcile();
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Oldest first: the stale payment was made 20 minutes "ago".
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(QStringLiteral("settled ") + stale.partnerOrderId));
    QVERIFY2(lines[0].endsWith(QStringLiteral("no money taken (awaiting_buyer -> aborted)")),
             qPrintable(lines[0]));
    QVERIFY(lines[1].startsWith(QStringLiteral("settled ") + taken.partnerOrderId + u' ' +
                                taken.tid + QStringLiteral(" ₩9,000: paid (approval A")));
    QVERIFY2(lines[1].endsWith(QStringLiteral("(approving -> approved)")), qPrintable(lines[1]));
    QCOMPARE(lines[2], QStringLiteral("Payments: 2 settled, 0 left open. Refunds: 0 settled, 0 "
                                      "left open."));

    const auto approved = load(taken.partnerOrderId);
    QVERIFY(approved);
    QCOMPARE(approved->state, PaymentState::Approved);
    QVERIFY(approved->aid.startsWith(u'A'));
    const QJsonArray actions = m_sim.payment(taken.tid).value("payment_action_details").toArray();
    QVERIFY(!actions.isEmpty());
    QCOMPARE(approved->aid, actions.first().toObject().value("aid").toString());
    QVERIFY(approved->approvedAt.isValid());
    QCOMPARE(load(stale.partnerOrderId)->state, PaymentState::Aborted);
    // Settled by order alone: no second approve, the money taken once.
    QCOMPARE(m_sim.requestCount(QStringLiteral("approve")), approvesBefore);
    QCOMPARE(m_sim.paymentActions(taken.tid, QStringLiteral("PAYMENT")), 1);

    // Run again: nothing left.
    const CliRun again = reconcile();
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.startsWith("Nothing to reconcile"));
}

void TestCliReconcile::pendingRefundSettled()
{
    // An approved payment, a refund written as pending, the cancel carried out by KakaoPay but
    // its answer lost.
    PaymentRecord paid = approving();
    QVERIFY(!paid.tid.isEmpty());
    ApproveRequest approve;
    approve.tid = paid.tid;
    approve.partnerOrderId = paid.partnerOrderId;
    approve.partnerUserId = paid.partnerUserId;
    approve.pgToken = paid.pgToken;
    std::optional<Result<ApproveResponse>> approval;
    m_client->approve(approve, this, [&](const Result<ApproveResponse> &r) { approval = r; });
    QTRY_VERIFY_WITH_TIMEOUT(approval.has_value(), 10000);
    QVERIFY(approval->ok());
    paid.state = PaymentState::Approved;
    paid.aid = approval->value.aid;
    paid.approvedAt = QDateTime::currentDateTime();
    store(paid, QStringLiteral("approved"));

    const AmountSplit part{Won(4500), Won(0), Won::vatOf(Won(4500), Won(0))};
    qint64 refundId = 0;
    {
        Database db(m_db);
        QVERIFY(db.open());
        Journal journal(&db);
        refundId = journal.beginRefund(paid.partnerOrderId, part, QStringLiteral("김민지"),
                                       QStringLiteral("고객 변심"));
        QVERIFY(refundId > 0);
        QVERIFY(PaidPayment::cancelSent(&journal, refundId));
    }
    m_sim.fault(QStringLiteral("cancel"), QStringLiteral("commit-drop"));
    CancelRequest cancel;
    cancel.tid = paid.tid;
    cancel.cancelAmount = part.total;
    cancel.cancelTaxFreeAmount = part.taxFree;
    std::optional<bool> answered;
    m_client->cancel(cancel, this, [&](const Result<CancelResponse> &r) { answered = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(answered.has_value(), 10000);
    QVERIFY(!*answered);

    const CliRun r = reconcile();
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains(QStringLiteral("settled refund #%1 %2 -₩4,500: refunded")
                                .arg(refundId)
                                .arg(paid.partnerOrderId)
                                .toUtf8()),
             r.out.constData());
    QVERIFY(r.out.contains("Payments: 0 settled, 0 left open. Refunds: 1 settled, 0 left open."));
    Database db(m_db);
    QVERIFY(db.open());
    Journal journal(&db);
    QCOMPARE(journal.refund(refundId)->state, RefundRecord::State::Done);
    QCOMPARE(journal.payment(paid.partnerOrderId)->state, PaymentState::PartRefunded);
    QCOMPARE(journal.payment(paid.partnerOrderId)->refundedTotal, Won(4500));
}

void TestCliReconcile::unreachableChangesNothing()
{
    const PaymentRecord record = approving();
    QVERIFY(!record.pgToken.isEmpty());
    store(record, QStringLiteral("approve-sent"));
    const int auditBefore = auditCount();
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();

    const CliRun r =
        reconcile({QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                   QStringLiteral("--timeout-ms"), QStringLiteral("3000")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.startsWith(QStringLiteral("open    %1").arg(record.partnerOrderId).toUtf8()),
             r.out.constData());
    QVERIFY(r.out.contains("Payments: 0 settled, 1 left open."));
    QVERIFY(r.out.contains("do not take it again"));
    QCOMPARE(load(record.partnerOrderId)->state, PaymentState::Approving);
    QCOMPARE(load(record.partnerOrderId)->pgToken, record.pgToken);
    QCOMPARE(auditCount(), auditBefore);
    QCOMPARE(m_sim.requestCount(QStringLiteral("approve")), 0);
    QCOMPARE(m_sim.payment(record.tid).value("status").toString(), QStringLiteral("AUTH_PASSWORD"));
}

void TestCliReconcile::customerNotFinishedIsClosedWithoutAsking()
{
    // The app stopped while the buyer was on KakaoPay's page: no approve of ours ever left, and
    // none will (the page and its redirect are gone), so no money can be taken.
    const PaymentRecord record = awaitingBuyer();
    store(record, QStringLiteral("ready-answered"));
    const int ordersBefore = m_sim.requestCount(QStringLiteral("order"));
    const CliRun r = reconcile();
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("settled %1").arg(record.partnerOrderId).toUtf8()));
    QVERIFY(r.out.contains("(awaiting_buyer -> aborted)"));
    QCOMPARE(load(record.partnerOrderId)->state, PaymentState::Aborted);
    QCOMPARE(m_sim.requestCount(QStringLiteral("order")), ordersBefore);
}

void TestCliReconcile::inDoubtLeftOpenWhenKakaoPayKeepsSilent()
{
    // In doubt, and KakaoPay's order keeps saying AUTH_PASSWORD while the one re-send is spent:
    // left open (exit 3), nothing sent, the journal unchanged.
    PaymentRecord record = approving();
    QVERIFY(!record.pgToken.isEmpty());
    record.state = PaymentState::InDoubt;
    record.approveSends = 2;
    store(record, QStringLiteral("in-doubt"));
    const CliRun r = reconcile({QStringLiteral("--wait-ms"), QStringLiteral("1500")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.startsWith(QStringLiteral("open    %1").arg(record.partnerOrderId).toUtf8()),
             r.out.constData());
    QVERIFY(m_sim.requestCount(QStringLiteral("order")) >= 2); // asked again and again
    QCOMPARE(m_sim.requestCount(QStringLiteral("approve")), 0);
    QCOMPARE(load(record.partnerOrderId)->state, PaymentState::InDoubt);
}

void TestCliReconcile::counterSettingsUsedUnlessOverridden()
{
    // The counter's settings name a CID the simulator does not know: reconcile uses it, so
    // KakaoPay refuses and the payment stays open (never closed on a wrong merchant code).
    QDir().mkpath(m_home.filePath(QStringLiteral("config/PayDesk")));
    QFile conf(m_home.filePath(QStringLiteral("config/PayDesk/PayDesk.conf")));
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("[kakaopay]\ncid=CT00OTHER1\n");
    conf.close();
    const PaymentRecord record = approving();
    store(record, QStringLiteral("approve-sent"));

    const CliRun withSettings = reconcile();
    QCOMPARE(withSettings.exitCode, 3);
    QCOMPARE(load(record.partnerOrderId)->state, PaymentState::Approving);
    const QJsonArray requests =
        m_sim.call("GET", QStringLiteral("/__sim/requests")).value("requests").toArray();
    QVERIFY(!requests.isEmpty());
    QVERIFY(requests.last().toObject().value("body").toString().contains("CT00OTHER1"));

    const CliRun overridden = reconcile({QStringLiteral("--cid"), QStringLiteral("TC0ONETIME")});
    QVERIFY2(overridden.exitCode == 0, overridden.out.constData());
    QCOMPARE(load(record.partnerOrderId)->state, PaymentState::Approved);
}

void TestCliReconcile::nothingToReconcile()
{
    const CliRun r = reconcile();
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("Nothing to reconcile"));
    QCOMPARE(m_sim.requestCount(QStringLiteral("order")), 0);
}

void TestCliReconcile::missingKeyChangesNothing()
{
    const PaymentRecord record = approving();
    store(record, QStringLiteral("approve-sent"));
    const int auditBefore = auditCount();
    const CliRun r = reconcile({}, QString());
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("PAYDESK_SECRET_KEY"));
    QCOMPARE(load(record.partnerOrderId)->state, PaymentState::Approving);
    QCOMPARE(auditCount(), auditBefore);
    QCOMPARE(m_sim.requestCount(QStringLiteral("order")), 0);
}

void TestCliReconcile::refusals()
{
    // The training journal is paid on a simulator of the moment: its address is required.
    CliRun r = runCli(m_home.path(), {QStringLiteral("reconcile"), QStringLiteral("--training")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--base-url"));

    // Training tids are never asked of a real server (nor real ones of a simulator).
    r = runCli(m_home.path(),
               {QStringLiteral("reconcile"), QStringLiteral("--training"),
                QStringLiteral("--base-url"), QStringLiteral("https://open-api.kakaopay.com")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--training"), r.err.constData());

    // A server on this computer is the training simulator, as in the app: the training journal
    // is reconciled, never the real one. Not there: said, and no empty file made.
    r = runCli(m_home.path(),
               {QStringLiteral("reconcile"), QStringLiteral("--base-url"), m_sim.url().toString()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("data/PayDesk/PayDesk/paydesk-training.sqlite"), r.err.constData());
    QVERIFY(!QFileInfo::exists(
        m_home.filePath(QStringLiteral("data/PayDesk/PayDesk/paydesk-training.sqlite"))));
    QCOMPARE(m_sim.requestCount(QStringLiteral("order")), 0);

    // Plain http to another computer: refused before anything is sent.
    r = runCli(m_home.path(), {QStringLiteral("reconcile"), QStringLiteral("--database"), m_db,
                               QStringLiteral("--base-url"), QStringLiteral("http://192.0.2.10")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("https"), r.err.constData());
}

void TestCliReconcile::journalInUseByTheAppChangesNothing()
{
    // The app on this counter holds the journal (here: this test process, which is alive):
    // reconcile must not settle payments behind its back.
    const PaymentRecord record = approving();
    store(record, QStringLiteral("approve-sent"));
    const int auditBefore = auditCount();
    JournalLock appLock(m_db);
    QVERIFY(appLock.tryLock());

    const CliRun r = reconcile({});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QString::number(QCoreApplication::applicationPid()).toUtf8()),
             r.err.constData());
    QCOMPARE(load(record.partnerOrderId)->state, PaymentState::Approving);
    QCOMPARE(auditCount(), auditBefore);
    QCOMPARE(m_sim.requestCount(QStringLiteral("order")), 0);
    QCOMPARE(m_sim.requestCount(QStringLiteral("approve")), 0);
}

QTEST_GUILESS_MAIN(TestCliReconcile)
#include "tst_clireconcile.moc"
