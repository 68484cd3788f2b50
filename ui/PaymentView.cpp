#include "PaymentView.h"

#include "UiLog.h"
#include "WebViewModuleLoader.h"
#include "core/Clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

PaymentView::PaymentView(const NavigationPolicy &policy, Clock *clock, QWidget *parent)
    : QWidget(parent), m_clock(clock ? clock : Clock::system())
{
    setObjectName(QStringLiteral("paymentView"));
    createBrowser(policy);

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
    if (m_browser) {
        layout->addWidget(m_browser->widget(), 1);
    } else {
        auto *missing = new QLabel(
            tr("The payment page cannot be shown: %1").arg(WebViewModuleLoader::errorString()),
            this);
        missing->setObjectName(QStringLiteral("paymentPageMissingLabel"));
        missing->setWordWrap(true);
        layout->addWidget(missing, 1);
    }

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &PaymentView::updateCountdown);
    setStatus(tr("Asking KakaoPay to start the payment…"), true);
    updateCountdown();
}

// The browser (and with it its web view, a child of ours) goes before QWidget deletes the
// children: Qt WebEngine wants the view, page and profile deleted in that order.
PaymentView::~PaymentView() = default;

bool PaymentView::isAvailable()
{
    return WebViewModuleLoader::module() != nullptr;
}

void PaymentView::createBrowser(const NavigationPolicy &policy)
{
    WebViewModule *module = WebViewModuleLoader::module();
    if (!module)
        return;
    PaymentBrowser::Events events;
    events.returnNavigation = [this](const QUrl &url) { emit returnNavigation(url); };
    events.blockedNavigation = [this](const QUrl &url) { emit blockedNavigation(url); };
    events.popupRefused = [this] { emit popupRefused(); };
    events.loadStarted = [this] {
        m_pageLoading = true;
        updateLoadingBar();
    };
    events.loadFinished = [this](bool ok) {
        // A navigation we stopped also ends in loadFinished(false): not an error by itself.
        m_pageLoading = false;
        updateLoadingBar();
        emit pageLoaded(ok);
    };
    m_browser.reset(module->createPaymentBrowser(policy, events, this));
}

QWebEnginePage *PaymentView::page() const
{
    return m_browser ? m_browser->page() : nullptr;
}

QWidget *PaymentView::webView() const
{
    return m_browser ? m_browser->widget() : nullptr;
}

void PaymentView::setReturnHandler(PaymentBrowser::ReturnHandler handler)
{
    if (m_browser)
        m_browser->setReturnHandler(std::move(handler));
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
    if (m_browser) {
        m_browser->load(url);
        m_browser->widget()->setFocus();
    }
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
