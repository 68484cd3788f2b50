#include "PaymentDetailDialog.h"
#include "ui_PaymentDetailDialog.h"

#include "HistoryModel.h"
#include "HistoryReceipt.h"
#include "ReceiptDialog.h"
#include "RefundDialog.h"
#include "store/Journal.h"

#include <QLocale>

namespace {
QTableWidgetItem *cell(const QString &text, bool right = false)
{
    auto *item = new QTableWidgetItem(text);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString refundStateText(RefundRecord::State s)
{
    switch (s) {
    case RefundRecord::State::Pending:
        return PaymentDetailDialog::tr("Not settled yet");
    case RefundRecord::State::Done:
        return PaymentDetailDialog::tr("Done");
    case RefundRecord::State::Failed:
        return PaymentDetailDialog::tr("Failed");
    }
    return QString();
}
} // namespace

PaymentDetailDialog::PaymentDetailDialog(const HistoryContext &context,
                                         const QString &partnerOrderId, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::PaymentDetailDialog), m_context(context),
      m_partnerOrderId(partnerOrderId)
{
    m_ui->setupUi(this);
    m_ui->linesTable->horizontalHeader()->setStretchLastSection(true);
    // Time, amount, state and manager are short; the items and the reason share the rest.
    QHeaderView *refundsHeader = m_ui->refundsTable->horizontalHeader();
    refundsHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    refundsHeader->setSectionResizeMode(2, QHeaderView::Stretch);
    refundsHeader->setSectionResizeMode(5, QHeaderView::Stretch);
    m_ui->refundsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_ui->refundButton, &QPushButton::clicked, this, &PaymentDetailDialog::startRefund);
    connect(m_ui->reprintButton, &QPushButton::clicked, this, &PaymentDetailDialog::reprint);
    reload();
}

PaymentDetailDialog::~PaymentDetailDialog() = default;

void PaymentDetailDialog::reload()
{
    const std::optional<PaymentRecord> p =
        m_context.journal ? m_context.journal->payment(m_partnerOrderId) : std::nullopt;
    if (!p) {
        m_ui->orderIdLabel->setText(tr("%1 (not in the journal)").arg(m_partnerOrderId));
        m_ui->refundButton->setEnabled(false);
        m_ui->reprintButton->setEnabled(false);
        return;
    }
    setWindowTitle(tr("Payment %1").arg(p->partnerOrderId));
    m_ui->orderIdLabel->setText(p->partnerOrderId);
    m_ui->stateLabel->setText(p->training
                                  ? tr("%1 (training)").arg(HistoryModel::stateText(p->state))
                                  : HistoryModel::stateText(p->state));
    m_ui->paidLabel->setText(
        p->approvedAt.isValid()
            ? tr("%1 · KakaoPay %2 · approval %3 · tid %4")
                  .arg(m_context.shop.timeText(p->approvedAt), p->paymentMethodType, p->aid, p->tid)
            : tr("not paid (tid %1)").arg(p->tid.isEmpty() ? tr("none") : p->tid));

    m_ui->linesTable->setRowCount(int(p->lines.size()));
    for (int i = 0; i < p->lines.size(); ++i) {
        const OrderLine &l = p->lines.at(i);
        m_ui->linesTable->setItem(i, 0, cell(l.taxFree ? tr("%1 (tax-free)").arg(l.name) : l.name));
        m_ui->linesTable->setItem(i, 1, cell(l.unitPrice.toDisplayString(), true));
        m_ui->linesTable->setItem(i, 2, cell(QLocale().toString(l.quantity), true));
        m_ui->linesTable->setItem(i, 3, cell(l.lineTotal().toDisplayString(), true));
    }
    const Won remaining = p->totals.total - p->refundedTotal;
    m_ui->amountsLabel->setText(
        tr("Taxable %1 · Tax-free %2 · VAT %3 · <b>Total %4</b><br>Refunded %5 · Left %6")
            .arg(p->totals.taxable().toDisplayString(), p->totals.taxFree.toDisplayString(),
                 p->totals.vat.toDisplayString(), p->totals.total.toDisplayString(),
                 p->refundedTotal.toDisplayString(), remaining.toDisplayString()));

    const QList<RefundRecord> refunds = m_context.journal->refunds(m_partnerOrderId);
    bool pending = false;
    m_ui->refundsTable->setRowCount(int(refunds.size()));
    for (int i = 0; i < refunds.size(); ++i) {
        const RefundRecord &r = refunds.at(i);
        pending = pending || r.state == RefundRecord::State::Pending;
        m_ui->refundsTable->setItem(
            i, 0, cell(m_context.shop.timeText(r.requestedAt, QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_ui->refundsTable->setItem(i, 1, cell(r.amount.total.toDisplayString(), true));
        m_ui->refundsTable->setItem(i, 2, cell(HistoryReceipt::linesText(*p, r.lines)));
        QString state = refundStateText(r.state);
        if (r.state == RefundRecord::State::Failed && !r.errorMessage.isEmpty())
            state += QStringLiteral(": ") + r.errorMessage;
        m_ui->refundsTable->setItem(i, 3, cell(state));
        m_ui->refundsTable->setItem(i, 4, cell(r.manager));
        m_ui->refundsTable->setItem(i, 5, cell(r.reason));
    }
    m_ui->refundsCaption->setVisible(!refunds.isEmpty());
    m_ui->refundsTable->setVisible(!refunds.isEmpty());
    const bool refundable =
        (p->state == PaymentState::Approved || p->state == PaymentState::PartRefunded) &&
        !pending && remaining > Won(0);
    m_ui->refundButton->setEnabled(refundable && m_context.refunds && m_context.managers);
    m_ui->refundButton->setToolTip(pending ? tr("A refund of this payment is not settled yet")
                                           : QString());
}

void PaymentDetailDialog::startRefund()
{
    const std::optional<PaymentRecord> p = m_context.journal->payment(m_partnerOrderId);
    if (!p)
        return;
    auto *dialog = new RefundDialog(m_context, *p, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RefundDialog::refundFinished, this, [this] {
        reload();
        emit paymentChanged();
    });
    dialog->open();
}

void PaymentDetailDialog::reprint()
{
    const std::optional<PaymentRecord> p = m_context.journal->payment(m_partnerOrderId);
    if (!p)
        return;
    auto *receipt = new ReceiptDialog(*p, m_context.shop, this);
    receipt->setAttribute(Qt::WA_DeleteOnClose);
    receipt->open();
}
