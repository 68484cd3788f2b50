#include "BuildTree.h"

#include <QCoreApplication>
#include <QDir>

bool BuildTree::containsApplication()
{
    if (!QCoreApplication::instance())
        return false;
    // Real folders: a symlink into the build tree does not make an installed binary a
    // developer's one. On a counter the build folder does not exist (empty: false).
    const QString buildRoot = QDir(QStringLiteral(PAYDESK_BUILD_ROOT)).canonicalPath();
    const QString appDir = QDir(QCoreApplication::applicationDirPath()).canonicalPath();
    return !buildRoot.isEmpty() && appDir.startsWith(buildRoot + QLatin1Char('/'));
}
