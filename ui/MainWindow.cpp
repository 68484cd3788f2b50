#include "MainWindow.h"

#include "DoubtBar.h"
#include "OrderPanel.h"
#include "OutcomePanel.h"
#include "PaymentSession.h"
#include "PaymentView.h"
#include "ProblemBar.h"
#include "ReceiptDialog.h"
#include "TotalsPanel.h"
#include "TrainingBanner.h"
#include "UiLog.h"
#include "WebEngineWarmer.h"
#include "WebViewModuleLoader.h"
#include "checkout/Catalog.h"
#include "checkout/Order.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(const CheckoutEnvironment &env, const Catalog *catalog, QWidget *parent)
    : QMainWindow(parent), m_env(env), m_catalog(catalog), m_order(new Order(this)),
      m_warmer(new WebEngineWarmer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/paydesk.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new TrainingBanner(central);
    layout->addWidget(m_banner);
    m_problem = new ProblemBar(central);
    connect(m_problem, &ProblemBar::actionClicked, this, &MainWindow::problemActionClicked);
    layout->addWidget(m_problem);
    m_doubtBar = new DoubtBar(central);
    connect(m_doubtBar, &DoubtBar::detailsRequested, this, &MainWindow::recoveryRequested);
    layout->addWidget(m_doubtBar);

    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("screenStack"));
    m_orderPage = createOrderPage();
    m_stack->addWidget(m_orderPage);
    m_outcome = new OutcomePanel(m_stack);
    m_stack->addWidget(m_outcome);
    connect(m_outcome, &OutcomePanel::dismissed, this, [this] { showPage(nullptr); });
    connect(m_outcome, &OutcomePanel::checkNowRequested, this, [this] {
        if (m_doubts)
            m_doubts->checkNow();
        showMessage(tr("Asking KakaoPay…"), false);
    });
    connect(m_outcome, &OutcomePanel::releaseRequested, this, &MainWindow::releaseRequested);
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

    m_modeLabel = new QLabel(this);
    m_modeLabel->setObjectName(QStringLiteral("modeLabel"));
    statusBar()->addPermanentWidget(m_modeLabel);
    statusBar()->addPermanentWidget(
        new QLabel(QStringLiteral("PayDesk %1").arg(QStringLiteral(PAYDESK_VERSION)), this));

    createActions();
    setEnvironment(m_env);
    connect(m_order, &Order::changed, this, &MainWindow::updateTotals);
    connect(m_warmer, &WebEngineWarmer::warmed, this, [this] {
        // Said now, not when the customer is waiting; unless the red bar already says why
        // payments are off (as root with the sandbox on, the module is not even tried).
        if (!WebViewModuleLoader::isLoaded() && m_payBlock.isEmpty())
            showMessage(paymentScreenMissingText(), true);
    });
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

QAction *MainWindow::makeAction(QMenu *menu, const char *name, const QString &text,
                                const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QLatin1String(name));
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
    }
    menu->addAction(action);
    addAction(action); // shortcuts work wherever the focus is in the window
    return action;
}

void MainWindow::createActions()
{
    QMenuBar *bar = menuBar();
    bar->setObjectName(QStringLiteral("mainMenuBar"));
    QMenu *sale = bar->addMenu(tr("&Sale"));
    sale->setObjectName(QStringLiteral("saleMenu"));
    QAction *newSaleAction =
        makeAction(sale, "newSaleAction", tr("&New sale"), QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(newSaleAction, &QAction::triggered, this, [this] {
        if (m_session || m_receipt)
            return;
        m_stack->setCurrentWidget(m_orderPage);
        showPage(nullptr);
        newSale();
    });
    QAction *payAction = makeAction(sale, "payAction", tr("&Pay"), QKeySequence(Qt::Key_F12));
    payAction->setIconText(tr("Pay (F12)"));
    connect(payAction, &QAction::triggered, this, &MainWindow::startPayment);
    sale->addSeparator();
    QAction *quit = makeAction(sale, "quitAction", tr("&Quit"), QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *history = bar->addMenu(tr("&History"));
    history->setObjectName(QStringLiteral("historyMenu"));
    QAction *historyAction =
        makeAction(history, "historyAction", tr("Payment &history…"), QKeySequence(Qt::Key_F5));
    historyAction->setIconText(tr("History (F5)"));
    connect(historyAction, &QAction::triggered, this, &MainWindow::historyRequested);

    QMenu *recovery = bar->addMenu(tr("&Recovery"));
    recovery->setObjectName(QStringLiteral("recoveryMenu"));
    QAction *recoveryAction =
        makeAction(recovery, "recoveryAction", tr("Payments and refunds in &doubt…"));
    recoveryAction->setIconText(tr("In doubt"));
    connect(recoveryAction, &QAction::triggered, this, &MainWindow::recoveryRequested);
    m_recoveryAction = recoveryAction;

    QMenu *settings = bar->addMenu(tr("Se&ttings"));
    settings->setObjectName(QStringLiteral("settingsMenu"));
    m_settingsAction = makeAction(settings, "settingsAction", tr("&Settings… (manager PIN)"));
    m_settingsAction->setIconText(tr("Settings"));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
    m_setupAction = makeAction(settings, "setupAction", tr("Set &up PayDesk…"));
    m_setupAction->setIconText(tr("Set up"));
    connect(m_setupAction, &QAction::triggered, this, &MainWindow::setupRequested);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = makeAction(help, "aboutAction", tr("&About PayDesk"));
    connect(about, &QAction::triggered, this, &MainWindow::aboutRequested);

    // The same commands as big buttons for a touch screen.
    QToolBar *tools = addToolBar(tr("Commands"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->setStyleSheet(QStringLiteral("QToolButton { min-height: 44px; min-width: 96px; "
                                        "padding: 4px 14px; font-size: 12pt; }"));
    tools->addAction(newSaleAction);
    tools->addAction(payAction);
    tools->addSeparator();
    tools->addAction(historyAction);
    tools->addAction(recoveryAction);
    tools->addSeparator();
    tools->addAction(m_settingsAction);
    tools->addAction(m_setupAction);
    bar->setStyleSheet(QStringLiteral("QMenuBar { font-size: 12pt; } "
                                      "QMenuBar::item { padding: 8px 14px; } "
                                      "QMenu { font-size: 12pt; } "
                                      "QMenu::item { padding: 10px 28px 10px 20px; }"));
    setManagerAvailable(false);
}

void MainWindow::setEnvironment(const CheckoutEnvironment &env)
{
    m_env = env;
    setWindowTitle(m_env.training ? tr("PayDesk — TRAINING MODE (no real payments)")
                                  : tr("PayDesk"));
    m_banner->setVisible(m_env.training);
    m_modeLabel->setText(m_env.modeDescription);
    m_modeLabel->setStyleSheet(m_env.training ? QStringLiteral("color: #e65100; font-weight: bold;")
                                              : QString());
    watchDoubts(m_env.doubts);
    updatePayButton();
}

void MainWindow::watchDoubts(DoubtMonitor *doubts)
{
    if (m_doubts == doubts)
        return;
    if (m_doubts)
        disconnect(m_doubts, nullptr, this, nullptr);
    m_doubts = doubts;
    if (m_doubts) {
        connect(m_doubts, &DoubtMonitor::changed, this, &MainWindow::updateDoubtBar);
        connect(m_doubts, &DoubtMonitor::paymentSettled, this, &MainWindow::onDoubtSettled);
        connect(m_doubts, &DoubtMonitor::paymentOpen, this,
                [this](const PaymentRecord &record, const QString &reason) {
                    if (m_stack->currentWidget() == m_outcome)
                        m_outcome->updateReason(record, reason);
                });
    }
    updateDoubtBar();
}

void MainWindow::updateDoubtBar()
{
    if (!m_doubts) {
        m_doubtBar->setOpen(0, 0);
        return;
    }
    m_doubtBar->setOpen(int(m_doubts->openPayments().size()), int(m_doubts->openRefunds().size()));
}

QString MainWindow::doubtText() const
{
    return m_doubtBar->isHidden() ? QString() : m_doubtBar->text();
}

void MainWindow::setPayBlocked(const QString &reason, const QString &actionText)
{
    m_payBlock = reason;
    m_problem->showProblem(reason, actionText);
    updatePayButton();
}

void MainWindow::setManagerAvailable(bool available)
{
    m_settingsAction->setEnabled(available);
    m_setupAction->setVisible(!available);
}

QWidget *MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

void MainWindow::showPage(QWidget *page)
{
    if (m_extraPage) {
        m_stack->removeWidget(m_extraPage);
        m_extraPage->deleteLater();
        m_extraPage = nullptr;
    }
    if (!page || m_session) {
        delete page;
        if (m_stack->currentWidget() == m_outcome)
            m_orderPanel->setEditingEnabled(true);
        m_stack->setCurrentWidget(m_orderPage);
        m_orderPanel->focusEntry();
        return;
    }
    m_extraPage = new QWidget(m_stack);
    m_extraPage->setObjectName(QStringLiteral("extraPage"));
    auto *back = new QPushButton(tr("← Back to the sale (Esc)"), m_extraPage);
    back->setObjectName(QStringLiteral("backToSaleButton"));
    back->setMinimumHeight(44);
    back->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(back, &QPushButton::clicked, this, [this] { showPage(nullptr); });
    auto *layout = new QVBoxLayout(m_extraPage);
    auto *row = new QHBoxLayout;
    row->addWidget(back);
    row->addStretch(1);
    layout->addLayout(row);
    page->setParent(m_extraPage);
    layout->addWidget(page, 1);
    m_stack->addWidget(m_extraPage);
    m_stack->setCurrentWidget(m_extraPage);
}

QString MainWindow::problemText() const
{
    return m_problem->isVisible() || !m_payBlock.isEmpty() ? m_problem->text() : QString();
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
    // Once, after the window's first frame (the warmer waits for it): the cashier sees the
    // window at once, Chromium starts behind it.
    m_warmer->warm(m_env.warmUpUrl);
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
    m_totals->setPayEnabled(!m_session && !m_receipt && !m_order->isEmpty() &&
                            m_payBlock.isEmpty());
}

QString MainWindow::paymentScreenMissingText()
{
    return tr("Payments are off: the payment screen could not be loaded (%1). Reinstall PayDesk "
              "or call support.")
        .arg(WebViewModuleLoader::errorString());
}

void MainWindow::startPayment()
{
    // One payment at a time: a double press, a held Enter or F12 while paying does nothing.
    if (m_session || m_receipt)
        return;
    if (!m_payBlock.isEmpty()) {
        showMessage(tr("Payments are off: see the red bar at the top."), true);
        return;
    }
    if (m_stack->currentWidget() != m_orderPage)
        showPage(nullptr);
    if (m_order->isEmpty()) {
        showMessage(tr("The order is empty. Scan a product first."), true);
        return;
    }
    if (!PaymentView::isAvailable()) {
        showMessage(paymentScreenMissingText(), true);
        return;
    }
    if (m_doubts) {
        // The same basket, still in doubt: the customer may have paid it already.
        if (const auto blocking = m_doubts->blockingPayment(m_order->snapshot().lines)) {
            m_outcome->showBasketBlocked(*blocking);
            showOutcome();
            showMessage(tr("Not started: KakaoPay has not answered yet for this same order."),
                        true);
            return;
        }
    }
    m_storageWarning.clear();
    m_session = new PaymentSession(m_env, m_order->snapshot(), this);
    connect(m_session, &PaymentSession::approved, this, &MainWindow::onApproved);
    connect(m_session, &PaymentSession::ended, this, &MainWindow::onEnded);
    connect(m_session, &PaymentSession::inDoubt, this, &MainWindow::onInDoubt);
    connect(m_session, &PaymentSession::storageWarning, this,
            [this](const QString &message) { m_storageWarning = message; });
    m_orderPanel->setEditingEnabled(false);
    m_recoveryAction->setEnabled(false); // recovery is off while a payment runs
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
    m_recoveryAction->setEnabled(true);
    updatePayButton();
}

void MainWindow::showOutcome()
{
    m_orderPanel->setEditingEnabled(false);
    m_stack->setCurrentWidget(m_outcome);
    m_outcome->setFocus();
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
    const bool byCashier = m_session && m_session->attempt()->state() == PaymentState::Aborted;
    finishSession();
    // Ended for certain without money: the only end after which Pay is offered again.
    showMessage(tr("%1 The order is unchanged; you can press Pay again.").arg(message), true);
    if (!byCashier) {
        m_outcome->showNotPaid(tr("The payment did not go through"), message);
        showOutcome();
    }
    emit paymentEnded(message);
}

void MainWindow::onInDoubt(const PaymentRecord &record, const QString &message)
{
    finishSession();
    if (m_doubts)
        m_doubts->adoptPayment(record);
    m_outcome->showInDoubt(record, message);
    showOutcome();
    showMessage(tr("KakaoPay has not answered yet: do not take this payment again (%1, order "
                   "%2).")
                    .arg(record.totals.total.toDisplayString(), record.partnerOrderId),
                true);
    if (!m_storageWarning.isEmpty())
        showMessage(m_storageWarning, true);
    emit paymentInDoubt(record, message);
}

void MainWindow::onDoubtSettled(const PaymentRecord &record, const QString &text)
{
    const bool shown = m_outcome->partnerOrderId() == record.partnerOrderId &&
                       m_stack->currentWidget() == m_outcome;
    const bool paid = record.state == PaymentState::Approved ||
                      record.state == PaymentState::PartRefunded ||
                      record.state == PaymentState::Refunded;
    if (shown && paid && !m_session && !m_receipt) {
        // The sale on screen went through after all: it ends as any approved sale does.
        m_stack->setCurrentWidget(m_orderPage);
        onApproved(record);
        return;
    }
    if (shown && !paid) {
        m_outcome->showSettledNotPaid(record, text);
        return;
    }
    if (paid && !record.releasedBy.isEmpty())
        showMessage(tr("Payment %1 (%2) went through after all, although manager %3 confirmed "
                       "the customer was not charged: the customer may have paid twice. Check "
                       "the history and refund one of them.")
                        .arg(record.partnerOrderId, record.totals.total.toDisplayString(),
                             record.releasedBy),
                    true);
    else if (paid)
        showMessage(tr("KakaoPay confirmed payment %1 (%2): it went through. Its receipt is in "
                       "the history.")
                        .arg(record.partnerOrderId, record.totals.total.toDisplayString()),
                    false);
    else
        showMessage(tr("KakaoPay confirmed payment %1 (%2) was not paid: %3.")
                        .arg(record.partnerOrderId, record.totals.total.toDisplayString(), text),
                    false);
}

void MainWindow::newSale()
{
    m_receipt = nullptr;
    m_order->clear();
    showMessage(tr("Ready for the next customer."), false);
    m_orderPanel->focusEntry();
    updatePayButton();
}
