#include "WebPaymentBrowser.h"

#include "PaymentPage.h"
#include "UiLog.h"
#include "WebRenderBackend.h"

#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>
#include <QWebEngineView>

WebPaymentBrowser::WebPaymentBrowser(const NavigationPolicy &policy, const Events &events,
                                     QWidget *parent)
{
    WebRenderBackend::choose(); // before the first web view (normally done by the warm-up)

    m_profile = new QWebEngineProfile(this);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    connect(m_profile, &QWebEngineProfile::downloadRequested, this,
            [](QWebEngineDownloadRequest *download) {
                qCWarning(lcPayment) << "download refused";
                download->cancel();
            });

    m_page = new PaymentPage(m_profile, policy, this);
    m_view = new QWebEngineView(parent);
    m_view->setObjectName(QStringLiteral("paymentWebView"));
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);

    // The callbacks belong to the owner of this browser, which deletes it before going: the
    // connections end with m_page, a child of this.
    if (events.returnNavigation)
        connect(m_page, &PaymentPage::returnNavigation, this, events.returnNavigation);
    if (events.blockedNavigation)
        connect(m_page, &PaymentPage::blockedNavigation, this, events.blockedNavigation);
    if (events.popupRefused)
        connect(m_page, &PaymentPage::popupRefused, this, events.popupRefused);
    if (events.loadStarted)
        connect(m_page, &QWebEnginePage::loadStarted, this, events.loadStarted);
    if (events.loadFinished)
        connect(m_page, &QWebEnginePage::loadFinished, this, events.loadFinished);
}

WebPaymentBrowser::~WebPaymentBrowser()
{
    // The page must go before its profile (Qt WebEngine asserts otherwise), and the view
    // before the page it shows.
    delete m_view;
    m_view = nullptr;
    delete m_page;
    m_page = nullptr;
    delete m_profile;
    m_profile = nullptr;
}

QWidget *WebPaymentBrowser::widget()
{
    return m_view;
}

QWebEnginePage *WebPaymentBrowser::page()
{
    return m_page;
}

void WebPaymentBrowser::setReturnHandler(ReturnHandler handler)
{
    m_page->setReturnHandler(std::move(handler));
}

void WebPaymentBrowser::load(const QUrl &url)
{
    m_view->load(url);
}
