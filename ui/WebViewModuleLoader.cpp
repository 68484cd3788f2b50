#include "WebViewModuleLoader.h"

#include "BuildTree.h"
#include "UiLog.h"
#include "WebViewModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPluginLoader>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

struct LoaderState
{
    bool tried = false;
    bool training = false;
    bool fromOverride = false;
    WebViewModule *module = nullptr;
    QString error;
    qint64 loadMs = -1;
};

LoaderState &state()
{
    static LoaderState s;
    return s;
}

QStringList candidatePaths()
{
    LoaderState &s = state();
    const bool inBuildTree = BuildTree::containsApplication();
    const QString override = qEnvironmentVariable("PAYDESK_WEBVIEW_MODULE");
    if (!override.isEmpty()) {
        if (inBuildTree || s.training) {
            s.fromOverride = true;
            return {override};
        }
        qCWarning(lcUi) << "PAYDESK_WEBVIEW_MODULE ignored: only a binary in its build tree or "
                           "training mode may load another module";
    }
    const QString appDir = QCoreApplication::applicationDirPath();
    QStringList paths{QDir(appDir).filePath(QStringLiteral(PAYDESK_WEBVIEW_INSTALL_RELPATH))};
    // A developer's or a test's binary: the module from the same build. Never for an installed
    // binary, which must not load code from a path that only existed on the build machine.
    if (inBuildTree)
        paths << QStringLiteral(PAYDESK_WEBVIEW_BUILD_PATH);
    return paths;
}

} // namespace

WebViewModule *WebViewModuleLoader::module()
{
    LoaderState &s = state();
    if (s.tried)
        return s.module;
    s.tried = true;
    const QString sandbox = sandboxBlockReason();
    if (!sandbox.isEmpty()) { // Chromium would refuse to start, or start without its sandbox
        s.error = sandbox;
        qCWarning(lcUi) << "web-view module not loaded: running as root with the sandbox on";
        return nullptr;
    }
    QElapsedTimer timer;
    timer.start();
    QStringList errors;
    for (const QString &path : candidatePaths()) {
        if (!QFileInfo::exists(path)) {
            errors << QCoreApplication::translate("WebViewModuleLoader", "%1 is missing")
                          .arg(QDir::toNativeSeparators(path));
            continue;
        }
        // Never unloaded: Chromium's threads live as long as the process.
        auto *loader = new QPluginLoader(path);
        QObject *instance = loader->instance();
        s.module = qobject_cast<WebViewModule *>(instance);
        if (s.module)
            break;
        errors << (instance ? QCoreApplication::translate("WebViewModuleLoader",
                                                          "%1 is not PayDesk's web-view module")
                                  .arg(QDir::toNativeSeparators(path))
                            : loader->errorString());
        delete loader;
    }
    s.loadMs = timer.elapsed();
    if (s.module) {
        qCInfo(lcUi) << "web-view module loaded in" << s.loadMs << "ms";
    } else {
        s.error = errors.join(QStringLiteral("; "));
        qCWarning(lcUi) << "web-view module not loaded:" << s.error;
    }
    return s.module;
}

bool WebViewModuleLoader::isLoaded()
{
    return state().module != nullptr;
}

QString WebViewModuleLoader::errorString()
{
    return state().error;
}

qint64 WebViewModuleLoader::loadMs()
{
    return state().loadMs;
}

void WebViewModuleLoader::setTraining(bool training)
{
    state().training = training;
}

bool WebViewModuleLoader::loadedFromOverride()
{
    return state().module && state().fromOverride;
}

QString WebViewModuleLoader::sandboxBlockReason()
{
#ifdef Q_OS_UNIX
    if (::geteuid() != 0)
        return QString();
    // The user's own decision (a kiosk set-up, a test as root): respected, never made for him.
    if (qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX") ||
        qEnvironmentVariable("QTWEBENGINE_CHROMIUM_FLAGS").contains(QLatin1String("--no-sandbox")))
        return QString();
    return QCoreApplication::translate("WebViewModuleLoader",
                                       "PayDesk's payment page does not run as root: start PayDesk "
                                       "as a normal user.");
#else
    return QString();
#endif
}
