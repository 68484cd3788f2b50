#include "PaymentPage.h"

#include "UiLog.h"

#include <QWebEngineCertificateError>
#include <QWebEngineSettings>

PaymentPage::PaymentPage(QWebEngineProfile *profile, const NavigationPolicy &policy,
                         QObject *parent)
    : QWebEnginePage(profile, parent), m_policy(policy)
{
    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::FullScreenSupportEnabled, false);
    s->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    s->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, false);

    connect(this, &QWebEnginePage::certificateError, this, &PaymentPage::onCertificateError);
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
            &PaymentPage::onPermissionRequested);
}

bool PaymentPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    // Our return URLs first: they are on a host the policy refuses, and they must be reported
    // as the payment's outcome, not as a blocked navigation.
    if (isMainFrame && m_returnHandler && m_returnHandler(url)) {
        qCInfo(lcPayment) << "return URL caught, not loaded:" << NavigationPolicy::loggable(url);
        emit returnNavigation(url);
        return false;
    }
    const QString reason = m_policy.reasonRefused(url);
    if (!reason.isEmpty()) {
        qCWarning(lcPayment) << "navigation refused:" << NavigationPolicy::loggable(url) << "-"
                             << reason << "(type" << type << "main frame" << isMainFrame << ")";
        emit blockedNavigation(url);
        return false;
    }
    return true;
}

QWebEnginePage *PaymentPage::createWindow(WebWindowType type)
{
    qCWarning(lcPayment) << "pop-up refused, window type" << type;
    emit popupRefused();
    return nullptr;
}

void PaymentPage::onCertificateError(const QWebEngineCertificateError &error)
{
    // Never an exception: a payment page with a bad certificate is not KakaoPay's.
    QWebEngineCertificateError copy = error;
    copy.rejectCertificate();
    qCWarning(lcPayment) << "certificate error rejected:" << NavigationPolicy::loggable(error.url())
                         << error.description();
    emit certificateRejected(error.url());
}

void PaymentPage::onPermissionRequested(const QUrl &origin, Feature feature)
{
    qCInfo(lcPayment) << "permission denied:" << feature << "for" << origin.host();
    setFeaturePermission(origin, feature, PermissionDeniedByUser);
}
