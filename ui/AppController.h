#pragma once

#include "history/RecoveryDialog.h"
#include "settings/FirstRunWizard.h"

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QScopedPointer>

class AppContext;
class MainWindow;
class RefundService;
class StoreLinkLabel;

// The application's face over AppContext: the main window and what its menus open (history,
// recovery, settings behind a manager PIN, the first-run wizard, About), the start-up sequence
// (window first, then the settings-reset notice, the wizard or recovery), and keeping Pay off
// while the context says payments cannot be recorded.
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(AppContext *context, QObject *parent = nullptr);
    ~AppController() override;

    MainWindow *window() const { return m_window.data(); }
    FirstRunWizard *wizard() const { return m_wizard; }
    RecoveryDialog *recoveryDialog() const { return m_recovery; }
    QMessageBox *settingsResetNotice() const { return m_resetNotice; }

    // Shows the window at once; the rest follows from the event loop.
    void start();

public slots:
    void openHistory();
    // The payments and refunds in doubt. atStart: only when the journal held something
    // unfinished.
    void openRecovery(bool atStart = false);
    // A manager confirms (PIN) that the customer of this payment in doubt was not charged.
    void releaseBasket(const QString &partnerOrderId);
    // A manager sends a refund in doubt again (PIN).
    void resendRefund(qint64 refundId);
    void openSettings();
    void openSetup();
    void openAbout();

signals:
    // Start-up recovery took in what the journal left (a dialog shows) or found nothing.
    void startupRecoveryDone(bool dialogShown);

private:
    void afterShown();
    void showSettingsResets();
    void onEnvironmentChanged();
    void onProblemAction();
    void maybeRecoverAtStart();
    void checkJournalInBackground();
    bool busy(const QString &what); // true (and says why) while a payment runs
    void updateRecoveryActions();
    void reload();

    AppContext *m_context;
    QScopedPointer<MainWindow> m_window;
    QPointer<FirstRunWizard> m_wizard;
    QPointer<RecoveryDialog> m_recovery;
    QPointer<QMessageBox> m_resetNotice;
    QPointer<QWidget> m_history;
    StoreLinkLabel *m_storeLink = nullptr; // owned by the window's status bar
    RefundService *m_historyRefunds = nullptr;
    bool m_shown = false;
    // Set when the full integrity check (run after start, off the UI thread) found damage that
    // the quick header check at open could not see; keeps Pay off for that journal.
    QString m_damagedJournal;
    QString m_damageReason;
    bool m_recoveredAtStart = false;
};
