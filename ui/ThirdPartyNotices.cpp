#include "ThirdPartyNotices.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

const char indexName[] = "THIRD-PARTY-NOTICES.txt";
const char componentsName[] = "components.tsv";

bool underBuildTree(const QString &appDir)
{
    const QString buildRoot = QDir::cleanPath(QStringLiteral(PAYDESK_BUILD_ROOT));
    return QDir::cleanPath(appDir).startsWith(buildRoot + QLatin1Char('/'));
}

} // namespace

QStringList ThirdPartyNotices::candidateDirectories()
{
    const QDir appDir(QCoreApplication::applicationDirPath());
    QStringList dirs{QDir::cleanPath(appDir.filePath(QStringLiteral("../licenses"))),
                     QDir::cleanPath(appDir.filePath(QStringLiteral("../share/paydesk/licenses")))};
    // Never for an installed binary: the build machine's path means nothing on a counter.
    if (underBuildTree(appDir.path()))
        dirs << QDir(QStringLiteral(PAYDESK_BUILD_ROOT)).filePath(QStringLiteral("licenses"));
    return dirs;
}

ThirdPartyNotices ThirdPartyNotices::locate()
{
    const QStringList dirs = candidateDirectories();
    const bool buildTree = underBuildTree(QCoreApplication::applicationDirPath());
    for (const QString &dir : dirs) {
        if (QFileInfo::exists(QDir(dir).filePath(QLatin1String(indexName))))
            return fromDirectory(dir, buildTree ? Origin::BuildTree : Origin::Installed);
    }
    ThirdPartyNotices missing;
    missing.m_directory = dirs.join(QLatin1String("; "));
    return missing;
}

ThirdPartyNotices ThirdPartyNotices::fromDirectory(const QString &directory, Origin origin)
{
    ThirdPartyNotices n;
    n.m_origin = origin;
    n.m_directory = QDir::cleanPath(directory);
    if (origin == Origin::Missing)
        return n;
    QFile file(QDir(directory).filePath(QLatin1String(componentsName)));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        n.m_error = QCoreApplication::translate("ThirdPartyNotices", "Cannot read %1: %2")
                        .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return n;
    }
    int lineNo = 0;
    QStringList bad;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++lineNo;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        bool ok = false;
        const int files = f.value(5).toInt(&ok);
        if (f.size() < 8 || f.at(0).isEmpty() || !ok) {
            bad << QString::number(lineNo);
            continue;
        }
        Component c;
        c.name = f.at(0);
        c.version = f.at(1);
        c.license = f.at(2);
        const QString notice = f.at(3);
        c.noticePath = QDir::cleanPath(
            QDir::isAbsolutePath(notice) ? notice : QDir(directory).filePath(notice));
        c.packages = f.at(4);
        c.files = files;
        c.allLicenses = f.at(6).split(QLatin1String(", "), Qt::SkipEmptyParts);
        c.licensesFromText = f.at(7) == QLatin1String("text");
        n.m_components.append(c);
    }
    if (!bad.isEmpty())
        n.m_error =
            QCoreApplication::translate("ThirdPartyNotices",
                                        "%1 has unreadable lines (%2): they are not listed")
                .arg(QDir::toNativeSeparators(file.fileName()), bad.join(QLatin1String(", ")));
    return n;
}

QString ThirdPartyNotices::indexPath() const
{
    if (m_origin == Origin::Missing)
        return {};
    return QDir(m_directory).filePath(QLatin1String(indexName));
}

QByteArray ThirdPartyNotices::readIndex(QString *error) const
{
    if (m_origin == Origin::Missing) {
        if (error)
            *error = QCoreApplication::translate(
                         "ThirdPartyNotices",
                         "The third-party notices are missing (looked in %1). Reinstall PayDesk.")
                         .arg(QDir::toNativeSeparators(m_directory));
        return {};
    }
    QFile file(indexPath());
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("ThirdPartyNotices", "Cannot read %1: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return {};
    }
    return file.readAll();
}
