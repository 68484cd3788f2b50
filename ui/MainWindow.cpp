#include "MainWindow.h"

#include "OrderPanel.h"
#include "PaymentSession.h"
#include "PaymentView.h"
#include "ReceiptDialog.h"
#include "TotalsPanel.h"
#include "TrainingBanner.h"
#include "UiLog.h"
#include "WebEngineWarmer.h"
#include "checkout/Catalog.h"
#include "checkout/Order.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

MainWindow::MainWindow(const CheckoutEnvironment &env, const Catalog *catalog, QWidget *parent)
    : QMainWindow(parent), m_env(env), m_catalog(catalog), m_order(new Order(this)),
      m_warmer(new WebEngineWarmer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(m_env.training ? tr("PayDesk — TRAINING MODE (no real payments)")
                                  : tr("PayDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/paydesk.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (m_env.training)
        layout->addWidget(new TrainingBanner(central));

    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("screenStack"));
    m_orderPage = createOrderPage();
    m_stack->addWidget(m_orderPage);
    layout->addWidget(m_stack, 1);

    m_message = new QLabel(central);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(40);
    m_message->setContentsMargins(12, 6, 12, 6);
    QFont messageFont = m_message->font();
    messageFont.setPointSizeF(messageFont.pointSizeF() * 1.15);
    m_message->setFont(messageFont);
    layout->addWidget(m_message);
    setCentralWidget(central);

    auto *mode = new QLabel(m_env.modeDescription, this);
    mode->setObjectName(QStringLiteral("modeLabel"));
    if (m_env.training)
        mode->setStyleSheet(QStringLiteral("color: #e65100; font-weight: bold;"));
    statusBar()->addPermanentWidget(mode);
    statusBar()->addPermanentWidget(
        new QLabel(QStringLiteral("PayDesk %1").arg(QStringLiteral(PAYDESK_VERSION)), this));

    auto *pay = new QShortcut(QKeySequence(Qt::Key_F12), this);
    connect(pay, &QShortcut::activated, this, &MainWindow::startPayment);
    connect(m_order, &Order::changed, this, &MainWindow::updateTotals);
    updateTotals();
    showMessage(tr("Ready. Scan a product or type its code."), false);
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    delete m_session;
}

QWidget *MainWindow::createOrderPage()
{
    auto *page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("orderPage"));
    m_orderPanel = new OrderPanel(m_order, m_catalog, page);
    m_orderPanel->setObjectName(QStringLiteral("orderPanel"));
    m_totals = new TotalsPanel(page);
    m_totals->setMinimumWidth(300);
    m_totals->setMaximumWidth(420);
    connect(m_orderPanel, &OrderPanel::message, this, &MainWindow::showMessage);
    connect(m_totals, &TotalsPanel::payRequested, this, &MainWindow::startPayment);
    auto *row = new QHBoxLayout(page);
    row->addWidget(m_orderPanel, 3);
    row->addWidget(m_totals, 1);
    return page;
}

QString MainWindow::messageText() const
{
    return m_message->text();
}

void MainWindow::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("background: #ffebee; color: #b71c1c;")
                                     : QString());
    if (isError)
        qCInfo(lcUi) << "message shown:" << text;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_orderPanel->focusEntry();
    if (m_warmStarted)
        return;
    m_warmStarted = true;
    // After the window is on screen: the cashier sees it at once, Chromium starts behind it.
    QTimer::singleShot(0, this, [this] { m_warmer->warm(m_env.warmUpUrl); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_session) {
        event->accept();
        return;
    }
    const auto answer =
        QMessageBox::question(this, tr("Payment in progress"),
                              tr("A payment is in progress. Abort it and quit PayDesk?"));
    if (answer != QMessageBox::Yes || !m_session->attempt()->abort()) {
        if (answer == QMessageBox::Yes)
            showMessage(tr("The payment is being approved. Wait for it to finish."), true);
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::updateTotals()
{
    m_totals->setTotals(m_order->totals(), m_order->quantity());
    updatePayButton();
}

void MainWindow::updatePayButton()
{
    m_totals->setPayEnabled(!m_session && !m_receipt && !m_order->isEmpty());
}

void MainWindow::startPayment()
{
    // One payment at a time: a double press, a held Enter or F12 while paying does nothing.
    if (m_session || m_receipt)
        return;
    if (m_order->isEmpty()) {
        showMessage(tr("The order is empty. Scan a product first."), true);
        return;
    }
    m_storageWarning.clear();
    m_session = new PaymentSession(m_env, m_order->snapshot(), this);
    connect(m_session, &PaymentSession::approved, this, &MainWindow::onApproved);
    connect(m_session, &PaymentSession::ended, this, &MainWindow::onEnded);
    connect(m_session, &PaymentSession::storageWarning, this,
            [this](const QString &message) { m_storageWarning = message; });
    m_orderPanel->setEditingEnabled(false);
    updatePayButton();
    m_stack->addWidget(m_session->view());
    m_stack->setCurrentWidget(m_session->view());
    showMessage(tr("Payment started: %1.").arg(m_order->totals().total.toDisplayString()), false);
    emit paymentStarted();
    m_session->start();
}

void MainWindow::finishSession()
{
    if (!m_session)
        return;
    PaymentSession *session = m_session;
    m_session = nullptr;
    m_stack->setCurrentWidget(m_orderPage);
    if (PaymentView *view = session->view()) {
        m_stack->removeWidget(view);
        view->hide();
    }
    // We may be inside the page's acceptNavigationRequest: delete later.
    session->deleteLater();
    m_orderPanel->setEditingEnabled(true);
    m_orderPanel->focusEntry();
    updatePayButton();
}

void MainWindow::onApproved(const PaymentRecord &record)
{
    finishSession();
    showMessage(tr("Payment approved: %1.").arg(record.totals.total.toDisplayString()), false);
    m_receipt = new ReceiptDialog(record, m_env.shop, this);
    m_receipt->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_storageWarning.isEmpty()) {
        m_receipt->setStorageWarning(m_storageWarning);
        showMessage(m_storageWarning, true);
    }
    connect(m_receipt, &QDialog::finished, this, &MainWindow::newSale);
    updatePayButton();
    m_receipt->open();
    emit paymentApproved(record);
}

void MainWindow::onEnded(const QString &message)
{
    finishSession();
    showMessage(tr("%1 The order is unchanged; you can press Pay again.").arg(message), true);
    emit paymentEnded(message);
}

void MainWindow::newSale()
{
    m_receipt = nullptr;
    m_order->clear();
    showMessage(tr("Ready for the next customer."), false);
    m_orderPanel->focusEntry();
    updatePayButton();
}
