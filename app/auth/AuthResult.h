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
        StorageError // the attempt could not be recorded: treated as refused
    };

    Status status = Status::StorageError;
    QString manager; // the name as stored (when known)
    int attemptsLeft = 0;
    QDateTime lockedUntil;

    bool ok() const { return status == Status::Ok; }
    QString message() const;
};
