#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The third-party notices of this PayDesk: the software it carries or uses that is not its own,
// as installer/third-party-notices.py writes it at build time: a folder `licenses` with the
// index THIRD-PARTY-NOTICES.txt (for people, `paydesk --licenses`), components.tsv (the list
// Help > About shows) and, in the bundle and on Windows, the notices themselves.
// QtCore only: `paydesk --licenses` reads it before any window exists.
class ThirdPartyNotices
{
public:
    struct Component
    {
        QString name;            // Debian source package ("qt6-base") or Qt's name for the part
        QString version;         // as packaged ("6.4.2+dfsg-10")
        QString license;         // of the work as a whole ("LGPL-3 or GPL-2")
        QStringList allLicenses; // every license its notice names
        bool licensesFromText = false; // the notice is not machine-readable: names found in it
        QString noticePath;            // absolute; a file, or a folder of license files (Windows)
        QString packages;              // "libqt6core6 6.4.2+dfsg-10 libqt6gui6 6.4.2+dfsg-10"
        int files = 0;                 // how many of the package's files are shipped or used
    };

    enum class Origin
    {
        Installed, // next to the installed programs
        BuildTree, // a developer's or a test's binary: the build tree's list
        Missing    // not found: a damaged installation
    };

    // Looks in <program dir>/../licenses (bundle, Windows), <program dir>/../share/paydesk/
    // licenses (.deb), and, for a binary of the build tree only, that tree's licenses/.
    // Needs a QCoreApplication (for the program's directory).
    static ThirdPartyNotices locate();
    // The notices of one folder (tests; locate() uses it).
    static ThirdPartyNotices fromDirectory(const QString &directory, Origin origin);

    Origin origin() const { return m_origin; }
    // The folder found; when Missing, the folders looked in, separated by "; ".
    QString directory() const { return m_directory; }
    QString indexPath() const;
    const QList<Component> &components() const { return m_components; }
    // Why the list is empty or incomplete (unreadable or malformed components.tsv); empty when
    // fine.
    QString errorString() const { return m_error; }

    // The whole index (THIRD-PARTY-NOTICES.txt) as UTF-8; empty and *error set when unreadable.
    QByteArray readIndex(QString *error = nullptr) const;

    static QStringList candidateDirectories();

private:
    Origin m_origin = Origin::Missing;
    QString m_directory;
    QList<Component> m_components;
    QString m_error;
};
