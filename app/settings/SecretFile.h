#pragma once

#include "SecretError.h"

#include <QCoreApplication>

// The opt-in fallback where no keychain runs: one file per secret, readable and writable by
// the OS user only (0600 in a 0700 folder). Anyone with that user's rights, or a backup of
// the folder, can read it: that is why SecretStore uses it only when explicitly allowed.
class SecretFile
{
    Q_DECLARE_TR_FUNCTIONS(SecretFile)

public:
    explicit SecretFile(QString directory);

    QString path(SecretSlot slot) const;
    bool exists(SecretSlot slot) const;
    SecretResult read(SecretSlot slot) const;
    SecretResult write(SecretSlot slot, const QString &secret) const;
    SecretResult remove(SecretSlot slot) const;

    static QString defaultDirectory(); // AppDataLocation

private:
    QString m_directory;
};
