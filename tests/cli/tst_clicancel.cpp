#include "CliProcess.h"
#include "SimProcess.h"

#include "auth/ManagerStore.h"
#include "checkout/Order.h"
#include "checkout/PaymentAttempt.h"
#include "kakaopay/KakaoPayClient.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/JournalLock.h"

#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace KakaoPay;

// `paydesk-cli cancel` of a payment the journal holds, as a process against the simulator
// process: a refund as the app makes it (manager's name and PIN typed at the prompt, journal,
// audit), or nothing at all.
class TestCliCancel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void wrongPinRefundsNothing();
    void managerRefundsAndItIsJournaled();
    void splitOptionsRefused();
    void journalInUseByTheAppRefundsNothing();
    void noManagerRefundsNothing();
    void tidNotInTheJournalIsAPlainCancel();
    void loopbackServerMeansTheTrainingJournal();

private:
    // A payment the app took: ₩11,980 (two coffees and a tax-free milk), approved and journaled.
    PaymentRecord paid(const QString &journalPath);
    void addManager(const QString &journalPath, const QString &name, const QString &pin);
    CliRun cancel(const PaymentRecord &payment, const QString &amount, const QByteArray &typed,
                  const QStringList &extra = {});
    QList<AuditEntry> audit(const QString &journalPath, const QString &action);

    SimProcess m_sim;
    std::unique_ptr<Client> m_client;
    QTemporaryDir m_home;
    QString m_db;
    int m_case = 0;
};

void TestCliCancel::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY2(m_sim.start(), "the simulator did not start (PAYDESK_SIM_BIN)");
    ClientConfig config;
    config.baseUrl = m_sim.url();
    config.timeoutMs = 5000;
    m_client =
        std::make_unique<Client>(config, [] { return QString::fromLatin1(SimProcess::kKey); });
}

void TestCliCancel::init()
{
    m_sim.call("POST", QStringLiteral("/__sim/reset"));
    m_db = m_home.filePath(QStringLiteral("journal-%1.sqlite").arg(++m_case));
}

PaymentRecord TestCliCancel::paid(const QString &journalPath)
{
    QDir().mkpath(QFileInfo(journalPath).absolutePath());
    Database db(journalPath);
    if (!db.open())
        return {};
    Journal journal(&db);
    Order order;
    order.add(
        Product{QStringLiteral("8801000010011"), QStringLiteral("아메리카노"), Won(4500), false},
        2);
    order.add(
        Product{QStringLiteral("8801000020010"), QStringLiteral("흰우유 1L"), Won(2980), true}, 1);
    PaymentAttempt attempt(m_client.get(), &journal, Clock::system(), order.snapshot(), {});
    QSignalSpy page(&attempt, &PaymentAttempt::pageReady);
    QSignalSpy approved(&attempt, &PaymentAttempt::approved);
    attempt.start();
    if (!page.wait(5000))
        return {};
    attempt.handleNavigation(m_sim.buyer(attempt.record().tid, QStringLiteral("approve")));
    if (approved.isEmpty() && !approved.wait(5000))
        return {};
    return attempt.record();
}

void TestCliCancel::addManager(const QString &journalPath, const QString &name, const QString &pin)
{
    QDir().mkpath(QFileInfo(journalPath).absolutePath());
    Database db(journalPath);
    QVERIFY(db.open());
    Journal journal(&db);
    ManagerStore managers(&db, &journal, Clock::system(), 1000);
    QCOMPARE(managers.addManager(name, pin, QStringLiteral("setup")), ManagerStore::Result::Ok);
}

CliRun TestCliCancel::cancel(const PaymentRecord &payment, const QString &amount,
                             const QByteArray &typed, const QStringList &extra)
{
    CliEnvironment env;
    env.input = typed;
    // No keychain for the CLI here (PINs without pepper): the keychain's part is tested in
    // tst_secretstore, and this suite must not touch the "PayDesk" entry other suites use.
    env.variables.insert(
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("unix:path=%1").arg(m_home.filePath(QStringLiteral("no-bus"))));
    QStringList arguments{QStringLiteral("cancel"),
                          QStringLiteral("--tid"),
                          payment.tid,
                          QStringLiteral("--cancel-amount"),
                          amount,
                          QStringLiteral("--base-url"),
                          m_sim.url().toString()};
    if (!extra.contains(QStringLiteral("-")))
        arguments << QStringLiteral("--database") << m_db;
    arguments << extra;
    arguments.removeAll(QStringLiteral("-"));
    const CliRun r = runCli(m_home.path(), arguments, env);
    qInfo().noquote() << "out:" << r.out.trimmed() << "err:" << r.err.trimmed();
    return r;
}

QList<AuditEntry> TestCliCancel::audit(const QString &journalPath, const QString &action)
{
    Database db(journalPath);
    if (!db.open())
        return {};
    AuditFilter filter;
    filter.action = action;
    return Journal(&db).audit(filter);
}

void TestCliCancel::wrongPinRefundsNothing()
{
    const PaymentRecord payment = paid(m_db);
    QVERIFY(!payment.tid.isEmpty());
    addManager(m_db, QStringLiteral("김민지"), QStringLiteral("582047"));
    const CliRun r = cancel(payment, QStringLiteral("5000"), "김민지\n582048\n변심\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("PIN: "), r.err.constData()); // asked, not taken from an argument
    QVERIFY2(r.err.contains("error: refund "), r.err.constData());
    QVERIFY(!r.err.contains("582048")); // what was typed is not repeated
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 0);
    Database db(m_db);
    QVERIFY(db.open());
    Journal journal(&db);
    QCOMPARE(journal.payment(payment.partnerOrderId)->state, PaymentState::Approved);
    QVERIFY(journal.refunds(payment.partnerOrderId).isEmpty());
    QCOMPARE(audit(m_db, QStringLiteral("manager-auth-failed")).size(), 1);
    // No name typed at all: nothing is even checked.
    const CliRun none = cancel(payment, QStringLiteral("5000"), "");
    QCOMPARE(none.exitCode, 1);
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 0);
}

void TestCliCancel::managerRefundsAndItIsJournaled()
{
    const PaymentRecord payment = paid(m_db);
    QVERIFY(!payment.tid.isEmpty());
    addManager(m_db, QStringLiteral("김민지"), QStringLiteral("582047"));
    const CliRun r = cancel(payment, QStringLiteral("4500"), "김민지\n582047\n",
                            {QStringLiteral("--reason"), QStringLiteral("손님 변심")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.startsWith("refunded ₩4,500 of payment"), r.out.constData());
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 1);
    QCOMPARE(m_sim.payment(payment.tid).value("status").toString(),
             QStringLiteral("PART_CANCEL_PAYMENT"));
    {
        Database db(m_db);
        QVERIFY(db.open());
        Journal journal(&db);
        const PaymentRecord after = *journal.payment(payment.partnerOrderId);
        QCOMPARE(after.state, PaymentState::PartRefunded);
        QCOMPARE(after.refundedTotal, Won(4500));
        const QList<RefundRecord> refunds = journal.refunds(payment.partnerOrderId);
        QCOMPARE(refunds.size(), 1);
        QCOMPARE(refunds.first().state, RefundRecord::State::Done);
        QCOMPARE(refunds.first().manager, QStringLiteral("김민지"));
        QCOMPARE(refunds.first().reason, QStringLiteral("손님 변심"));
        // The VAT of what remains is KakaoPay's rule on it (CancelSplit).
        QCOMPARE(refunds.first().amount.total, Won(4500));
    }
    for (const char *action :
         {"manager-auth-ok", "refund-cli", "refund-requested", "refund-cancel-sent", "refund-done"})
        QVERIFY2(audit(m_db, QLatin1String(action)).size() == 1, action);
    QCOMPARE(audit(m_db, QStringLiteral("refund-cli")).first().actor, QStringLiteral("김민지"));

    // The export shows it as the app's refunds are shown.
    const CliRun exported =
        runCli(m_home.path(),
               {QStringLiteral("export"), QStringLiteral("--database"), m_db,
                QStringLiteral("--from=2000-01-01"), QStringLiteral("--to=2100-01-01"),
                QStringLiteral("--format=json"), QStringLiteral("--include-training")},
               QString());
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const QJsonArray rows = QJsonDocument::fromJson(exported.out).array();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).toObject().value("type").toString(), QStringLiteral("refund"));
    QCOMPARE(rows.at(1).toObject().value("total").toInteger(), -4500);

    // The rest, asking for the reason at the prompt this time.
    const CliRun rest = cancel(payment, QStringLiteral("7480"), "김민지\n582047\n영수증 오류\n");
    QVERIFY2(rest.exitCode == 0, rest.err.constData());
    QVERIFY(rest.err.contains("Reason"));
    Database db(m_db);
    QVERIFY(db.open());
    QCOMPARE(Journal(&db).payment(payment.partnerOrderId)->state, PaymentState::Refunded);
    QCOMPARE(m_sim.payment(payment.tid).value("status").toString(),
             QStringLiteral("CANCEL_PAYMENT"));
}

void TestCliCancel::splitOptionsRefused()
{
    const PaymentRecord payment = paid(m_db);
    addManager(m_db, QStringLiteral("김민지"), QStringLiteral("582047"));
    const CliRun r = cancel(payment, QStringLiteral("4500"), "김민지\n582047\n",
                            {QStringLiteral("--cancel-vat"), QStringLiteral("0")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--cancel-vat"), r.err.constData());
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 0);
    QVERIFY(audit(m_db, QStringLiteral("manager-auth-ok")).isEmpty());
}

void TestCliCancel::journalInUseByTheAppRefundsNothing()
{
    const PaymentRecord payment = paid(m_db);
    addManager(m_db, QStringLiteral("김민지"), QStringLiteral("582047"));
    JournalLock app(m_db);
    QVERIFY(app.tryLock());
    const CliRun r = cancel(payment, QStringLiteral("4500"), "김민지\n582047\n변심\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("PayDesk's history"), r.err.constData());
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 0);
}

void TestCliCancel::noManagerRefundsNothing()
{
    const PaymentRecord payment = paid(m_db);
    const CliRun r = cancel(payment, QStringLiteral("4500"), "someone\n582047\n변심\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("manager"), r.err.constData());
    QCOMPARE(m_sim.requestCount(QStringLiteral("cancel")), 0);
    Database db(m_db);
    QVERIFY(db.open());
    QCOMPARE(Journal(&db).payment(payment.partnerOrderId)->state, PaymentState::Approved);
}

void TestCliCancel::tidNotInTheJournalIsAPlainCancel()
{
    // Paid elsewhere (another journal): this one does not know the tid.
    const PaymentRecord elsewhere = paid(m_home.filePath(QStringLiteral("elsewhere.sqlite")));
    QVERIFY(!elsewhere.tid.isEmpty());
    addManager(m_db, QStringLiteral("김민지"), QStringLiteral("582047"));
    const CliRun r = cancel(elsewhere, QStringLiteral("1000"), "");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value("status").toString(), QStringLiteral("PART_CANCEL_PAYMENT"));
    QVERIFY(!r.err.contains("PIN"));
}

void TestCliCancel::loopbackServerMeansTheTrainingJournal()
{
    // The app's own files: a loopback server is the training simulator, so the payment is
    // looked for in the training journal, and the managers come from the real one.
    const QString data = m_home.filePath(QStringLiteral("data/PayDesk/PayDesk"));
    const QString training = data + QStringLiteral("/paydesk-training.sqlite");
    const QString real = data + QStringLiteral("/paydesk.sqlite");
    QFile::remove(training);
    QFile::remove(real);
    const PaymentRecord payment = paid(training);
    QVERIFY(!payment.tid.isEmpty());
    addManager(real, QStringLiteral("Lee"), QStringLiteral("730518"));
    const CliRun r =
        cancel(payment, QStringLiteral("2000"), "Lee\n730518\n연습\n", {QStringLiteral("-")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(audit(training, QStringLiteral("refund-done")).size(), 1);
    QCOMPARE(audit(real, QStringLiteral("manager-auth-ok")).size(), 1);
    QVERIFY(audit(real, QStringLiteral("refund-done")).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliCancel)
#include "tst_clicancel.moc"
