#pragma once

#include "NavigationPolicy.h"
#include "WebViewModule.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

#include <memory>

class Clock;
class QLabel;
class QProgressBar;
class QPushButton;
class QWebEnginePage;

// The screen the customer pays on: KakaoPay's page (a PaymentBrowser from the web-view module,
// one per payment, so no cookie or cache outlives it), a countdown to the tid's expiry, a
// loading bar and an Abort button (Esc). Needs the web-view module: see isAvailable().
class PaymentView : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentView(const NavigationPolicy &policy, Clock *clock = nullptr,
                         QWidget *parent = nullptr);
    ~PaymentView() override;

    // Loads the web-view module if needed; false (with WebViewModuleLoader::errorString())
    // when a PaymentView would have no page.
    static bool isAvailable();

    // Null when the module is missing; only code that links Qt WebEngine can use it.
    QWebEnginePage *page() const;
    QWidget *webView() const;

    void setReturnHandler(PaymentBrowser::ReturnHandler handler);
    // One line above the page: amount and what is paid for.
    void setSummary(const QString &text);
    // Shown under the title; busy shows the loading bar.
    void setStatus(const QString &text, bool busy);
    void setAbortEnabled(bool enabled);
    void showPayment(const QUrl &url, const QDateTime &expiresAt);
    int remainingSeconds() const;

signals:
    void abortRequested();
    void returnNavigation(const QUrl &url);
    void blockedNavigation(const QUrl &url);
    void popupRefused();
    void pageLoaded(bool ok);

private:
    void createBrowser(const NavigationPolicy &policy);
    void updateCountdown();
    void updateLoadingBar();

    Clock *m_clock;
    std::unique_ptr<PaymentBrowser> m_browser;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_countdown = nullptr;
    QProgressBar *m_loadingBar = nullptr;
    QPushButton *m_abortButton = nullptr;
    QTimer m_tick;
    QDateTime m_expiresAt;
    bool m_busy = true;
    bool m_pageLoading = false;
};
