#include "RecoveryDialog.h"
#include "ui_RecoveryDialog.h"

#include "recovery/DoubtMonitor.h"

#include <QHeaderView>
#include <QPushButton>

namespace {
constexpr int kIdRole = Qt::UserRole; // partner_order_id, or the refund id
constexpr int kRefundRole = Qt::UserRole + 1;

void fitColumns(QTableWidget *table)
{
    for (int column = 0; column < table->columnCount() - 1; ++column)
        table->resizeColumnToContents(column);
}
} // namespace

RecoveryDialog::RecoveryDialog(DoubtMonitor *monitor, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::RecoveryDialog), m_monitor(monitor)
{
    m_ui->setupUi(this);
    for (QTableWidget *table : {m_ui->openTable, m_ui->resultsTable}) {
        table->horizontalHeader()->setStretchLastSection(true);
        table->verticalHeader()->hide();
        // Rows as tall as their wrapped text at the width they get, not at the first layout's.
        table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->setWordWrap(true);
    }
    for (QPushButton *b : {m_ui->checkNowButton, m_ui->releaseButton, m_ui->resendButton})
        b->setMinimumHeight(44);
    connect(m_ui->openTable, &QTableWidget::itemSelectionChanged, this,
            &RecoveryDialog::updateButtons);
    connect(m_ui->checkNowButton, &QPushButton::clicked, this, [this] {
        if (m_monitor)
            m_monitor->checkNow();
        m_ui->statusLabel->setText(tr("Asking KakaoPay…"));
    });
    connect(m_ui->releaseButton, &QPushButton::clicked, this, [this] {
        const QList<QTableWidgetItem *> selected = m_ui->openTable->selectedItems();
        if (!selected.isEmpty() && !selected.first()->data(kRefundRole).toBool())
            emit releaseRequested(selected.first()->data(kIdRole).toString());
    });
    connect(m_ui->resendButton, &QPushButton::clicked, this, [this] {
        const QList<QTableWidgetItem *> selected = m_ui->openTable->selectedItems();
        if (!selected.isEmpty() && selected.first()->data(kRefundRole).toBool())
            emit resendRequested(selected.first()->data(kIdRole).toLongLong());
    });
    if (m_monitor) {
        connect(m_monitor, &DoubtMonitor::changed, this, &RecoveryDialog::refresh);
        connect(m_monitor, &DoubtMonitor::paymentOpen, this, &RecoveryDialog::refresh);
        connect(m_monitor, &DoubtMonitor::refundOpen, this, &RecoveryDialog::refresh);
    }
    refresh();
}

RecoveryDialog::~RecoveryDialog() = default;

int RecoveryDialog::openCount() const
{
    return m_ui->openTable->rowCount();
}

int RecoveryDialog::settledCount() const
{
    return m_ui->resultsTable->rowCount();
}

void RecoveryDialog::setActionsEnabled(bool enabled)
{
    m_actionsEnabled = enabled;
    updateButtons();
}

void RecoveryDialog::refresh()
{
    if (!m_monitor)
        return;
    const QString selectedId =
        m_ui->openTable->selectedItems().isEmpty()
            ? QString()
            : m_ui->openTable->selectedItems().first()->data(kIdRole).toString();
    QTableWidget *open = m_ui->openTable;
    open->setRowCount(0);
    auto addOpen = [&](const QString &what, const QString &order, const QString &amount,
                       const QString &why, const QVariant &id, bool refund) {
        const int row = open->rowCount();
        open->insertRow(row);
        const QStringList cells{what, order, amount, why};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(kIdRole, id);
            item->setData(kRefundRole, refund);
            open->setItem(row, c, item);
        }
        if (id.toString() == selectedId)
            open->selectRow(row);
    };
    const QList<DoubtMonitor::OpenPayment> payments = m_monitor->openPayments();
    for (const DoubtMonitor::OpenPayment &p : payments) {
        QString why = p.reason;
        if (!p.record.releasedBy.isEmpty())
            why +=
                u' ' +
                tr("(manager %1 confirmed the customer was not charged)").arg(p.record.releasedBy);
        addOpen(tr("Payment"), p.record.partnerOrderId, p.record.totals.total.toDisplayString(),
                why, p.record.partnerOrderId, false);
    }
    const QList<DoubtMonitor::OpenRefund> refunds = m_monitor->openRefunds();
    for (const DoubtMonitor::OpenRefund &r : refunds)
        addOpen(tr("Refund #%1").arg(r.refund.id), r.refund.partnerOrderId,
                (Won(0) - r.refund.amount.total).toDisplayString(), r.reason, r.refund.id, true);
    fitColumns(open);

    QTableWidget *settled = m_ui->resultsTable;
    const QList<DoubtMonitor::Settled> &log = m_monitor->settledLog();
    settled->setRowCount(int(log.size()));
    for (int row = 0; row < log.size(); ++row) {
        const DoubtMonitor::Settled &e = log.at(row);
        const QString amount =
            e.refund ? (Won(0) - e.amount).toDisplayString() : e.amount.toDisplayString();
        const QStringList cells{e.partnerOrderId, amount,
                                e.refund ? tr("refund: %1").arg(e.text) : e.text};
        for (int c = 0; c < cells.size(); ++c)
            settled->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    fitColumns(settled);

    if (payments.isEmpty() && refunds.isEmpty())
        m_ui->statusLabel->setText(tr("Nothing is in doubt: KakaoPay has settled every payment "
                                      "and refund."));
    else
        m_ui->statusLabel->setText(
            tr("PayDesk keeps asking KakaoPay about what is still open and records the answer "
               "as soon as it comes. Do not take a payment in doubt again, and do not refund a "
               "refund in doubt another way."));
    updateButtons();
}

void RecoveryDialog::updateButtons()
{
    const QList<QTableWidgetItem *> selected = m_ui->openTable->selectedItems();
    const bool any = !selected.isEmpty();
    const bool refund = any && selected.first()->data(kRefundRole).toBool();
    m_ui->checkNowButton->setEnabled(openCount() > 0);
    m_ui->releaseButton->setEnabled(m_actionsEnabled && any && !refund);
    m_ui->resendButton->setEnabled(m_actionsEnabled && any && refund);
}
