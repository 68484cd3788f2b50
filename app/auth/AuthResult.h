#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The answer to "is this the manager's PIN?", in a form the refund dialog can show.
struct AuthResult
{
    Q_DECLARE_TR_FUNCTIONS(AuthResult)

public:
    enum class Status
    {
        Ok,
        WrongPin, // attemptsLeft more tries before the lockout
        Locked,   // until lockedUntil
        UnknownManager,
        StorageError,     // the attempt could not be recorded: treated as refused
        SecretUnavailable // the PIN needs the keychain's pepper, which could not be read
    };

    Status status = Status::StorageError;
    QString manager; // the name as stored (when known)
    int attemptsLeft = 0;
    QDateTime lockedUntil;
    // Ok, but the PIN does not meet today's rules (chosen when 4 digits were allowed, or
    // trivial): the manager is asked to choose a new one before going on.
    bool pinTooWeak = false;

    bool ok() const { return status == Status::Ok; }
    QString message() const;
};
