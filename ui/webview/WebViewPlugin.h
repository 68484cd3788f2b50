#pragma once

#include "WebViewModule.h"

#include <QObject>

// The entry point of the web-view module (libpaydesk_webview), found by QPluginLoader.
class WebViewPlugin : public QObject, public WebViewModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PayDeskWebViewModule_iid)
    Q_INTERFACES(WebViewModule)

public:
    PaymentBrowser *createPaymentBrowser(const NavigationPolicy &policy,
                                         const PaymentBrowser::Events &events,
                                         QWidget *parent) override;
    void warmUp(const QUrl &url, QObject *context, std::function<void(bool ok)> done) override;
};
