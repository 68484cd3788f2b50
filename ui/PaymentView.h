#pragma once

#include "NavigationPolicy.h"
#include "PaymentPage.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class Clock;
class QLabel;
class QProgressBar;
class QPushButton;
class QWebEngineProfile;
class QWebEngineView;

// The screen the customer pays on: KakaoPay's page in a web view with its own off-the-record
// profile (one PaymentView per payment, so no cookie or cache outlives it), a countdown to the
// tid's expiry, a loading bar and an Abort button (Esc).
class PaymentView : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentView(const NavigationPolicy &policy, Clock *clock = nullptr,
                         QWidget *parent = nullptr);
    ~PaymentView() override;

    PaymentPage *page() const { return m_page; }
    QWebEngineView *webView() const { return m_view; }
    QWebEngineProfile *profile() const { return m_profile; }

    void setReturnHandler(PaymentPage::ReturnHandler handler);
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
    void updateCountdown();
    void updateLoadingBar();

    Clock *m_clock;
    QWebEngineProfile *m_profile = nullptr;
    PaymentPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
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
