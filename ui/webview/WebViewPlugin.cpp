#include "WebViewPlugin.h"

#include "WebPaymentBrowser.h"
#include "WebWarmUp.h"

PaymentBrowser *WebViewPlugin::createPaymentBrowser(const NavigationPolicy &policy,
                                                    const PaymentBrowser::Events &events,
                                                    QWidget *parent)
{
    return new WebPaymentBrowser(policy, events, parent);
}

void WebViewPlugin::warmUp(const QUrl &url, QObject *context, std::function<void(bool ok)> done)
{
    WebWarmUp::start(url, context, std::move(done));
}
