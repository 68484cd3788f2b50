#include "OwnerOnly.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                             QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                             QFileDevice::WriteOther | QFileDevice::ExeOther;
} // namespace

void OwnerOnly::restrictNewFiles()
{
#ifdef Q_OS_UNIX
    ::umask(S_IRWXG | S_IRWXO); // 077: new files 0600, new folders 0700
#endif
}

bool OwnerOnly::makeFolder(const QString &path)
{
    return QDir().mkpath(path) && tighten(path);
}

bool OwnerOnly::tighten(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isSymLink()) // a link is not ours to change (nor what it names)
        return !info.isSymLink() || !info.exists();
    // The mode's owner bits (the *User flags say what this process may do: everything, for
    // root). Only ever take rights away: an owner-only file stays as it is, read-only included.
    constexpr QFileDevice::Permissions ownerBits =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    const QFileDevice::Permissions wanted =
        info.isDir() ? ownerBits : QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QFileDevice::Permissions now = info.permissions();
    const QFileDevice::Permissions owner = now & ownerBits;
    if ((now & kOthers) == 0 && (owner & ~wanted) == 0)
        return true;
    return QFile::setPermissions(path, owner & wanted);
}

QStringList OwnerOnly::tightenFolderAndFiles(const QString &folder)
{
    QStringList failed;
    if (!tighten(folder))
        failed << folder;
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks);
    for (const QFileInfo &entry : entries) {
        if (!tighten(entry.filePath()))
            failed << entry.filePath();
    }
    return failed;
}

bool OwnerOnly::isOwnerOnly(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() && (info.permissions() & kOthers) == 0;
}
