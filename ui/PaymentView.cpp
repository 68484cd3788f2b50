#include "PaymentView.h"

#include "UiLog.h"
#include "WebRenderBackend.h"
#include "core/Clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>
#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>
#include <QWebEngineView>

PaymentView::PaymentView(const NavigationPolicy &policy, Clock *clock, QWidget *parent)
    : QWidget(parent), m_clock(clock ? clock : Clock::system())
{
    setObjectName(QStringLiteral("paymentView"));
    WebRenderBackend::choose(); // before the first web view (normally done by the warm-up)

    // No storage name: off the record, cookies and cache in memory only, gone with the view.
    m_profile = new QWebEngineProfile(this);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    connect(m_profile, &QWebEngineProfile::downloadRequested, this,
            [](QWebEngineDownloadRequest *download) {
                qCWarning(lcPayment) << "download refused";
                download->cancel();
            });

    m_page = new PaymentPage(m_profile, policy, this);
    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("paymentWebView"));
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("paymentSummaryLabel"));
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_summary->setFont(big);

    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("countdownLabel"));
    m_countdown->setFont(big);

    m_abortButton = new QPushButton(tr("Abort (Esc)"), this);
    m_abortButton->setObjectName(QStringLiteral("abortButton"));
    m_abortButton->setMinimumSize(160, 56);
    m_abortButton->setFocusPolicy(Qt::NoFocus);
    connect(m_abortButton, &QPushButton::clicked, this, &PaymentView::abortRequested);
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(esc, &QShortcut::activated, m_abortButton, &QPushButton::click);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("paymentStatusLabel"));
    m_status->setWordWrap(true);

    m_loadingBar = new QProgressBar(this);
    m_loadingBar->setObjectName(QStringLiteral("loadingBar"));
    m_loadingBar->setRange(0, 0);
    m_loadingBar->setTextVisible(false);
    m_loadingBar->setMaximumHeight(8);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_countdown);
    top->addSpacing(16);
    top->addWidget(m_abortButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_loadingBar);
    layout->addWidget(m_view, 1);

    connect(m_page, &PaymentPage::returnNavigation, this, &PaymentView::returnNavigation);
    connect(m_page, &PaymentPage::blockedNavigation, this, &PaymentView::blockedNavigation);
    connect(m_page, &PaymentPage::popupRefused, this, &PaymentView::popupRefused);
    connect(m_page, &QWebEnginePage::loadStarted, this, [this] {
        m_pageLoading = true;
        updateLoadingBar();
    });
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        // A navigation we stopped also ends in loadFinished(false): not an error by itself.
        m_pageLoading = false;
        updateLoadingBar();
        emit pageLoaded(ok);
    });

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &PaymentView::updateCountdown);
    setStatus(tr("Asking KakaoPay to start the payment…"), true);
    updateCountdown();
}

PaymentView::~PaymentView()
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

void PaymentView::setReturnHandler(PaymentPage::ReturnHandler handler)
{
    m_page->setReturnHandler(std::move(handler));
}

void PaymentView::setSummary(const QString &text)
{
    m_summary->setText(text);
}

void PaymentView::setStatus(const QString &text, bool busy)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_busy = busy;
    updateLoadingBar();
}

void PaymentView::setAbortEnabled(bool enabled)
{
    m_abortButton->setEnabled(enabled);
}

void PaymentView::showPayment(const QUrl &url, const QDateTime &expiresAt)
{
    m_expiresAt = expiresAt;
    qCInfo(lcPayment) << "showing payment page" << NavigationPolicy::loggable(url);
    setStatus(tr("The customer scans the QR code or confirms in KakaoTalk."), false);
    m_view->load(url);
    m_view->setFocus();
    updateCountdown();
    m_tick.start();
}

int PaymentView::remainingSeconds() const
{
    if (!m_expiresAt.isValid())
        return -1;
    return int(qMax<qint64>(0, m_clock->now().secsTo(m_expiresAt)));
}

void PaymentView::updateCountdown()
{
    const int seconds = remainingSeconds();
    if (seconds < 0) {
        m_countdown->clear();
        return;
    }
    m_countdown->setText(
        tr("Time left %1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
    // The last minute in red so the cashier notices.
    m_countdown->setStyleSheet(seconds <= 60 ? QStringLiteral("color: #c62828;") : QString());
    if (seconds == 0)
        m_tick.stop();
}

void PaymentView::updateLoadingBar()
{
    m_loadingBar->setVisible(m_busy || m_pageLoading);
}
