#pragma once

#include "NavigationPolicy.h"

#include <QWebEnginePage>

#include <functional>

class QWebEngineCertificateError;

// The page that shows KakaoPay's payment screen. It never loads our return URLs: a main-frame
// navigation the return handler claims (PaymentAttempt::handleNavigation) is stopped and
// reported with returnNavigation(). Anything outside the NavigationPolicy is refused and
// reported with blockedNavigation(). No pop-ups, no permissions, no certificate exceptions.
class PaymentPage : public QWebEnginePage
{
    Q_OBJECT

public:
    // True when the URL is one of this payment's return URLs (it is then not loaded).
    using ReturnHandler = std::function<bool(const QUrl &)>;

    PaymentPage(QWebEngineProfile *profile, const NavigationPolicy &policy,
                QObject *parent = nullptr);

    void setReturnHandler(ReturnHandler handler) { m_returnHandler = std::move(handler); }
    const NavigationPolicy &policy() const { return m_policy; }

signals:
    void returnNavigation(const QUrl &url);
    void blockedNavigation(const QUrl &url);
    void popupRefused();
    void certificateRejected(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    void onCertificateError(const QWebEngineCertificateError &error);
    void onPermissionRequested(const QUrl &origin, Feature feature);

    NavigationPolicy m_policy;
    ReturnHandler m_returnHandler;
};
