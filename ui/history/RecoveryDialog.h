#pragma once

#include <QDialog>
#include <QScopedPointer>

class Journal;
class Reconciler;
class RefundReconciler;
struct ReconcileResult;
struct RefundResult;
namespace KakaoPay {
class Client;
}
namespace Ui {
class RecoveryDialog;
}

// What recovery found and did at start, one line per payment: order id, amount, what KakaoPay
// said, what PayDesk did. Runs checkout's Reconciler on the journal's unfinished payments,
// then settles the refunds left pending (RefundReconciler).
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryDialog(KakaoPay::Client *client, Journal *journal, QWidget *parent = nullptr);
    ~RecoveryDialog() override;

    // Starts recovery; finished() when both passes are done.
    void start();
    bool isRunning() const { return m_running; }
    int rowCount() const;

signals:
    void finished();

private:
    void addPayment(const ReconcileResult &result);
    void addRefund(const RefundResult &result);
    void addRow(const QString &orderId, const QString &amount, const QString &said,
                const QString &did);
    void done();

    QScopedPointer<Ui::RecoveryDialog> m_ui;
    Journal *m_journal;
    Reconciler *m_payments;
    RefundReconciler *m_refunds;
    bool m_running = false;
};
