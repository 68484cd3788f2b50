#include "TotalsPanel.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

TotalsPanel::TotalsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("totalsPanel"));
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(10);
    m_quantity = addRow(grid, 0, tr("Items"), QStringLiteral("quantityValue"));
    m_taxable = addRow(grid, 1, tr("Taxable (supply value)"), QStringLiteral("taxableValue"));
    m_taxFree = addRow(grid, 2, tr("Tax-free"), QStringLiteral("taxFreeValue"));
    m_vat = addRow(grid, 3, tr("VAT"), QStringLiteral("vatValue"));

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *totalLabel = new QLabel(tr("Total"), this);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("totalValue"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont totalFont = m_total->font();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 2.2);
    totalFont.setBold(true);
    m_total->setFont(totalFont);
    QFont totalLabelFont = totalLabel->font();
    totalLabelFont.setPointSizeF(totalLabelFont.pointSizeF() * 1.4);
    totalLabel->setFont(totalLabelFont);

    m_payButton = new QPushButton(tr("Pay with KakaoPay\n(F12)"), this);
    m_payButton->setObjectName(QStringLiteral("payButton"));
    m_payButton->setMinimumHeight(110);
    m_payButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_payButton->setFocusPolicy(Qt::NoFocus); // a held Enter in the code field never reaches it
    QFont payFont = m_payButton->font();
    payFont.setPointSizeF(payFont.pointSizeF() * 1.6);
    payFont.setBold(true);
    m_payButton->setFont(payFont);
    // KakaoPay's yellow, dark text: readable, and obviously "the" button.
    m_payButton->setStyleSheet(QStringLiteral(
        "QPushButton { background: #fee500; color: #191919; border: 1px solid #c9b400;"
        " border-radius: 10px; padding: 8px; }"
        "QPushButton:pressed { background: #e6cf00; }"
        "QPushButton:disabled { background: #eeeeee; color: #9e9e9e; border-color: #cccccc; }"));
    connect(m_payButton, &QPushButton::clicked, this, &TotalsPanel::payRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(line);
    layout->addWidget(totalLabel);
    layout->addWidget(m_total);
    layout->addStretch(1);
    layout->addWidget(m_payButton);

    setTotals(OrderTotals{}, 0);
}

QLabel *TotalsPanel::addRow(QGridLayout *grid, int row, const QString &label, const QString &name)
{
    auto *caption = new QLabel(label, this);
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    value->setFont(f);
    caption->setFont(f);
    grid->addWidget(caption, row, 0);
    grid->addWidget(value, row, 1);
    return value;
}

void TotalsPanel::setTotals(const OrderTotals &totals, qint64 quantity)
{
    m_quantity->setText(QString::number(quantity));
    m_taxable->setText(totals.taxable().toDisplayString());
    m_taxFree->setText(totals.taxFree.toDisplayString());
    m_vat->setText(totals.vat.toDisplayString());
    m_total->setText(totals.total.toDisplayString());
}

void TotalsPanel::setPayEnabled(bool enabled)
{
    m_payButton->setEnabled(enabled);
}
