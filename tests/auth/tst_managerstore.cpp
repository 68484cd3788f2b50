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
    void pinRules_data();
    void pinRules();
    void pepperedHashNeedsThePepper();
    void oldManagerMigratesAtSignIn();
    void asyncCheckMigratesToo();
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
    QCOMPARE(m_store->addManager(QStringLiteral("김민지"), QStringLiteral("418263"),
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
    QVERIFY(!hash.contains("418263"));
    QCOMPARE(hash,
             PinHasher::hash(QStringLiteral("418263"), q.value(1).toByteArray(), kTestIterations));
    // Nowhere in the file, audit included.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE '%418263%'")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestManagerStore::saltDiffersPerManager()
{
    QCOMPARE(m_store->addManager(QStringLiteral("박"), QStringLiteral("418263"),
                                 QStringLiteral("김민지")),
             ManagerStore::Result::Ok);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT pin_hash, salt FROM managers ORDER BY id")));
    QVERIFY(q.next());
    const QByteArray hash1 = q.value(0).toByteArray(), salt1 = q.value(1).toByteArray();
    QVERIFY(q.next());
    QVERIFY(q.value(1).toByteArray() != salt1);
    QVERIFY(q.value(0).toByteArray() != hash1); // same PIN, different hash
}

void TestManagerStore::pinRules_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<int>("problem");
    const int ok = int(PinHasher::PinProblem::None);
    const int length = int(PinHasher::PinProblem::Length);
    const int trivial = int(PinHasher::PinProblem::Trivial);
    QTest::newRow("six digits") << "418263" << ok;
    QTest::newRow("twelve digits") << "418263907152" << ok;
    QTest::newRow("almost a run") << "123457" << ok;
    QTest::newRow("pairs") << "112233" << ok;
    QTest::newRow("four digits (the old rule)") << "4711" << length;
    QTest::newRow("five digits") << "47113" << length;
    QTest::newRow("thirteen digits") << "4182639071523" << length;
    QTest::newRow("letter") << "41a263" << length;
    QTest::newRow("non-ASCII digits") << "١٢٣٤٥٦" << length;
    QTest::newRow("empty") << "" << length;
    QTest::newRow("one digit") << "111111" << trivial;
    QTest::newRow("zeros, twelve") << "000000000000" << trivial;
    QTest::newRow("ascending") << "123456" << trivial;
    QTest::newRow("descending") << "654321" << trivial;
    QTest::newRow("ascending from 0") << "0123456789" << trivial;
    QTest::newRow("ascending across 9") << "789012" << trivial;
    QTest::newRow("descending across 0") << "321098" << trivial;
}

void TestManagerStore::pinRules()
{
    QFETCH(QString, pin);
    QFETCH(int, problem);
    QCOMPARE(int(PinHasher::problem(pin)), problem);
    const ManagerStore::Result expected =
        problem == int(PinHasher::PinProblem::None)     ? ManagerStore::Result::Ok
        : problem == int(PinHasher::PinProblem::Length) ? ManagerStore::Result::InvalidPin
                                                        : ManagerStore::Result::TrivialPin;
    QCOMPARE(m_store->addManager(QStringLiteral("new one"), pin, QStringLiteral("s")), expected);
    QCOMPARE(m_store->changePin(QStringLiteral("김민지"), QStringLiteral("418263"), pin), expected);
    if (expected != ManagerStore::Result::Ok) {
        QVERIFY(!ManagerStore::message(expected).isEmpty());
        QCOMPARE(m_store->managers(), QStringList{QStringLiteral("김민지")});
    }
}

void TestManagerStore::pepperedHashNeedsThePepper()
{
    const QByteArray pepper = PinHasher::newPepper();
    QCOMPARE(pepper.size(), PinHasher::kPepperBytes);
    m_store->setPepper(pepper);
    QCOMPARE(m_store->addManager(QStringLiteral("Kim"), QStringLiteral("582047"),
                                 QStringLiteral("setup")),
             ManagerStore::Result::Ok);
    QVERIFY(m_store->hasPepperedPins());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
                "SELECT pin_hash, salt, iterations FROM managers WHERE name = 'Kim'")) &&
            q.next());
    const QByteArray hash = q.value(0).toByteArray();
    const QByteArray salt = q.value(1).toByteArray();
    const int iterations = q.value(2).toInt();
    QVERIFY(PinHasher::isPeppered(hash));
    QVERIFY(PinHasher::verify(QStringLiteral("582047"), salt, iterations, hash, pepper));
    // What a copied journal gives: guessing every 6-digit PIN against it without the pepper
    // (the plain PBKDF2 of the PIN, as a script would try) never matches, not even the PIN.
    QVERIFY(!PinHasher::verify(QStringLiteral("582047"), salt, iterations, hash));
    QVERIFY(!PinHasher::constantTimeEquals(
        PinHasher::hash(QStringLiteral("582047"), salt, iterations), hash.mid(1)));
    QVERIFY(!PinHasher::verify(QStringLiteral("582047"), salt, iterations, hash,
                               PinHasher::newPepper()));
    QVERIFY(m_store->authorize(QStringLiteral("Kim"), QStringLiteral("582047")).ok());

    // The same journal opened without the keychain's pepper: refused, and not as a wrong PIN
    // (that would lock the manager out because the keychain is down).
    ManagerStore withoutPepper(m_db, m_journal, &m_clock, kTestIterations);
    for (int i = 0; i < ManagerStore::kMaxAttempts + 1; ++i) {
        const AuthResult r =
            withoutPepper.authorize(QStringLiteral("Kim"), QStringLiteral("582047"));
        QCOMPARE(r.status, AuthResult::Status::SecretUnavailable);
        QVERIFY(!r.message().isEmpty());
    }
    // With another pepper (a copy on another computer): the right PIN does not open.
    ManagerStore otherPepper(m_db, m_journal, &m_clock, kTestIterations);
    otherPepper.setPepper(PinHasher::newPepper());
    QCOMPARE(otherPepper.authorize(QStringLiteral("Kim"), QStringLiteral("582047")).status,
             AuthResult::Status::WrongPin);
    // Back with the right one: it opens again (the wrong attempt was counted, nothing more).
    QVERIFY(m_store->authorize(QStringLiteral("Kim"), QStringLiteral("582047")).ok());
}

void TestManagerStore::oldManagerMigratesAtSignIn()
{
    // A manager from before: 4-digit PIN, plain PBKDF2 (no pepper), as the old ManagerStore
    // wrote it.
    const QByteArray oldSalt = PinHasher::newSalt();
    QSqlQuery insert(m_db->connection());
    insert.prepare(QStringLiteral("INSERT INTO managers (name, pin_hash, salt, iterations, "
                                  "created_at) VALUES ('Old', ?, ?, ?, 0)"));
    insert.addBindValue(PinHasher::hash(QStringLiteral("4711"), oldSalt, kTestIterations));
    insert.addBindValue(oldSalt);
    insert.addBindValue(kTestIterations);
    QVERIFY(insert.exec());
    QVERIFY(!m_store->hasPepperedPins());

    const QByteArray pepper = PinHasher::newPepper();
    m_store->setPepper(pepper);
    auto stored = [this] {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("SELECT pin_hash, salt FROM managers WHERE name = 'Old'"));
        q.next();
        return qMakePair(q.value(0).toByteArray(), q.value(1).toByteArray());
    };
    // A wrong PIN changes nothing but the count.
    QCOMPARE(m_store->authorize(QStringLiteral("Old"), QStringLiteral("4712")).status,
             AuthResult::Status::WrongPin);
    QVERIFY(!PinHasher::isPeppered(stored().first));

    // The old PIN still signs in, says it is too weak, and is peppered from now on.
    const AuthResult first = m_store->authorize(QStringLiteral("Old"), QStringLiteral("4711"));
    QVERIFY(first.ok());
    QVERIFY(first.pinTooWeak);
    const auto after = stored();
    QVERIFY(PinHasher::isPeppered(after.first));
    QVERIFY(after.second != oldSalt);
    QVERIFY(PinHasher::verify(QStringLiteral("4711"), after.second, kTestIterations, after.first,
                              pepper));
    QVERIFY(m_store->hasPepperedPins());
    QStringList actions;
    for (const AuditEntry &e : auditFor(QStringLiteral("Old")))
        actions << e.action;
    QVERIFY(actions.contains(QStringLiteral("manager-pin-rehashed")));

    // Signs in again (peppered now), still asked for a new PIN until it has one.
    const AuthResult second = m_store->authorize(QStringLiteral("Old"), QStringLiteral("4711"));
    QVERIFY(second.ok());
    QVERIFY(second.pinTooWeak);
    QCOMPARE(
        m_store->changePin(QStringLiteral("Old"), QStringLiteral("4711"), QStringLiteral("902614")),
        ManagerStore::Result::Ok);
    const AuthResult third = m_store->authorize(QStringLiteral("Old"), QStringLiteral("902614"));
    QVERIFY(third.ok());
    QVERIFY(!third.pinTooWeak);
    QVERIFY(PinHasher::isPeppered(stored().first));

    // A good PIN from before the pepper migrates without asking for a new one.
    ManagerStore plain(m_db, m_journal, &m_clock, kTestIterations); // no keychain at the time
    QCOMPARE(
        plain.addManager(QStringLiteral("Good"), QStringLiteral("730518"), QStringLiteral("setup")),
        ManagerStore::Result::Ok);
    const AuthResult good = m_store->authorize(QStringLiteral("Good"), QStringLiteral("730518"));
    QVERIFY(good.ok());
    QVERIFY(!good.pinTooWeak);
}

void TestManagerStore::asyncCheckMigratesToo()
{
    const QByteArray oldSalt = PinHasher::newSalt();
    QSqlQuery insert(m_db->connection());
    insert.prepare(QStringLiteral("INSERT INTO managers (name, pin_hash, salt, iterations, "
                                  "created_at) VALUES ('Old', ?, ?, ?, 0)"));
    insert.addBindValue(PinHasher::hash(QStringLiteral("1357"), oldSalt, kTestIterations));
    insert.addBindValue(oldSalt);
    insert.addBindValue(kTestIterations);
    QVERIFY(insert.exec());
    m_store->setPepper(PinHasher::newPepper());
    QObject context;
    std::optional<AuthResult> got;
    m_store->authorizeAsync(QStringLiteral("Old"), QStringLiteral("1357"), &context,
                            [&](const AuthResult &r) { got = r; });
    QTRY_VERIFY(got.has_value());
    QVERIFY(got->ok());
    QVERIFY(got->pinTooWeak);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT pin_hash FROM managers WHERE name = 'Old'")) && q.next());
    QVERIFY(PinHasher::isPeppered(q.value(0).toByteArray()));
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
    const AuthResult still = m_store->authorize(QStringLiteral("김민지"), QStringLiteral("418263"));
    QCOMPARE(still.status, AuthResult::Status::Locked);
    QVERIFY(!still.message().isEmpty());

    m_clock.advance(1000);
    QCOMPARE(m_store->authorize(QStringLiteral("김민지"), QStringLiteral("418263")).status,
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
    QCOMPARE(other.authorize(QStringLiteral("김민지"), QStringLiteral("418263")).status,
             AuthResult::Status::Locked);
}

void TestManagerStore::rightPinResetsCount()
{
    for (int i = 0; i < 4; ++i)
        m_store->authorize(QStringLiteral("김민지"), QStringLiteral("9999"));
    const AuthResult ok = m_store->authorize(QStringLiteral("김민지"), QStringLiteral("418263"));
    QVERIFY(ok.ok());
    QCOMPARE(ok.manager, QStringLiteral("김민지"));
    QCOMPARE(m_store->authorize(QStringLiteral("김민지"), QStringLiteral("9999")).attemptsLeft, 4);
}

void TestManagerStore::unknownManager()
{
    const AuthResult r = m_store->authorize(QStringLiteral("nobody"), QStringLiteral("418263"));
    QCOMPARE(r.status, AuthResult::Status::UnknownManager);
    QVERIFY(!r.message().isEmpty());
    QCOMPARE(auditFor(QStringLiteral("nobody")).first().action,
             QStringLiteral("manager-auth-unknown"));
}

void TestManagerStore::auditRows()
{
    m_store->authorize(QStringLiteral("김민지"), QStringLiteral("418263"));
    for (int i = 0; i < 5; ++i)
        m_store->authorize(QStringLiteral("김민지"), QStringLiteral("9999"));
    m_store->authorize(QStringLiteral("김민지"), QStringLiteral("418263"));
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
    QCOMPARE(m_store->addManager(QStringLiteral("박"), QStringLiteral("580214"),
                                 QStringLiteral("김민지")),
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
        m_store->addManager(QStringLiteral("Lee"), QStringLiteral("580214"), QStringLiteral("s")),
        ManagerStore::Result::Ok);
    QCOMPARE(m_store->addManager(QStringLiteral("  lee "), QStringLiteral("580214"),
                                 QStringLiteral("s")),
             ManagerStore::Result::NameTaken);
    QCOMPARE(
        m_store->addManager(QStringLiteral("   "), QStringLiteral("580214"), QStringLiteral("s")),
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
    QVERIFY(m_store->authorize(QStringLiteral("이서준"), QStringLiteral("580214")).ok());
    QCOMPARE(auditFor(QStringLiteral("s")).first().action, QStringLiteral("manager-renamed"));
}

void TestManagerStore::changePinNeedsOldPin()
{
    QCOMPARE(m_store->changePin(QStringLiteral("김민지"), QStringLiteral("0000"),
                                QStringLiteral("731902")),
             ManagerStore::Result::WrongPin);
    QCOMPARE(m_store->changePin(QStringLiteral("김민지"), QStringLiteral("418263"),
                                QStringLiteral("12")),
             ManagerStore::Result::InvalidPin);
    QCOMPARE(m_store->changePin(QStringLiteral("김민지"), QStringLiteral("418263"),
                                QStringLiteral("731902")),
             ManagerStore::Result::Ok);
    QVERIFY(!m_store->authorize(QStringLiteral("김민지"), QStringLiteral("418263")).ok());
    QVERIFY(m_store->authorize(QStringLiteral("김민지"), QStringLiteral("731902")).ok());
    QStringList actions;
    for (const AuditEntry &e : auditFor(QStringLiteral("김민지")))
        actions << e.action;
    QVERIFY(actions.contains(QStringLiteral("manager-pin-changed")));
    // Wrong old PINs count towards the lockout: changePin is no way around it.
    for (int i = 0; i < 5; ++i)
        m_store->changePin(QStringLiteral("김민지"), QStringLiteral("0000"),
                           QStringLiteral("555123"));
    QCOMPARE(m_store->changePin(QStringLiteral("김민지"), QStringLiteral("731902"),
                                QStringLiteral("555123")),
             ManagerStore::Result::Locked);
}

void TestManagerStore::defaultIterationsAreStrong()
{
    QVERIFY(PinHasher::kDefaultIterations >= 100000);
    PinHasher hasher;
    QCOMPARE(hasher.iterations(), PinHasher::kDefaultIterations);
    const QByteArray salt = PinHasher::newSalt();
    const QByteArray h = hasher.hash(QStringLiteral("418263"), salt);
    QVERIFY(PinHasher::verify(QStringLiteral("418263"), salt, hasher.iterations(), h));
    // A wrong PIN (checked with a cheap count: the comparison, not the cost, is under test).
    const QByteArray cheap = PinHasher::hash(QStringLiteral("418263"), salt, 10);
    QVERIFY(!PinHasher::verify(QStringLiteral("418264"), salt, 10, cheap));
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
    m_store->authorizeAsync(QStringLiteral("김민지"), QStringLiteral("418263"), &context,
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
    m_store->authorizeAsync(QStringLiteral("김민지"), QStringLiteral("418263"), &context,
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
    QCOMPARE(strong.addManager(QStringLiteral("이서준"), QStringLiteral("246813"),
                               QStringLiteral("setup")),
             ManagerStore::Result::Ok);
    QObject context;
    std::optional<AuthResult> got;
    QElapsedTimer elapsed;
    elapsed.start();
    strong.authorizeAsync(QStringLiteral("이서준"), QStringLiteral("246813"), &context,
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
    QCOMPARE(strong->addManager(QStringLiteral("이서준"), QStringLiteral("246813"),
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
