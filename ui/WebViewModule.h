#pragma once

#include "NavigationPolicy.h"

#include <QtPlugin>

#include <functional>

class QObject;
class QUrl;
class QWebEnginePage;
class QWidget;

// The web part of one payment's screen: KakaoPay's page in a web view with its own
// off-the-record profile. Made by the web-view module; deleting it deletes its widget.
class PaymentBrowser
{
public:
    // True when the URL is one of this payment's return URLs (it is then not loaded).
    using ReturnHandler = std::function<bool(const QUrl &)>;

    // Called on the GUI thread, never after the browser is deleted.
    struct Events
    {
        std::function<void(const QUrl &)> returnNavigation;
        std::function<void(const QUrl &)> blockedNavigation;
        std::function<void()> popupRefused;
        std::function<void()> loadStarted;
        std::function<void(bool ok)> loadFinished;
    };

    virtual ~PaymentBrowser() = default;

    virtual QWidget *widget() = 0;
    // For tests and diagnostics; only code that links Qt WebEngine can use it.
    virtual QWebEnginePage *page() = 0;
    virtual void setReturnHandler(ReturnHandler handler) = 0;
    virtual void load(const QUrl &url) = 0;
};

// What the web-view module offers the application. The module is the only part of PayDesk that
// links Qt WebEngine: loading those libraries takes longer than showing the whole main window,
// so the application opens the module after its window is on screen (WebViewModuleLoader).
class WebViewModule
{
public:
    virtual ~WebViewModule() = default;

    virtual PaymentBrowser *createPaymentBrowser(const NavigationPolicy &policy,
                                                 const PaymentBrowser::Events &events,
                                                 QWidget *parent) = 0;
    // Starts Chromium's processes with a hidden view that loads url once and is thrown away;
    // done(ok) follows unless context is deleted first.
    virtual void warmUp(const QUrl &url, QObject *context, std::function<void(bool ok)> done) = 0;
};

#define PayDeskWebViewModule_iid "org.paydesk.WebViewModule/1"
Q_DECLARE_INTERFACE(WebViewModule, PayDeskWebViewModule_iid)
