#pragma once

#include "HistoryContext.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class PaymentDetailDialog;
}

// One payment from the history: its lines, amounts (taxable / tax-free / VAT / total), its
// refunds, and the Refund… and Reprint receipt actions.
class PaymentDetailDialog : public QDialog
{
    Q_OBJECT

public:
    PaymentDetailDialog(const HistoryContext &context, const QString &partnerOrderId,
                        QWidget *parent = nullptr);
    ~PaymentDetailDialog() override;

    QString partnerOrderId() const { return m_partnerOrderId; }

public slots:
    void reload();
    void startRefund();
    void reprint();

signals:
    // A refund changed the payment: the history reloads.
    void paymentChanged();

private:
    QScopedPointer<Ui::PaymentDetailDialog> m_ui;
    HistoryContext m_context;
    QString m_partnerOrderId;
};
