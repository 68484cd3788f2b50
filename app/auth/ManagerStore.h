#pragma once

#include "AuthResult.h"
#include "PinHasher.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QObject;

class Database;
class Journal;
struct AuditEntry;

// The managers who may authorise refunds, with their PINs (hashed, never stored or logged in
// clear) and lockout state. Every attempt, failure, lockout and change is written to the audit
// log in the same transaction as the change itself.
class ManagerStore
{
    Q_DECLARE_TR_FUNCTIONS(ManagerStore)

public:
    static constexpr int kMaxAttempts = 5;
    static constexpr qint64 kLockoutMs = 5 * 60 * 1000;
    static constexpr int kMaxNameLength = 40;

    enum class Result
    {
        Ok,
        InvalidName,
        InvalidPin, // not 4–12 digits
        NameTaken,
        UnknownManager,
        LastManager, // the last manager cannot be removed
        WrongPin,
        Locked,
        StorageError
    };

    // `iterations`: PBKDF2 rounds for new hashes; tests pass a small number to stay fast.
    ManagerStore(Database *db, Journal *journal, Clock *clock = Clock::system(),
                 int iterations = PinHasher::kDefaultIterations);

    AuthResult authorize(const QString &name, const QString &pin);
    // authorize() with the PIN's hashing (most of a second, on purpose) on a worker thread, so
    // a dialog stays responsive. The attempt is read and recorded on this thread (the database
    // connection belongs to it), and it is recorded also when context is gone by then: closing
    // the dialog is no way around the lockout. done(result) follows on this thread unless
    // context was deleted; nothing follows when this store is deleted first.
    void authorizeAsync(const QString &name, const QString &pin, QObject *context,
                        std::function<void(const AuthResult &)> done);

    // `actor`: the manager (or setup step) making the change, for the audit log.
    Result addManager(const QString &name, const QString &pin, const QString &actor);
    Result renameManager(const QString &name, const QString &newName, const QString &actor);
    Result removeManager(const QString &name, const QString &actor);
    // Needs the old PIN; a wrong one counts towards the lockout like any attempt.
    Result changePin(const QString &name, const QString &oldPin, const QString &newPin);

    QStringList managers() const;
    static QString message(Result result);

private:
    struct Row
    {
        qint64 id = 0;
        QString name;
        QByteArray hash;
        QByteArray salt;
        int iterations = 0;
        int failedAttempts = 0;
        QDateTime lockedUntil;
    };
    // authorize() in its three steps: what the PIN is checked against (or the answer when no
    // check is needed), the check itself (PinHasher::verify, thread-safe), and its record.
    struct Check
    {
        std::optional<AuthResult> answer; // storage error or locked: no check
        std::optional<Row> row;           // empty: unknown manager, checked against a new salt
        QString name;
        QByteArray salt;
        QByteArray hash;
        int iterations = 0;
    };
    Check prepareCheck(const QString &name);
    AuthResult recordCheck(const Check &check, bool match);

    std::optional<Row> find(const QString &name, bool *error) const;
    int count() const;
    bool audit(const QString &actor, const QString &action, const QString &detail);
    bool setAttempts(qint64 id, int failed, const QDateTime &lockedUntil);

    Database *m_db;
    Journal *m_journal;
    Clock *m_clock;
    PinHasher m_hasher;
    // Checks still hashing when the store goes find it expired and record nothing.
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
};
