#include "ManagerStore.h"

#include "AuthLog.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"

#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

namespace {
QString cleanName(const QString &name)
{
    return name.simplified();
}

bool isValidName(const QString &name)
{
    return !name.isEmpty() && name.size() <= ManagerStore::kMaxNameLength;
}
} // namespace

ManagerStore::ManagerStore(Database *db, Journal *journal, Clock *clock, int iterations)
    : m_db(db), m_journal(journal), m_clock(clock), m_hasher(iterations)
{
    if (iterations < PinHasher::kMinimumIterations)
        qCInfo(lcAuth) << "PIN hashing with" << iterations << "iterations: for tests only";
}

std::optional<ManagerStore::Row> ManagerStore::find(const QString &name, bool *error) const
{
    *error = false;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT id, name, pin_hash, salt, iterations, failed_attempts, "
                             "locked_until FROM managers WHERE name = ?"));
    q.addBindValue(cleanName(name));
    if (!q.exec()) {
        *error = true;
        qCWarning(lcAuth) << "reading manager failed:" << q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Row row;
    row.id = q.value(0).toLongLong();
    row.name = q.value(1).toString();
    row.hash = q.value(2).toByteArray();
    row.salt = q.value(3).toByteArray();
    row.iterations = q.value(4).toInt();
    row.failedAttempts = q.value(5).toInt();
    row.lockedUntil = SqlValues::time(q.value(6));
    return row;
}

int ManagerStore::count() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM managers")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QStringList ManagerStore::managers() const
{
    QStringList names;
    QSqlQuery q(m_db->connection());
    if (q.exec(QStringLiteral("SELECT name FROM managers ORDER BY name"))) {
        while (q.next())
            names << q.value(0).toString();
    }
    return names;
}

bool ManagerStore::audit(const QString &actor, const QString &action, const QString &detail)
{
    AuditEntry e;
    e.at = m_clock->now();
    e.actor = actor;
    e.action = action;
    e.detail = detail;
    return m_journal->appendAudit(e);
}

bool ManagerStore::setAttempts(qint64 id, int failed, const QDateTime &lockedUntil)
{
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("UPDATE managers SET failed_attempts = ?, locked_until = ? WHERE id = ?"));
    q.addBindValue(failed);
    q.addBindValue(SqlValues::time(lockedUntil));
    q.addBindValue(id);
    if (!q.exec()) {
        qCWarning(lcAuth) << "updating attempts failed:" << q.lastError().text();
        return false;
    }
    return true;
}

bool ManagerStore::hasPepperedPins() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT pin_hash FROM managers")))
        return true; // cannot tell: assume so, never replace a pepper that may be in use
    while (q.next()) {
        if (PinHasher::isPeppered(q.value(0).toByteArray()))
            return true;
    }
    return false;
}

ManagerStore::Outcome ManagerStore::runCheck(const Check &check, const QString &pin)
{
    Outcome outcome;
    outcome.match = PinHasher::verify(pin, check.salt, check.iterations, check.hash, check.pepper);
    if (!outcome.match || !check.row)
        return outcome;
    outcome.weak = !PinHasher::isValidPin(pin);
    // A hash from before the pepper: the PIN is known now, so it is stored peppered at once.
    if (!check.pepper.isEmpty() && !PinHasher::isPeppered(check.hash)) {
        outcome.upgradedSalt = PinHasher::newSalt();
        outcome.upgradedHash =
            PinHasher::hash(pin, outcome.upgradedSalt, check.newIterations, check.pepper);
    }
    return outcome;
}

AuthResult ManagerStore::authorize(const QString &name, const QString &pin)
{
    const Check check = prepareCheck(name);
    if (check.answer)
        return *check.answer;
    return recordCheck(check, runCheck(check, pin));
}

void ManagerStore::authorizeAsync(const QString &name, const QString &pin, QObject *context,
                                  std::function<void(const AuthResult &)> done)
{
    const Check check = prepareCheck(name);
    if (check.answer) {
        QTimer::singleShot(0, context, [done, answer = *check.answer] { done(answer); });
        return;
    }
    auto outcome = std::make_shared<Outcome>();
    QThread *worker = QThread::create([outcome, pin, check] { *outcome = runCheck(check, pin); });
    const std::weak_ptr<int> alive = m_alive;
    const QPointer<QObject> receiver(context);
    // Context: the worker, which lives on this thread, so this runs here once it has finished.
    QObject::connect(worker, &QThread::finished, worker,
                     [this, alive, check, outcome, receiver, done, worker] {
                         worker->deleteLater();
                         if (alive.expired())
                             return;
                         const AuthResult result = recordCheck(check, *outcome);
                         if (receiver)
                             done(result);
                     });
    worker->start();
}

ManagerStore::Check ManagerStore::prepareCheck(const QString &name)
{
    Check check;
    check.name = cleanName(name);
    bool error = false;
    check.row = find(name, &error);
    if (error) {
        check.answer = AuthResult(); // StorageError
        return check;
    }
    check.pepper = m_pepper;
    check.newIterations = m_hasher.iterations();
    if (!check.row) {
        // Spend the same time as a real check so that timing does not tell which names exist.
        check.salt = PinHasher::newSalt();
        check.iterations = m_hasher.iterations();
        return check;
    }
    const Row &row = *check.row;
    const QDateTime now = m_clock->now();
    if (row.lockedUntil.isValid() && row.lockedUntil > now) {
        AuthResult result;
        result.manager = row.name;
        Transaction tx(m_db->connection());
        if (audit(row.name, QStringLiteral("manager-auth-while-locked"),
                  QStringLiteral("locked until ") + row.lockedUntil.toString(Qt::ISODate)) &&
            tx.commit()) {
            result.status = AuthResult::Status::Locked;
            result.lockedUntil = row.lockedUntil;
        }
        check.answer = result;
        return check;
    }
    if (PinHasher::isPeppered(row.hash) && m_pepper.isEmpty()) {
        // Counting this as a wrong PIN would lock the manager out for the keychain's sake.
        AuthResult result;
        result.manager = row.name;
        result.status = AuthResult::Status::SecretUnavailable;
        qCWarning(lcAuth) << "a peppered PIN and no pepper: keychain unavailable";
        check.answer = result;
        return check;
    }
    check.salt = row.salt;
    check.hash = row.hash;
    check.iterations = row.iterations;
    return check;
}

AuthResult ManagerStore::recordCheck(const Check &check, const Outcome &outcome)
{
    bool match = outcome.match;
    AuthResult result;
    if (!check.row) {
        Transaction tx(m_db->connection());
        if (!audit(check.name, QStringLiteral("manager-auth-unknown"), QString()) || !tx.commit())
            return result;
        result.status = AuthResult::Status::UnknownManager;
        return result;
    }
    result.manager = check.row->name;
    Transaction tx(m_db->connection());
    if (!tx.isActive())
        return result;
    // The row as it is now, not as it was before the check: other checks may have ended in
    // between (each counts), or the PIN may have been changed (the old one no longer opens).
    bool error = false;
    const std::optional<Row> current = find(check.name, &error);
    if (error || !current || current->id != check.row->id)
        return result;
    const Row &row = *current;
    if (row.hash != check.hash)
        match = false;
    const QDateTime now = m_clock->now();
    if (row.lockedUntil.isValid() && row.lockedUntil > now) {
        if (!audit(row.name, QStringLiteral("manager-auth-while-locked"),
                   QStringLiteral("locked until ") + row.lockedUntil.toString(Qt::ISODate)) ||
            !tx.commit())
            return result;
        result.status = AuthResult::Status::Locked;
        result.lockedUntil = row.lockedUntil;
        return result;
    }
    // A lockout that has run out starts the count again.
    const int failedBefore = row.lockedUntil.isValid() ? 0 : row.failedAttempts;
    if (match) {
        if (!setAttempts(row.id, 0, QDateTime()) ||
            !audit(row.name, QStringLiteral("manager-auth-ok"), QString()))
            return result;
        if (!outcome.upgradedHash.isEmpty()) {
            QSqlQuery q(m_db->connection());
            q.prepare(QStringLiteral(
                "UPDATE managers SET pin_hash = ?, salt = ?, iterations = ? WHERE id = ?"));
            q.addBindValue(outcome.upgradedHash);
            q.addBindValue(outcome.upgradedSalt);
            q.addBindValue(check.newIterations);
            q.addBindValue(row.id);
            if (!q.exec() || !audit(row.name, QStringLiteral("manager-pin-rehashed"),
                                    QStringLiteral("peppered")))
                return result;
        }
        if (!tx.commit())
            return result;
        result.status = AuthResult::Status::Ok;
        result.pinTooWeak = outcome.weak;
        return result;
    }
    const int failed = failedBefore + 1;
    if (failed >= kMaxAttempts) {
        const QDateTime until = now.addMSecs(kLockoutMs);
        if (!setAttempts(row.id, 0, until) ||
            !audit(row.name, QStringLiteral("manager-auth-failed"),
                   QStringLiteral("attempt %1").arg(failed)) ||
            !audit(row.name, QStringLiteral("manager-locked"),
                   QStringLiteral("until ") + until.toString(Qt::ISODate)) ||
            !tx.commit())
            return result;
        qCWarning(lcAuth) << "manager locked after" << failed << "wrong PINs";
        result.status = AuthResult::Status::Locked;
        result.lockedUntil = until;
        return result;
    }
    if (!setAttempts(row.id, failed, QDateTime()) ||
        !audit(row.name, QStringLiteral("manager-auth-failed"),
               QStringLiteral("attempt %1").arg(failed)) ||
        !tx.commit())
        return result;
    result.status = AuthResult::Status::WrongPin;
    result.attemptsLeft = kMaxAttempts - failed;
    return result;
}

ManagerStore::Result ManagerStore::addManager(const QString &name, const QString &pin,
                                              const QString &actor)
{
    const QString clean = cleanName(name);
    if (!isValidName(clean))
        return Result::InvalidName;
    if (const Result r = checkNewPin(pin); r != Result::Ok)
        return r;
    bool error = false;
    if (find(clean, &error))
        return Result::NameTaken;
    if (error)
        return Result::StorageError;

    const QByteArray salt = PinHasher::newSalt();
    const QByteArray hash = m_hasher.hash(pin, salt, m_pepper);
    Transaction tx(m_db->connection());
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO managers (name, pin_hash, salt, iterations, created_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(clean);
    q.addBindValue(hash);
    q.addBindValue(salt);
    q.addBindValue(m_hasher.iterations());
    q.addBindValue(m_clock->now().toMSecsSinceEpoch());
    if (!tx.isActive() || !q.exec() ||
        !audit(actor, QStringLiteral("manager-added"), QStringLiteral("name=") + clean) ||
        !tx.commit())
        return Result::StorageError;
    return Result::Ok;
}

ManagerStore::Result ManagerStore::renameManager(const QString &name, const QString &newName,
                                                 const QString &actor)
{
    const QString clean = cleanName(newName);
    if (!isValidName(clean))
        return Result::InvalidName;
    bool error = false;
    const std::optional<Row> row = find(name, &error);
    if (error)
        return Result::StorageError;
    if (!row)
        return Result::UnknownManager;
    const std::optional<Row> other = find(clean, &error);
    if (other && other->id != row->id)
        return Result::NameTaken;

    Transaction tx(m_db->connection());
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE managers SET name = ? WHERE id = ?"));
    q.addBindValue(clean);
    q.addBindValue(row->id);
    if (!tx.isActive() || !q.exec() ||
        !audit(actor, QStringLiteral("manager-renamed"),
               QStringLiteral("from=%1 to=%2").arg(row->name, clean)) ||
        !tx.commit())
        return Result::StorageError;
    return Result::Ok;
}

ManagerStore::Result ManagerStore::removeManager(const QString &name, const QString &actor)
{
    Transaction tx(m_db->connection());
    if (!tx.isActive())
        return Result::StorageError;
    bool error = false;
    const std::optional<Row> row = find(name, &error);
    if (error)
        return Result::StorageError;
    if (!row)
        return Result::UnknownManager;
    // Counted inside the write transaction: two removals cannot both see two managers.
    if (count() <= 1)
        return Result::LastManager;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("DELETE FROM managers WHERE id = ?"));
    q.addBindValue(row->id);
    if (!q.exec() ||
        !audit(actor, QStringLiteral("manager-removed"), QStringLiteral("name=") + row->name) ||
        !tx.commit())
        return Result::StorageError;
    return Result::Ok;
}

ManagerStore::Result ManagerStore::checkNewPin(const QString &pin)
{
    switch (PinHasher::problem(pin)) {
    case PinHasher::PinProblem::None:
        return Result::Ok;
    case PinHasher::PinProblem::Length:
        return Result::InvalidPin;
    case PinHasher::PinProblem::Trivial:
        return Result::TrivialPin;
    }
    return Result::InvalidPin;
}

ManagerStore::Result ManagerStore::changePin(const QString &name, const QString &oldPin,
                                             const QString &newPin)
{
    if (const Result r = checkNewPin(newPin); r != Result::Ok)
        return r;
    const AuthResult auth = authorize(name, oldPin);
    switch (auth.status) {
    case AuthResult::Status::Ok:
        break;
    case AuthResult::Status::WrongPin:
        return Result::WrongPin;
    case AuthResult::Status::Locked:
        return Result::Locked;
    case AuthResult::Status::UnknownManager:
        return Result::UnknownManager;
    case AuthResult::Status::StorageError:
        return Result::StorageError;
    case AuthResult::Status::SecretUnavailable:
        return Result::SecretUnavailable;
    }
    const QByteArray salt = PinHasher::newSalt();
    const QByteArray hash = m_hasher.hash(newPin, salt, m_pepper);
    Transaction tx(m_db->connection());
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE managers SET pin_hash = ?, salt = ?, iterations = ?, "
                             "failed_attempts = 0, locked_until = NULL WHERE name = ?"));
    q.addBindValue(hash);
    q.addBindValue(salt);
    q.addBindValue(m_hasher.iterations());
    q.addBindValue(auth.manager);
    if (!tx.isActive() || !q.exec() ||
        !audit(auth.manager, QStringLiteral("manager-pin-changed"), QString()) || !tx.commit())
        return Result::StorageError;
    return Result::Ok;
}

QString ManagerStore::message(Result result)
{
    switch (result) {
    case Result::Ok:
        return QString();
    case Result::InvalidName:
        return tr("Enter a name of 1 to %1 characters.").arg(kMaxNameLength);
    case Result::InvalidPin:
        return tr("A PIN is 6 to 12 digits.");
    case Result::TrivialPin:
        return tr("This PIN is too easy to guess (one digit repeated, or digits in a row such as "
                  "123456 or 654321). Choose another.");
    case Result::SecretUnavailable:
        return tr("The PIN cannot be checked: PayDesk's PIN secret could not be read from the "
                  "keychain.");
    case Result::NameTaken:
        return tr("A manager with that name already exists.");
    case Result::UnknownManager:
        return tr("There is no manager with that name.");
    case Result::LastManager:
        return tr("The last manager cannot be removed: refunds need at least one manager.");
    case Result::WrongPin:
        return tr("The current PIN is wrong.");
    case Result::Locked:
        return tr("This manager is locked after too many wrong PINs. Try again later.");
    case Result::StorageError:
        return tr("The change could not be saved.");
    }
    return QString();
}
