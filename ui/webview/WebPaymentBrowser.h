#pragma once

#include "WebViewModule.h"

#include <QObject>

class PaymentPage;
class QWebEngineProfile;
class QWebEngineView;

// PaymentBrowser on Qt WebEngine: a QWebEngineView showing a PaymentPage in a profile of its own
// with no storage name (off the record: cookies and cache in memory only, gone with it).
class WebPaymentBrowser : public QObject, public PaymentBrowser
{
    Q_OBJECT

public:
    WebPaymentBrowser(const NavigationPolicy &policy, const Events &events, QWidget *parent);
    ~WebPaymentBrowser() override;

    QWidget *widget() override;
    QWebEnginePage *page() override;
    void setReturnHandler(ReturnHandler handler) override;
    void load(const QUrl &url) override;

private:
    QWebEngineProfile *m_profile = nullptr;
    PaymentPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
};
