#pragma once

#include "HistoryContext.h"
#include "checkout/PaymentRecord.h"
#include "refunds/RefundPlan.h"
#include "refunds/RefundRequest.h"

#include <QDialog>
#include <QScopedPointer>

class QPushButton;
namespace Ui {
class RefundDialog;
}

// A refund of one payment: everything left, an amount, or chosen lines with quantities; shows
// what is left and the tax-free / VAT split as it is chosen; asks for the reason, then a
// manager's PIN (ManagerPinDialog) for this refund, then refunds with a busy state and shows the
// result (approval, time, what is left) with the refund receipt. By lines, each line offers only
// the units earlier refunds did not give back (Journal::refundedQuantities).
class RefundDialog : public QDialog
{
    Q_OBJECT

public:
    RefundDialog(const HistoryContext &context, const PaymentRecord &payment,
                 QWidget *parent = nullptr);
    ~RefundDialog() override;

    // The request the form describes now.
    RefundRequest currentRequest() const;
    bool isBusy() const { return m_busy; }

public slots:
    void updatePreview();
    // Refund… pressed: checks the form, then asks for the manager's PIN.
    void confirm();

signals:
    void refundFinished(const RefundResult &result);

protected:
    void reject() override; // not while the refund is on the wire

private:
    void onAuthorized(const QString &manager);
    void onFinished(const RefundResult &result);
    void setLinesEnabled();
    void fillLines();

    QScopedPointer<Ui::RefundDialog> m_ui;
    QPushButton *m_refundButton = nullptr;
    HistoryContext m_context;
    PaymentRecord m_payment;
    AmountSplit m_remaining;
    RefundPlan::Refunded m_refundedLines;
    bool m_linesKnown = true; // the journal said which lines were refunded already
    QString m_receiptHtml;
    bool m_busy = false;
};
