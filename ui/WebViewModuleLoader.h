#pragma once

#include <QString>

class WebViewModule;

// Opens the web-view module (the only part of PayDesk that links Qt WebEngine) once per process
// and keeps it loaded. The first call takes a few tens of milliseconds (the WebEngine libraries);
// the warm-up makes it right after the main window's first frame.
//
// Where it looks: the installed place relative to the executable, then, only for a binary inside
// the build tree, the module built next to it. $PAYDESK_WEBVIEW_MODULE names another file and is
// then the only place looked at, but only for a binary inside its build tree or in training mode
// (setTraining()): an installed counter in real mode loads only its own module.
//
// Running as root, the module is not loaded at all unless the user switched the web engine's
// sandbox off himself (sandboxBlockReason()): Chromium will not run as root with its sandbox,
// and PayDesk never switches it off.
class WebViewModuleLoader
{
public:
    // Null when the module cannot be loaded; errorString() then says why.
    static WebViewModule *module();
    static bool isLoaded();
    static QString errorString();
    // How long loading took, -1 before it was tried.
    static qint64 loadMs();

    // The mode the app runs in; set before the module is loaded (AppContext).
    static void setTraining(bool training);
    // The module came from PAYDESK_WEBVIEW_MODULE: an app that left training since must not
    // take real payments with it.
    static bool loadedFromOverride();

    // Why the payment page cannot run in this process (as root with the sandbox on), or empty.
    static QString sandboxBlockReason();
};
