#pragma once

#include <QDialog>
#include <QPointer>
#include <QScopedPointer>

class DoubtMonitor;
namespace Ui {
class RecoveryDialog;
}

// Payments and refunds in doubt, as the DoubtMonitor sees them, live: what is still open and
// why, and what was settled since PayDesk started (start-up recovery included). A manager can
// ask KakaoPay now, confirm that the customer of a payment in doubt was not charged (so that the
// basket may be paid again) or send a refund in doubt again; the last two need a PIN and are
// asked for through signals (AppController answers them).
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecoveryDialog(DoubtMonitor *monitor, QWidget *parent = nullptr);
    ~RecoveryDialog() override;

    int openCount() const;
    int settledCount() const;
    // Off while a payment or a refund runs.
    void setActionsEnabled(bool enabled);

signals:
    void releaseRequested(const QString &partnerOrderId);
    void resendRequested(qint64 refundId);

private:
    void refresh();
    void updateButtons();

    QScopedPointer<Ui::RecoveryDialog> m_ui;
    QPointer<DoubtMonitor> m_monitor;
    bool m_actionsEnabled = true;
};
