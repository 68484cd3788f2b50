#pragma once

#include "CheckoutEnvironment.h"
#include "ReceiptDialog.h"
#include "checkout/PaymentRecord.h"

#include <QMainWindow>
#include <QPointer>

class Catalog;
class Order;
class OrderPanel;
class PaymentSession;
class QLabel;
class QStackedWidget;

class TotalsPanel;
class WebEngineWarmer;

// The cashier's screen: the order (left), totals and the Pay button (right, F12), messages and
// the mode in the status area. Pay runs one PaymentSession at a time on a second page of the
// stack; approval shows the receipt, anything else comes back to the untouched order.
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

public slots:
    // Starts a payment for the current order. Ignored while one runs or when the order is empty.
    void startPayment();
    void showMessage(const QString &text, bool isError);

signals:
    void paymentStarted();
    void paymentApproved(const PaymentRecord &record);
    void paymentEnded(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createOrderPage();
    void onApproved(const PaymentRecord &record);
    void onEnded(const QString &message);
    void finishSession();
    void newSale();
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
    PaymentSession *m_session = nullptr;
    QPointer<ReceiptDialog> m_receipt;
    QString m_storageWarning;
    WebEngineWarmer *m_warmer = nullptr;
    bool m_warmStarted = false;
};
