#include "AuthResult.h"

#include <QLocale>

QString AuthResult::message() const
{
    switch (status) {
    case Status::Ok:
        return QString();
    case Status::WrongPin:
        return tr("Wrong PIN. %n attempt(s) left before this manager is locked.", nullptr,
                  attemptsLeft);
    case Status::Locked:
        return tr("Too many wrong PINs. This manager is locked until %1.")
            .arg(QLocale().toString(lockedUntil.time(), QLocale::ShortFormat));
    case Status::UnknownManager:
        return tr("There is no manager with that name.");
    case Status::StorageError:
        return tr("The attempt could not be recorded, so it was refused.");
    case Status::SecretUnavailable:
        return tr("The PIN cannot be checked: PayDesk's PIN secret could not be read from the "
                  "keychain. Unlock the keychain (or ask IT) and try again.");
    }
    return QString();
}
