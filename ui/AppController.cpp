#include "AppController.h"

#include "AboutDialog.h"
#include "AppContext.h"
#include "FirstFrameWatcher.h"
#include "MainWindow.h"
#include "StoreLinkLabel.h"
#include "UiLog.h"
#include "history/HistoryContext.h"
#include "history/HistoryView.h"
#include "history/RecoveryDialog.h"
#include "recovery/DoubtMonitor.h"
#include "refunds/RefundService.h"
#include "settings/AppSettings.h"
#include "settings/FirstRunWizard.h"
#include "settings/ManagerPinDialog.h"
#include "settings/SettingsDialog.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QThread>
#include <QTimer>

#include <memory>

AppController::AppController(AppContext *context, QObject *parent)
    : QObject(parent), m_context(context),
      m_window(new MainWindow(context->environment(), context->catalog()))
{
    connect(m_context, &AppContext::environmentChanged, this, &AppController::onEnvironmentChanged);
    m_storeLink = new StoreLinkLabel(m_window.data());
    m_window->statusBar()->insertPermanentWidget(0, m_storeLink);
    connect(m_context, &AppContext::storeChanged, this,
            [this] { m_storeLink->update(m_context->store(), m_context->storeProblem()); });
    m_storeLink->update(m_context->store(), m_context->storeProblem());
    connect(m_context, &AppContext::notice, this,
            [this](const QString &message) { m_window->showMessage(message, true); });
    connect(m_window.data(), &MainWindow::historyRequested, this, &AppController::openHistory);
    connect(m_window.data(), &MainWindow::recoveryRequested, this, [this] { openRecovery(false); });
    connect(m_window.data(), &MainWindow::settingsRequested, this, &AppController::openSettings);
    connect(m_window.data(), &MainWindow::setupRequested, this, &AppController::openSetup);
    connect(m_window.data(), &MainWindow::aboutRequested, this, &AppController::openAbout);
    connect(m_window.data(), &MainWindow::problemActionClicked, this,
            &AppController::onProblemAction);
    connect(m_window.data(), &MainWindow::releaseRequested, this, &AppController::releaseBasket);
    connect(m_window.data(), &MainWindow::paymentStarted, this,
            &AppController::updateRecoveryActions);
    connect(m_window.data(), &MainWindow::paymentApproved, this,
            &AppController::updateRecoveryActions);
    connect(m_window.data(), &MainWindow::paymentEnded, this,
            &AppController::updateRecoveryActions);
    connect(m_window.data(), &MainWindow::paymentInDoubt, this,
            &AppController::updateRecoveryActions);
    onEnvironmentChanged();
    if (!m_context->warnings().isEmpty())
        m_window->showMessage(m_context->warnings().join(u' '), true);
}

AppController::~AppController()
{
    // Dialogs and pages use the context's services: they go with the window, before it.
    m_window.reset();
}

void AppController::start()
{
    // The window's first frame comes before anything else: a modal dialog (first run, recovery)
    // opened from a zero timer here would run its own event loop before the window had
    // painted, and the cashier would look at a blank frame behind it.
    m_window->show();
    FirstFrameWatcher::of(m_window.data())->whenPainted([this] { afterShown(); });
    m_shown = true;
}

void AppController::afterShown()
{
    checkJournalInBackground();
    showSettingsResets();
    if (m_context->needsFirstRun())
        openSetup();
    else
        maybeRecoverAtStart();
}

void AppController::checkJournalInBackground()
{
    // The journal was opened with a header check only: reading every page takes seconds on a
    // big journal, so the full check runs here, after the window is up, on its own connection.
    const QString path = m_context->journalPath();
    if (!m_context->journal() || path.isEmpty()) // not open: the problem bar already says why
        return;
    auto result = std::make_shared<DatabaseError>();
    QThread *thread = QThread::create([path, result] { *result = Database::checkFile(path); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, path, result] {
        if (!result->isError() || m_context->journalPath() != path)
            return;
        qCWarning(lcUi) << "journal failed its integrity check:" << result->detail;
        m_damagedJournal = path;
        m_damageReason = tr("Payments are off: the journal failed its integrity check. Close "
                            "PayDesk and call support; nothing in the file is changed. %1")
                             .arg(result->message());
        onEnvironmentChanged();
    });
    thread->start(QThread::LowPriority);
}

void AppController::showSettingsResets()
{
    const QList<SettingsReset> &resets = m_context->settingsResets();
    if (resets.isEmpty())
        return;
    QStringList lines;
    for (const SettingsReset &reset : resets)
        lines.append(QStringLiteral("• ") + reset.message);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Settings were reset"),
                                tr("Some settings could not be read and were put back to their "
                                   "defaults. A manager should check them in the settings."),
                                QMessageBox::Ok, m_window.data());
    box->setObjectName(QStringLiteral("settingsResetNotice"));
    box->setInformativeText(lines.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
    m_resetNotice = box;
    m_window->showMessage(tr("Some settings were reset: %1").arg(resets.first().message), true);
}

void AppController::onEnvironmentChanged()
{
    const HistoryContext history = m_context->historyContext();
    if (m_history && history.refunds != m_historyRefunds)
        m_window->showPage(nullptr); // it holds services that are gone
    if (!m_window->isPaymentRunning())
        m_window->setEnvironment(m_context->environment());
    m_window->setManagerAvailable(m_context->hasManager());
    if (m_context->needsFirstRun()) {
        m_window->setPayBlocked(tr("Finish setting up PayDesk before the first sale."),
                                tr("Set up PayDesk…"));
    } else if (!m_damagedJournal.isEmpty() && m_damagedJournal == m_context->journalPath()) {
        m_window->setPayBlocked(m_damageReason);
    } else {
        m_window->setPayBlocked(m_context->payBlockReason(), m_context->canStartFreshJournal()
                                                                 ? tr("Start a new journal")
                                                                 : QString());
    }
    if (m_shown)
        maybeRecoverAtStart();
}

void AppController::onProblemAction()
{
    if (m_context->needsFirstRun()) {
        openSetup();
        return;
    }
    if (!m_context->canStartFreshJournal())
        return;
    const auto answer = QMessageBox::question(
        m_window.data(), tr("Start a new journal"),
        tr("The damaged journal stays where it was moved to, for your IT support. Start a new, "
           "empty journal now? Payments recorded in the damaged one will not be in the "
           "history."));
    if (answer != QMessageBox::Yes)
        return;
    if (!m_context->startFreshJournal())
        QMessageBox::critical(m_window.data(), tr("Journal"),
                              tr("The new journal could not be opened either: %1")
                                  .arg(m_context->journalError().message()));
    else
        m_window->showMessage(tr("A new journal was started. Payments are on again."), false);
}

void AppController::maybeRecoverAtStart()
{
    if (m_recoveredAtStart || m_context->needsFirstRun() || !m_context->doubts())
        return;
    m_recoveredAtStart = true;
    openRecovery(true);
}

bool AppController::busy(const QString &what)
{
    QString reason;
    if (m_window->isPaymentRunning() || m_window->receiptDialog())
        reason = tr("Finish the current payment before opening %1.").arg(what);
    if (reason.isEmpty())
        return false;
    m_window->showMessage(reason, true);
    return true;
}

void AppController::openHistory()
{
    if (busy(tr("the history")))
        return;
    if (!m_context->journal()) {
        m_window->showMessage(tr("The history is not available: the journal is not open."), true);
        return;
    }
    const HistoryContext history = m_context->historyContext();
    auto *view = new HistoryView(history);
    view->setObjectName(QStringLiteral("historyView"));
    // A training journal holds only training payments: show them rather than an empty list.
    if (auto *training = view->findChild<QCheckBox *>(QStringLiteral("trainingCheck"))) {
        training->setChecked(m_context->isTraining());
        view->applyFilter();
    }
    m_historyRefunds = history.refunds;
    m_history = view;
    m_window->showPage(view);
    m_window->showMessage(history.managers ? tr("Payment history.")
                                           : tr("Payment history (read only: no manager yet)."),
                          false);
}

void AppController::openRecovery(bool atStart)
{
    DoubtMonitor *doubts = m_context->doubts();
    if (!doubts) {
        if (!atStart)
            m_window->showMessage(m_context->payBlockReason().isEmpty()
                                      ? tr("Recovery needs the journal, which is not open.")
                                      : m_context->payBlockReason(),
                                  true);
        return;
    }
    if (m_recovery) {
        m_recovery->raise();
        return;
    }
    const int recovered = m_context->recoveredAtStart();
    if (atStart && recovered == 0) {
        qCInfo(lcUi) << "nothing to recover at start";
        emit startupRecoveryDone(false);
        return;
    }
    auto *dialog = new RecoveryDialog(doubts, m_window.data());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(false);
    if (atStart)
        dialog->setWindowTitle(tr("Payments recovered at start"));
    connect(dialog, &RecoveryDialog::releaseRequested, this, &AppController::releaseBasket);
    connect(dialog, &RecoveryDialog::resendRequested, this, &AppController::resendRefund);
    m_recovery = dialog;
    updateRecoveryActions();
    dialog->resize(960, 520);
    dialog->show();
    if (atStart) {
        m_window->showMessage(
            tr("%n unfinished payment(s) or refund(s) from the last session were taken in.",
               nullptr, recovered),
            false);
        emit startupRecoveryDone(true);
    }
}

void AppController::updateRecoveryActions()
{
    // Recovery is off while a payment or a refund runs.
    if (!m_recovery)
        return;
    RefundService *refunds = m_context->refunds();
    bool refundRunning = false;
    if (refunds && m_context->doubts()) {
        const QList<DoubtMonitor::OpenRefund> open = m_context->doubts()->openRefunds();
        for (const DoubtMonitor::OpenRefund &r : open)
            refundRunning = refundRunning || refunds->isBusy(r.refund.partnerOrderId);
    }
    m_recovery->setActionsEnabled(!m_window->isPaymentRunning() && !refundRunning);
}

void AppController::releaseBasket(const QString &partnerOrderId)
{
    DoubtMonitor *doubts = m_context->doubts();
    if (!doubts || !m_context->hasManager()) {
        m_window->showMessage(tr("Only a manager can confirm that the customer was not "
                                 "charged, and no manager is set up."),
                              true);
        return;
    }
    auto *pin = new ManagerPinDialog(
        m_context->managers(),
        tr("A manager confirms that the customer was NOT charged for order %1 (check the "
           "customer's KakaoPay history). The order can then be paid again; PayDesk keeps "
           "asking KakaoPay about the first payment.")
            .arg(partnerOrderId),
        m_window.data());
    pin->setObjectName(QStringLiteral("releasePinDialog"));
    pin->setAttribute(Qt::WA_DeleteOnClose);
    connect(pin, &QDialog::accepted, this, [this, pin, partnerOrderId] {
        DoubtMonitor *monitor = m_context->doubts();
        if (monitor && monitor->release(partnerOrderId, pin->authorizedManager()))
            m_window->showMessage(tr("Manager %1 confirmed the customer was not charged for "
                                     "order %2: the order can be paid again.")
                                      .arg(pin->authorizedManager(), partnerOrderId),
                                  false);
        else
            m_window->showMessage(tr("Order %1 is no longer in doubt, or the journal could not "
                                     "record the confirmation.")
                                      .arg(partnerOrderId),
                                  true);
    });
    pin->open();
}

void AppController::resendRefund(qint64 refundId)
{
    RefundService *refunds = m_context->refunds();
    Journal *journal = m_context->journal();
    const std::optional<RefundRecord> refund = journal ? journal->refund(refundId) : std::nullopt;
    if (!refunds || !refund || !m_context->hasManager())
        return;
    auto *pin = new ManagerPinDialog(
        m_context->managers(),
        tr("A manager sends refund #%1 (%2 on order %3) again. PayDesk first asks KakaoPay twice, "
           "a little apart, and sends it only if KakaoPay still shows nothing refunded.")
            .arg(refundId)
            .arg(refund->amount.total.toDisplayString(), refund->partnerOrderId),
        m_window.data());
    pin->setObjectName(QStringLiteral("resendPinDialog"));
    pin->setAttribute(Qt::WA_DeleteOnClose);
    const QString orderId = refund->partnerOrderId;
    connect(pin, &QDialog::accepted, this, [this, pin, refundId, orderId] {
        RefundService *service = m_context->refunds();
        if (!service)
            return;
        AuthResult auth;
        auth.status = AuthResult::Status::Ok;
        auth.manager = pin->authorizedManager();
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(service, &RefundService::finished, this,
                              [this, refundId, connection](const RefundResult &result) {
                                  if (result.refundId != refundId &&
                                      result.outcome != RefundResult::Outcome::Refused)
                                      return;
                                  disconnect(*connection);
                                  m_window->showMessage(result.message, !result.ok());
                                  updateRecoveryActions();
                              });
        if (service->resend(
                refundId, RefundAuthorization::grant(auth, orderId, QDateTime::currentDateTime())))
            m_window->showMessage(
                tr("Asking KakaoPay before sending refund #%1 again…").arg(refundId), false);
        updateRecoveryActions();
    });
    pin->open();
}

void AppController::openSettings()
{
    if (busy(tr("the settings")))
        return;
    if (!m_context->hasManager()) {
        m_window->showMessage(tr("Add a manager first (Set up PayDesk)."), true);
        return;
    }
    ManagerPinDialog pin(m_context->managers(), tr("A manager PIN is needed to open the settings."),
                         m_window.data());
    if (pin.exec() != QDialog::Accepted)
        return;
    const SettingsValues before = m_context->settings()->values();
    SettingsDialog dialog(m_context->settings(), m_context->secrets(), m_context->managers(),
                          pin.authorizedManager(), m_window.data());
    dialog.setResetWarnings(m_context->settingsResets());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_context->settings()->values().language != before.language)
        QMessageBox::information(m_window.data(), tr("Language"),
                                 tr("The new language is used from the next start of PayDesk."));
    reload();
}

void AppController::openSetup()
{
    if (m_wizard) {
        m_wizard->raise();
        return;
    }
    // Once a manager exists, changes go through the settings and their PIN.
    if (m_context->hasManager() && !m_context->needsFirstRun()) {
        openSettings();
        return;
    }
    auto *wizard = new FirstRunWizard(m_context->settings(), m_context->secrets(),
                                      m_context->managers(), m_window.data());
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->resize(760, 520); // roomy fields for a touch screen
    m_wizard = wizard;
    connect(wizard, &QDialog::accepted, this, [this] {
        reload();
        m_window->showMessage(tr("PayDesk is set up. Ready for the first sale."), false);
    });
    connect(wizard, &QDialog::rejected, this, [this] {
        onEnvironmentChanged(); // a manager may have been added before Cancel
    });
    wizard->open(); // window-modal: the window is there, the checkout waits
}

void AppController::openAbout()
{
    AboutDialog::Facts facts;
    facts.training = m_context->isTraining();
    facts.modeDescription = m_context->environment().modeDescription;
    facts.dataFolder = m_context->dataDirectory();
    facts.journalFile = m_context->journalPath();
    facts.notices = ThirdPartyNotices::locate();
    auto *about = new AboutDialog(facts, m_window.data());
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void AppController::reload()
{
    m_window->showPage(nullptr);
    if (m_recovery)
        m_recovery->close(); // it shows the monitor of the settings that are going
    if (!m_context->reloadSettings()) {
        QMessageBox::critical(m_window.data(), tr("PayDesk"), m_context->errorString());
        return;
    }
    if (!m_context->warnings().isEmpty())
        m_window->showMessage(m_context->warnings().join(u' '), true);
}
