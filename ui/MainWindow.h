#pragma once

#include "CheckoutEnvironment.h"
#include "ReceiptDialog.h"
#include "checkout/PaymentRecord.h"
#include "recovery/DoubtMonitor.h"

#include <QMainWindow>
#include <QPointer>

class Catalog;
class DoubtBar;
class Order;
class OutcomePanel;
class OrderPanel;
class PaymentSession;
class ProblemBar;
class QAction;
class QMenu;
class QLabel;
class QStackedWidget;
class TrainingBanner;

class TotalsPanel;
class WebEngineWarmer;

// The cashier's screen: the order (left), totals and the Pay button (right, F12), messages and
// the mode in the status area. Pay runs one PaymentSession at a time on a second page of the
// stack; approval shows the receipt, anything else comes back to the untouched order.
//
// The menus (Sale, History, Recovery, Settings, Help) only ask: AppController answers the
// *Requested() signals, so this window can be tested with a bare CheckoutEnvironment.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const CheckoutEnvironment &env, const Catalog *catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    Order *order() const { return m_order; }
    OrderPanel *orderPanel() const { return m_orderPanel; }
    PaymentSession *paymentSession() const { return m_session; }
    bool isPaymentRunning() const { return m_session != nullptr; }
    ReceiptDialog *receiptDialog() const { return m_receipt; }
    WebEngineWarmer *warmer() const { return m_warmer; }
    QString messageText() const;
    QString problemText() const;
    bool isPayBlocked() const { return !m_payBlock.isEmpty(); }
    QWidget *currentPage() const;
    QWidget *orderPage() const { return m_orderPage; }
    OutcomePanel *outcomePanel() const { return m_outcome; }
    QString doubtText() const;

public slots:
    // Starts a payment for the current order. Ignored while one runs or when the order is empty.
    void startPayment();
    void showMessage(const QString &text, bool isError);
    // A new mode, client or journal (after the settings changed). Not while a payment runs.
    void setEnvironment(const CheckoutEnvironment &env);
    // reason empty: payments may start. Otherwise Pay is off and the reason stays on a red bar,
    // with a button (actionText) that emits problemActionClicked().
    void setPayBlocked(const QString &reason, const QString &actionText = {});
    // Settings and refunds need a manager; without one only "Set up PayDesk…" is offered.
    void setManagerAvailable(bool available);
    // Shows a page (the history) in place of the order, with a way back; nullptr: the order.
    void showPage(QWidget *page);
    void newSale();

signals:
    void paymentStarted();
    void paymentApproved(const PaymentRecord &record);
    void paymentEnded(const QString &message);
    void paymentInDoubt(const PaymentRecord &record, const QString &message);
    // A manager is to confirm that the buyer of this payment in doubt was not charged.
    void releaseRequested(const QString &partnerOrderId);
    void historyRequested();
    void recoveryRequested();
    void settingsRequested();
    void setupRequested();
    void aboutRequested();
    void problemActionClicked();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    static QString paymentScreenMissingText();
    QWidget *createOrderPage();
    void createActions();
    QAction *makeAction(QMenu *menu, const char *name, const QString &text,
                        const QKeySequence &shortcut = {});
    void onApproved(const PaymentRecord &record);
    void onEnded(const QString &message);
    void onInDoubt(const PaymentRecord &record, const QString &message);
    void onDoubtSettled(const PaymentRecord &record, const QString &text);
    void showOutcome();
    void watchDoubts(DoubtMonitor *doubts);
    void updateDoubtBar();
    void finishSession();
    void updateTotals();
    void updatePayButton();

    CheckoutEnvironment m_env;
    const Catalog *m_catalog;
    Order *m_order;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_orderPage = nullptr;
    OrderPanel *m_orderPanel = nullptr;
    TotalsPanel *m_totals = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_modeLabel = nullptr;
    TrainingBanner *m_banner = nullptr;
    ProblemBar *m_problem = nullptr;
    QWidget *m_extraPage = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_recoveryAction = nullptr;
    OutcomePanel *m_outcome = nullptr;
    DoubtBar *m_doubtBar = nullptr;
    QPointer<DoubtMonitor> m_doubts;
    QAction *m_setupAction = nullptr;
    QString m_payBlock;
    PaymentSession *m_session = nullptr;
    QPointer<ReceiptDialog> m_receipt;
    QString m_storageWarning;
    WebEngineWarmer *m_warmer = nullptr;
};
