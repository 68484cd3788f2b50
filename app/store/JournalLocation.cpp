#include "JournalLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace {
const char kOrganization[] = "PayDesk";
const char kApplication[] = "PayDesk";
} // namespace

QString JournalLocation::directory()
{
    // AppDataLocation is built from the running program's organisation and application names:
    // ask with the app's names, then put the caller's back.
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    const bool same =
        organization == QLatin1String(kOrganization) && application == QLatin1String(kApplication);
    if (!same) {
        QCoreApplication::setOrganizationName(QLatin1String(kOrganization));
        QCoreApplication::setApplicationName(QLatin1String(kApplication));
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!same) {
        QCoreApplication::setOrganizationName(organization);
        QCoreApplication::setApplicationName(application);
    }
    return dir;
}

QString JournalLocation::fileName(Kind kind)
{
    return kind == Kind::Training ? QStringLiteral("paydesk-training.sqlite")
                                  : QStringLiteral("paydesk.sqlite");
}

QString JournalLocation::path(Kind kind)
{
    return QDir(directory()).filePath(fileName(kind));
}
