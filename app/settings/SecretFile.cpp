#include "SecretFile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                             QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                             QFileDevice::WriteOther | QFileDevice::ExeOther;

SecretResult failed(const QString &detail)
{
    return {SecretError(SecretError::Kind::FileError, detail), SecretStorage::File, {}};
}
} // namespace

SecretFile::SecretFile(QString directory) : m_directory(std::move(directory)) {}

QString SecretFile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString SecretFile::path(SecretSlot slot) const
{
    QString name;
    switch (slot) {
    case SecretSlot::SecretKey:
        name = QStringLiteral("kakaopay-secret-key");
        break;
    case SecretSlot::CidSecret:
        name = QStringLiteral("kakaopay-cid-secret");
        break;
    case SecretSlot::PinPepper:
        name = QStringLiteral("paydesk-pin-pepper");
        break;
    case SecretSlot::StorePassword:
        name = QStringLiteral("paydesk-store-password");
        break;
    }
    return QDir(m_directory).filePath(name + QStringLiteral(".secret"));
}

bool SecretFile::exists(SecretSlot slot) const
{
    return QFile::exists(path(slot));
}

SecretResult SecretFile::read(SecretSlot slot) const
{
    QFile file(path(slot));
    if (!file.exists())
        return {SecretError(SecretError::Kind::NotFound), SecretStorage::File, {}};
    // A file others can read is no longer the secret it was: refuse rather than use it.
    if (file.permissions() & kOthers)
        return failed(tr("%1 is readable by other users; delete it and store the key again.")
                          .arg(file.fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return failed(file.errorString());
    const QString secret = QString::fromUtf8(file.readAll()).trimmed();
    if (secret.isEmpty())
        return {SecretError(SecretError::Kind::NotFound), SecretStorage::File, {}};
    return {SecretError(), SecretStorage::File, secret};
}

SecretResult SecretFile::write(SecretSlot slot, const QString &secret) const
{
    QDir dir(m_directory);
    if (!dir.mkpath(QStringLiteral(".")))
        return failed(tr("cannot create the folder %1.").arg(m_directory));
    QFile::setPermissions(m_directory, kOwnerOnly | QFileDevice::ExeOwner);

    QSaveFile file(path(slot));
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    // Owner-only before a byte of the secret is written (the temporary file is renamed).
    if (!file.setPermissions(kOwnerOnly)) {
        file.cancelWriting();
        return failed(tr("cannot make %1 private.").arg(path(slot)));
    }
    file.write(secret.toUtf8());
    if (!file.commit())
        return failed(file.errorString());
    QFile::setPermissions(path(slot), kOwnerOnly);
    return {SecretError(), SecretStorage::File, {}};
}

SecretResult SecretFile::remove(SecretSlot slot) const
{
    QFile file(path(slot));
    if (!file.exists())
        return {SecretError(SecretError::Kind::NotFound), SecretStorage::File, {}};
    if (!file.remove())
        return failed(file.errorString());
    return {SecretError(), SecretStorage::File, {}};
}
