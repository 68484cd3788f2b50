#include "auth/ManagerStore.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <optional>

namespace {
constexpr int kTestIterations = 1000; // production uses PinHasher::kDefaultIterations
}

class TestManagerStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void hashIsNotThePin();
    void saltDiffersPerManager();
    void pinRules();
    void wrongPinCountsDown();
    void lockoutAfterFiveAndUnlockAfterFiveMinutes();
    void rightPinResetsCount();
    void unknownManager();
    void auditRows();
    void lastManagerCannotBeRemoved();
    void renameAndNameRules();
    void changePinNeedsOldPin();
    void defaultIterationsAreStrong();
    void asyncCheckAnswersOnThisThread();
    void asyncAttemptCountsWhenTheCallerIsGone();
    void asyncLockedAnswersWithoutAThread();
    void asyncCheckKeepsTheEventLoopRunning();
    void asyncCheckOutlivingTheStoreRecordsNothing();

private:
    QList<AuditEntry> auditFor(const QString &actor) const;

    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    Journal *m_journal = nullptr;
    ManualClock m_clock{QDateTime(QDate(2024, 5, 1), QTime(9, 0))};
    ManagerStore *m_store = nullptr;
};

void TestManagerStore::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database(m_dir->filePath(QStringLiteral("paydesk.sqlite")));
    QVERIFY(m_db->open());
    m_journal = new Journal(m_db, &m_clock);
    m_store = new ManagerStore(m_db, m_journal, &m_clock, kTestIterations);
    QCOMPARE(m_store->addManager(QStringLiteral("김민지"), QStringLiteral("1234"),
                                 QStringLiteral("setup")),
             ManagerStore::Result::Ok);
}

void TestManagerStore::cleanup()
{
    delete m_store;
    delete m_journal;
    delete m_db;
    delete m_dir;
}

QList<AuditEntry> TestManagerStore::auditFor(const QString &actor) const
{
    AuditFilter f;
    f.actor = actor;
    return m_journal->audit(f);
}

void TestManagerStore::hashIsNotThePin()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT pin_hash, salt, iterations FROM managers")) && q.next());
    const QByteArray hash = q.value(0).toByteArray();
    QCOMPARE(hash.size(), PinHasher::kHashBytes);
    QCOMPARE(q.value(1).toByteArray().size(), PinHasher::kSaltBytes);
    QCOMPARE(q.value(2).toInt(), kTestIterations);
    QVERIFY(!hash.contains("1234"));
    QCOMPARE(hash,
             PinHasher::hash(QStringLiteral("1234"), q.value(1).toByteArray(), kTestIterations));
    // Nowhere in the file, audit included.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE '%1234%'")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestManagerStore::saltDiffersPerManager()
{
    QCOMPARE(
        m_store->addManager(QStringLiteral("박"), QStringLiteral("1234"), QStringLiteral("김민지")),
        ManagerStore::Result::Ok);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT pin_hash, salt FROM managers ORDER BY id")));
    QVERIFY(q.next());
    const QByteArray hash1 = q.value(0).toByteArray(), salt1 = q.value(1).toByteArray();
    QVERIFY(q.next());
    QVERIFY(q.value(1).toByteArray() != salt1);
    QVERIFY(q.value(0).toByteArray() != hash1); // same PIN, different hash
}

void TestManagerStore::pinRules()
{
    QVERIFY(PinHasher::isValidPin(QStringLiteral("0000")));
    QVERIFY(PinHasher::isValidPin(QStringLiteral("123456789012")));
    QVERIFY(!PinHasher::isValidPin(QStringLiteral("123")));
    QVERIFY(!PinHasher::isValidPin(QStringLiteral("1234567890123")));
    QVERIFY(!PinHasher::isValidPin(QStringLiteral("12a4")));
    QVERIFY(!PinHasher::isValidPin(QStringLiteral("١٢٣٤"))); // non-ASCII digits
    QCOMPARE(m_store->addManager(QStringLiteral("x"), QStringLiteral("12"), QStringLiteral("s")),
             ManagerStore::Result::InvalidPin);
    QVERIFY(!ManagerStore::message(ManagerStore::Result::InvalidPin).isEmpty());
}

void TestManagerStore::wrongPinCountsDown()
{
    for (int left = 4; left >= 1; --left) {
        const AuthResult r = m_store->authorize(QStringLiteral("김민지"), QStringLiteral("9999"));
        QCOMPARE(r.status, AuthResult::Status::WrongPin);
        QCOMPARE(r.attemptsLeft, left);
        QVERIFY(!r.message().isEmpty());
    }
}

void TestManagerStore::lockoutAfterFiveAndUnlockAfterFiveMinutes()
{
    for (int i = 0; i < 4; ++i)
        m_store->authorize(QStringLiteral("김민지"), QStringLiteral("9999"));
    const AuthResult fifth = m_store->authorize(QStringLiteral("김민지"), QStringLiteral("9999"));
    QCOMPARE(fifth.status, AuthResult::Status::Locked);
    QCOMPARE(fifth.lockedUntil, m_clock.now().addSecs(300));

    // Locked: even the right PIN is refused.
    m_clock.advance(299 * 1000);
    const AuthResult still = m_store->authorize(QStringLiteral("김민지"), QStringLiteral("1234"));
    QCOMPARE(still.status, AuthResult::Status::Locked);
    QVERIFY(!still.message().isEmpty());

    m_clock.advance(1000);
    QCOMPARE(m_store->authorize(QStringLiteral("김민지"), QStringLiteral("1234")).status,
             AuthResult::Status::Ok);

    // After the lockout ran out without a correct PIN, the count starts again at 5.
    for (int i = 0; i < 5; ++i)
        m_store->authorize(QStringLiteral("김민지"), QStringLiteral("9999"));
    m_clock.advance(301 * 1000);
    const AuthResult again = m_store->authorize(QStringLiteral("김민지"), QStringLiteral("9999"));
    QCOMPARE(again.status, AuthResult::Status::WrongPin);
    QCOMPARE(again.attemptsLeft, 4);

    // The lock survives a restart: it is in the file.
    ManagerStore reopened(m_db, m_journal, &m_clock, kTestIterations);
    for (int i = 0; i < 4; ++i)
        reopened.authorize(QStringLiteral("김민지"), QStringLiteral("9999"));
    ManagerStore other(m_db, m_journal, &m_clock, kTestIterations);
    QCOMPARE(other.authorize(QStringLiteral("김민지"), QStringLiteral("1234")).status,
             AuthResult::Status::Locked);
}

void TestManagerStore::rightPinResetsCount()
{
    for (int i = 0; i < 4; ++i)
        m_store->authorize(QStringLiteral("김민지"), QStringLiteral("9999"));
    const AuthResult ok = m_store->authorize(QStringLiteral("김민지"), QStringLiteral("1234"));
    QVERIFY(ok.ok());
    QCOMPARE(ok.manager, QStringLiteral("김민지"));
    QCOMPARE(m_store->authorize(QStringLiteral("김민지"), QStringLiteral("9999")).attemptsLeft, 4);
}

void TestManagerStore::unknownManager()
{
    const AuthResult r = m_store->authorize(QStringLiteral("nobody"), QStringLiteral("1234"));
    QCOMPARE(r.status, AuthResult::Status::UnknownManager);
    QVERIFY(!r.message().isEmpty());
    QCOMPARE(auditFor(QStringLiteral("nobody")).first().action,
             QStringLiteral("manager-auth-unknown"));
}

void TestManagerStore::auditRows()
{
    m_store->authorize(QStringLiteral("김민지"), QStringLiteral("1234"));
    for (int i = 0; i < 5; ++i)
        m_store->authorize(QStringLiteral("김민지"), QStringLiteral("9999"));
    m_store->authorize(QStringLiteral("김민지"), QStringLiteral("1234"));
    QStringList actions;
    for (const AuditEntry &e : auditFor(QStringLiteral("김민지")))
        actions.prepend(e.action);
    QCOMPARE(actions,
             (QStringList{"manager-auth-ok", "manager-auth-failed", "manager-auth-failed",
                          "manager-auth-failed", "manager-auth-failed", "manager-auth-failed",
                          "manager-locked", "manager-auth-while-locked"}));
    QCOMPARE(auditFor(QStringLiteral("setup")).first().action, QStringLiteral("manager-added"));
}

void TestManagerStore::lastManagerCannotBeRemoved()
{
    QCOMPARE(m_store->removeManager(QStringLiteral("김민지"), QStringLiteral("김민지")),
             ManagerStore::Result::LastManager);
    QCOMPARE(
        m_store->addManager(QStringLiteral("박"), QStringLiteral("5678"), QStringLiteral("김민지")),
        ManagerStore::Result::Ok);
    QCOMPARE(m_store->removeManager(QStringLiteral("김민지"), QStringLiteral("박")),
             ManagerStore::Result::Ok);
    QCOMPARE(m_store->managers(), QStringList{QStringLiteral("박")});
    QCOMPARE(m_store->removeManager(QStringLiteral("박"), QStringLiteral("박")),
             ManagerStore::Result::LastManager);
    QCOMPARE(m_store->removeManager(QStringLiteral("김민지"), QStringLiteral("박")),
             ManagerStore::Result::UnknownManager);
    QCOMPARE(auditFor(QStringLiteral("박")).first().action, QStringLiteral("manager-removed"));
}

void TestManagerStore::renameAndNameRules()
{
    QCOMPARE(
        m_store->addManager(QStringLiteral("Lee"), QStringLiteral("5678"), QStringLiteral("s")),
        ManagerStore::Result::Ok);
    QCOMPARE(
        m_store->addManager(QStringLiteral("  lee "), QStringLiteral("5678"), QStringLiteral("s")),
        ManagerStore::Result::NameTaken);
    QCOMPARE(
        m_store->addManager(QStringLiteral("   "), QStringLiteral("5678"), QStringLiteral("s")),
        ManagerStore::Result::InvalidName);
    QCOMPARE(m_store->renameManager(QStringLiteral("Lee"), QStringLiteral("김민지"),
                                    QStringLiteral("s")),
             ManagerStore::Result::NameTaken);
    QCOMPARE(m_store->renameManager(QStringLiteral("Lee"), QStringLiteral("이서준"),
                                    QStringLiteral("s")),
             ManagerStore::Result::Ok);
    QCOMPARE(
        m_store->renameManager(QStringLiteral("Lee"), QStringLiteral("X"), QStringLiteral("s")),
        ManagerStore::Result::UnknownManager);
    QVERIFY(m_store->authorize(QStringLiteral("이서준"), QStringLiteral("5678")).ok());
    QCOMPARE(auditFor(QStringLiteral("s")).first().action, QStringLiteral("manager-renamed"));
}

void TestManagerStore::changePinNeedsOldPin()
{
    QCOMPARE(m_store->changePin(QStringLiteral("김민지"), QStringLiteral("0000"),
                                QStringLiteral("4321")),
             ManagerStore::Result::WrongPin);
    QCOMPARE(
        m_store->changePin(QStringLiteral("김민지"), QStringLiteral("1234"), QStringLiteral("12")),
        ManagerStore::Result::InvalidPin);
    QCOMPARE(m_store->changePin(QStringLiteral("김민지"), QStringLiteral("1234"),
                                QStringLiteral("4321")),
             ManagerStore::Result::Ok);
    QVERIFY(!m_store->authorize(QStringLiteral("김민지"), QStringLiteral("1234")).ok());
    QVERIFY(m_store->authorize(QStringLiteral("김민지"), QStringLiteral("4321")).ok());
    QStringList actions;
    for (const AuditEntry &e : auditFor(QStringLiteral("김민지")))
        actions << e.action;
    QVERIFY(actions.contains(QStringLiteral("manager-pin-changed")));
    // Wrong old PINs count towards the lockout: changePin is no way around it.
    for (int i = 0; i < 5; ++i)
        m_store->changePin(QStringLiteral("김민지"), QStringLiteral("0000"),
                           QStringLiteral("5555"));
    QCOMPARE(m_store->changePin(QStringLiteral("김민지"), QStringLiteral("4321"),
                                QStringLiteral("5555")),
             ManagerStore::Result::Locked);
}

void TestManagerStore::defaultIterationsAreStrong()
{
    QVERIFY(PinHasher::kDefaultIterations >= 100000);
    PinHasher hasher;
    QCOMPARE(hasher.iterations(), PinHasher::kDefaultIterations);
    const QByteArray salt = PinHasher::newSalt();
    const QByteArray h = hasher.hash(QStringLiteral("1234"), salt);
    QVERIFY(PinHasher::verify(QStringLiteral("1234"), salt, hasher.iterations(), h));
    // A wrong PIN (checked with a cheap count: the comparison, not the cost, is under test).
    const QByteArray cheap = PinHasher::hash(QStringLiteral("1234"), salt, 10);
    QVERIFY(!PinHasher::verify(QStringLiteral("1235"), salt, 10, cheap));
    QVERIFY(cheap != h);
    QVERIFY(PinHasher::constantTimeEquals(h, h));
    QVERIFY(!PinHasher::constantTimeEquals(h, h.left(31)));
}

void TestManagerStore::asyncCheckAnswersOnThisThread()
{
    QObject context;
    std::optional<AuthResult> got;
    QThread *answeredOn = nullptr;
    m_store->authorizeAsync(QStringLiteral("김민지"), QStringLiteral("9999"), &context,
                            [&](const AuthResult &r) {
                                got = r;
                                answeredOn = QThread::currentThread();
                            });
    QVERIFY(!got); // not before the event loop runs
    QTRY_VERIFY(got.has_value());
    QCOMPARE(answeredOn, QThread::currentThread());
    QCOMPARE(got->status, AuthResult::Status::WrongPin);
    QCOMPARE(got->attemptsLeft, ManagerStore::kMaxAttempts - 1);

    got.reset();
    m_store->authorizeAsync(QStringLiteral("김민지"), QStringLiteral("1234"), &context,
                            [&](const AuthResult &r) { got = r; });
    QTRY_VERIFY(got.has_value());
    QCOMPARE(got->status, AuthResult::Status::Ok);
    QCOMPARE(got->manager, QStringLiteral("김민지"));
}

void TestManagerStore::asyncAttemptCountsWhenTheCallerIsGone()
{
    // The dialog is closed while the PIN is being checked: no answer, but the attempt counts.
    bool answered = false;
    for (int i = 0; i < 2; ++i) {
        auto *context = new QObject;
        m_store->authorizeAsync(QStringLiteral("김민지"), QStringLiteral("0000"), context,
                                [&](const AuthResult &) { answered = true; });
        delete context;
    }
    QTRY_COMPARE(auditFor(QStringLiteral("김민지")).size(), 2); // the two failures
    QVERIFY(!answered);
    const AuthResult next = m_store->authorize(QStringLiteral("김민지"), QStringLiteral("0000"));
    QCOMPARE(next.status, AuthResult::Status::WrongPin);
    QCOMPARE(next.attemptsLeft, ManagerStore::kMaxAttempts - 3);
}

void TestManagerStore::asyncLockedAnswersWithoutAThread()
{
    for (int i = 0; i < ManagerStore::kMaxAttempts; ++i)
        m_store->authorize(QStringLiteral("김민지"), QStringLiteral("0000"));
    QObject context;
    std::optional<AuthResult> got;
    m_store->authorizeAsync(QStringLiteral("김민지"), QStringLiteral("1234"), &context,
                            [&](const AuthResult &r) { got = r; });
    QTRY_VERIFY(got.has_value());
    QCOMPARE(got->status, AuthResult::Status::Locked);
    QVERIFY(got->lockedUntil > m_clock.now());
}

void TestManagerStore::asyncCheckKeepsTheEventLoopRunning()
{
    // At the production rounds the check takes most of a second; the GUI thread meanwhile
    // keeps serving its events (a timer every 20 ms here).
    ManagerStore strong(m_db, m_journal, &m_clock);
    QCOMPARE(strong.addManager(QStringLiteral("이서준"), QStringLiteral("2468"),
                               QStringLiteral("setup")),
             ManagerStore::Result::Ok);
    QObject context;
    std::optional<AuthResult> got;
    QElapsedTimer elapsed;
    elapsed.start();
    strong.authorizeAsync(QStringLiteral("이서준"), QStringLiteral("2468"), &context,
                          [&](const AuthResult &r) { got = r; });
    int ticks = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&] { ++ticks; });
    tick.start(20);
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
    QCOMPARE(got->status, AuthResult::Status::Ok);
    // Only meaningful when the check took a while; it does at 100,000 rounds.
    if (elapsed.elapsed() >= 200)
        QVERIFY2(ticks >= 5,
                 qPrintable(
                     QStringLiteral("%1 timer ticks in %2 ms").arg(ticks).arg(elapsed.elapsed())));
}

void TestManagerStore::asyncCheckOutlivingTheStoreRecordsNothing()
{
    // The settings are reloaded (a new store) while a slow check runs: its end touches nothing.
    auto *strong = new ManagerStore(m_db, m_journal, &m_clock);
    QCOMPARE(strong->addManager(QStringLiteral("이서준"), QStringLiteral("2468"),
                                QStringLiteral("setup")),
             ManagerStore::Result::Ok);
    QObject context;
    bool answered = false;
    strong->authorizeAsync(QStringLiteral("이서준"), QStringLiteral("0000"), &context,
                           [&](const AuthResult &) { answered = true; });
    delete strong;
    QTest::qWait(2000); // past the check
    QVERIFY(!answered);
    QCOMPARE(auditFor(QStringLiteral("이서준")).size(), 0); // a recorded attempt would be here
}

QTEST_GUILESS_MAIN(TestManagerStore)
#include "tst_managerstore.moc"
