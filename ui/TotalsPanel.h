#pragma once

#include "checkout/PaymentRecord.h"

#include <QWidget>

class QLabel;
class QPushButton;

// The amounts of the order (taxable supply value, tax-free, VAT, total) and the big Pay button.
class TotalsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TotalsPanel(QWidget *parent = nullptr);

    void setTotals(const OrderTotals &totals, qint64 quantity);
    void setPayEnabled(bool enabled);
    QPushButton *payButton() const { return m_payButton; }

signals:
    void payRequested();

private:
    QLabel *addRow(class QGridLayout *grid, int row, const QString &label, const QString &name);

    QLabel *m_taxable = nullptr;
    QLabel *m_taxFree = nullptr;
    QLabel *m_vat = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_quantity = nullptr;
    QPushButton *m_payButton = nullptr;
};
