#pragma once

#include <QFileDevice>
#include <QString>
#include <QStringList>

// Files and folders that only the OS user running PayDesk may read or write: the data folder
// (0700), the journals with their -wal and -shm, the settings, the secret-file fallback and
// exports (0600). A journal holds sales, pg_tokens and the managers' PIN hashes: no other local
// account or world-readable backup may read it.
//
// The one place that knows how a platform says "owner only". On Unix that is the umask for new
// files and chmod for existing ones; elsewhere QFile::setPermissions is what Qt offers (to be
// extended with the platform's access lists when PayDesk ships for Windows).
class OwnerOnly
{
public:
    static constexpr QFileDevice::Permissions kFile =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
        QFileDevice::WriteUser;
    static constexpr QFileDevice::Permissions kFolder =
        kFile | QFileDevice::ExeOwner | QFileDevice::ExeUser;

    // Every file and folder this process creates from now on is owner-only, whoever creates it
    // (SQLite, QSettings, QSaveFile, the web engine, child processes). Call first in main().
    static void restrictNewFiles();

    // Makes the folder (and its parents) if needed and sets it to owner-only.
    static bool makeFolder(const QString &path);
    // Sets an existing file or folder to owner-only; true when it does not exist.
    static bool tighten(const QString &path);
    // tighten() on the folder and every file directly in it (the data folder at start: files
    // made by earlier versions were readable by everyone). The paths that could not be changed.
    static QStringList tightenFolderAndFiles(const QString &folder);

    // True when no one but the owner may read, write or enter it (tests, the self-check).
    static bool isOwnerOnly(const QString &path);
};
