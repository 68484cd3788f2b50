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
//
// PINs are hashed with the pepper (setPepper(), a secret from the OS keychain) when there is
// one: a copied journal alone does not give them away. A manager whose hash is older (no
// pepper) is upgraded at the next sign-in; a PIN that no longer meets the rules (6 to 12
// digits, not trivial) still signs in, with AuthResult::pinTooWeak set so that the dialog asks
// for a new one.
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
        InvalidPin, // not 6–12 digits
        TrivialPin, // one digit repeated, or a run such as 123456 or 654321
        NameTaken,
        UnknownManager,
        LastManager, // the last manager cannot be removed
        WrongPin,
        Locked,
        StorageError,
        SecretUnavailable // a peppered PIN, and the pepper could not be read
    };

    // `iterations`: PBKDF2 rounds for new hashes; tests pass a small number to stay fast.
    ManagerStore(Database *db, Journal *journal, Clock *clock = Clock::system(),
                 int iterations = PinHasher::kDefaultIterations);

    // The keychain's pepper (PinHasher::kPepperBytes), or empty when there is none (no keychain
    // and no file fallback allowed): PINs are then hashed without it, and peppered ones cannot
    // be checked (AuthResult::Status::SecretUnavailable).
    void setPepper(const QByteArray &pepper) { m_pepper = pepper; }
    bool hasPepper() const { return !m_pepper.isEmpty(); }
    // Whether any stored PIN needs the pepper (a pepper must then never be made anew).
    bool hasPepperedPins() const;

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
    // Ok, InvalidPin or TrivialPin: whether `pin` may be chosen (for dialogs that check early).
    static Result checkNewPin(const QString &pin);

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
        QByteArray pepper;
        int newIterations = 0;
    };
    // What the worker finds: whether the PIN matched and, for a hash without the pepper that
    // matched, the peppered hash to store instead; whether the PIN is below today's rules.
    struct Outcome
    {
        bool match = false;
        QByteArray upgradedHash;
        QByteArray upgradedSalt;
        bool weak = false;
    };
    Check prepareCheck(const QString &name);
    static Outcome runCheck(const Check &check, const QString &pin); // any thread
    AuthResult recordCheck(const Check &check, const Outcome &outcome);

    std::optional<Row> find(const QString &name, bool *error) const;
    int count() const;
    bool audit(const QString &actor, const QString &action, const QString &detail);
    bool setAttempts(qint64 id, int failed, const QDateTime &lockedUntil);

    Database *m_db;
    Journal *m_journal;
    Clock *m_clock;
    PinHasher m_hasher;
    QByteArray m_pepper;
    // Checks still hashing when the store goes find it expired and record nothing.
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
};
