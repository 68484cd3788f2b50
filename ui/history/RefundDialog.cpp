#include "RefundDialog.h"
#include "ui_RefundDialog.h"

#include "HistoryReceipt.h"
#include "ReceiptPreview.h"
#include "auth/AuthResult.h"
#include "refunds/RefundPlan.h"
#include "refunds/RefundService.h"
#include "settings/ManagerPinDialog.h"
#include "store/Journal.h"

#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

RefundDialog::RefundDialog(const HistoryContext &context, const PaymentRecord &payment,
                           QWidget *parent)
    : QDialog(parent), m_ui(new Ui::RefundDialog), m_context(context), m_payment(payment),
      m_remaining(RefundPlan::remainingOf(payment))
{
    m_ui->setupUi(this);
    m_refundButton = m_ui->buttonBox->addButton(tr("Refund…"), QDialogButtonBox::ActionRole);
    m_refundButton->setObjectName(QStringLiteral("refundButton"));
    m_ui->pages->setCurrentWidget(m_ui->formPage);
    m_ui->paymentLabel->setText(
        tr("Payment %1 of %2, paid %3")
            .arg(payment.partnerOrderId, payment.totals.total.toDisplayString(),
                 context.shop.timeText(payment.approvedAt, QStringLiteral("yyyy-MM-dd HH:mm"))));
    m_ui->leftLabel->setText(tr("Left to refund: %1 (tax-free %2, VAT %3)")
                                 .arg(m_remaining.total.toDisplayString(),
                                      m_remaining.taxFree.toDisplayString(),
                                      m_remaining.vat.toDisplayString()));

    const std::optional<RefundPlan::Refunded> refunded =
        context.journal ? context.journal->refundedQuantities(payment.partnerOrderId)
                        : std::optional<RefundPlan::Refunded>(RefundPlan::Refunded());
    m_linesKnown = refunded.has_value();
    m_refundedLines = refunded.value_or(RefundPlan::Refunded());
    fillLines();

    for (QRadioButton *b : {m_ui->fullRadio, m_ui->amountRadio, m_ui->linesRadio})
        connect(b, &QRadioButton::toggled, this, &RefundDialog::setLinesEnabled);
    connect(m_ui->amountEdit, &QLineEdit::textChanged, this, &RefundDialog::updatePreview);
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &RefundDialog::updatePreview);
    connect(m_ui->linesTable, &QTableWidget::itemChanged, this, &RefundDialog::updatePreview);
    connect(m_refundButton, &QPushButton::clicked, this, &RefundDialog::confirm);
    connect(m_ui->printButton, &QPushButton::clicked, this, [this] {
        auto *preview = new ReceiptPreview(m_receiptHtml, this);
        preview->setAttribute(Qt::WA_DeleteOnClose);
        preview->print();
        preview->close();
    });
    if (m_context.refunds)
        connect(m_context.refunds, &RefundService::finished, this, &RefundDialog::onFinished);
    updatePreview();
}

RefundDialog::~RefundDialog() = default;

void RefundDialog::fillLines()
{
    QTableWidget *table = m_ui->linesTable;
    table->setRowCount(int(m_payment.lines.size()));
    bool anyLeft = false;
    for (int i = 0; i < m_payment.lines.size(); ++i) {
        const OrderLine &l = m_payment.lines.at(i);
        const qint64 left = RefundPlan::quantityLeft(m_payment, m_refundedLines, i);
        anyLeft = anyLeft || left > 0;
        // A line with nothing left stays in the list, greyed, so the manager sees why.
        auto *item = new QTableWidgetItem(l.taxFree ? tr("%1 (tax-free)").arg(l.name) : l.name);
        item->setFlags(left > 0 ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::NoItemFlags);
        item->setCheckState(Qt::Unchecked);
        table->setItem(i, 0, item);
        auto *quantity = new QSpinBox(table);
        quantity->setObjectName(QStringLiteral("quantitySpin%1").arg(i));
        const int most = int(qMin<qint64>(left, 9999));
        quantity->setRange(qMin(1, most), most);
        quantity->setValue(most);
        quantity->setEnabled(left > 0);
        table->setCellWidget(i, 1, quantity);
        auto *leftItem = new QTableWidgetItem(
            tr("%1 of %2").arg(QLocale().toString(left), QLocale().toString(l.quantity)));
        leftItem->setFlags(left > 0 ? Qt::ItemIsEnabled : Qt::NoItemFlags);
        leftItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (left < l.quantity)
            leftItem->setToolTip(left > 0
                                     ? tr("%n already refunded", nullptr, int(l.quantity - left))
                                     : tr("Refunded in full"));
        table->setItem(i, 2, leftItem);
        auto *price = new QTableWidgetItem(l.unitPrice.toDisplayString());
        price->setFlags(left > 0 ? Qt::ItemIsEnabled : Qt::NoItemFlags);
        price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(i, 3, price);
        connect(quantity, &QSpinBox::valueChanged, this, &RefundDialog::updatePreview);
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < table->columnCount(); ++c)
        table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_ui->linesRadio->setEnabled(m_linesKnown && anyLeft);
    m_ui->linesRadio->setToolTip(
        !m_linesKnown ? tr("The journal could not say which items were refunded already")
        : !anyLeft    ? tr("Every item of this payment was refunded already")
                      : QString());
}

void RefundDialog::setLinesEnabled()
{
    m_ui->amountEdit->setEnabled(m_ui->amountRadio->isChecked());
    m_ui->linesTable->setEnabled(m_ui->linesRadio->isChecked());
    updatePreview();
}

RefundRequest RefundDialog::currentRequest() const
{
    RefundRequest r;
    r.partnerOrderId = m_payment.partnerOrderId;
    r.reason = m_ui->reasonEdit->text().trimmed();
    if (m_ui->amountRadio->isChecked()) {
        r.kind = RefundRequest::Kind::Amount;
        Won amount;
        if (Won::parse(m_ui->amountEdit->text().trimmed(), &amount))
            r.amount = amount;
    } else if (m_ui->linesRadio->isChecked()) {
        r.kind = RefundRequest::Kind::Lines;
        for (int i = 0; i < m_ui->linesTable->rowCount(); ++i) {
            if (m_ui->linesTable->item(i, 0)->checkState() != Qt::Checked)
                continue;
            const auto *q = qobject_cast<QSpinBox *>(m_ui->linesTable->cellWidget(i, 1));
            r.lines.append(RefundLine{i, q ? q->value() : 0});
        }
    }
    return r;
}

void RefundDialog::updatePreview()
{
    const RefundRequest request = currentRequest();
    AmountSplit split;
    QString error;
    const bool ok =
        RefundPlan::compute(m_payment, m_remaining, m_refundedLines, request, &split, &error);
    if (ok)
        m_ui->splitLabel->setText(tr("Refund %1: tax-free %2, VAT %3. Left afterwards: %4.")
                                      .arg(split.total.toDisplayString(),
                                           split.taxFree.toDisplayString(),
                                           split.vat.toDisplayString(),
                                           (m_remaining.total - split.total).toDisplayString()));
    else
        m_ui->splitLabel->setText(error);
    m_refundButton->setEnabled(ok && !request.reason.isEmpty() && !m_busy && m_context.refunds);
    m_refundButton->setToolTip(request.reason.isEmpty() ? tr("Enter the reason first") : QString());
}

void RefundDialog::confirm()
{
    const RefundRequest request = currentRequest();
    AmountSplit split;
    QString error;
    if (!RefundPlan::compute(m_payment, m_remaining, m_refundedLines, request, &split, &error) ||
        request.reason.isEmpty()) {
        m_ui->messageLabel->setText(
            request.reason.isEmpty() ? tr("Enter the reason for the refund.") : error);
        return;
    }
    m_ui->messageLabel->clear();
    auto *pin =
        new ManagerPinDialog(m_context.managers,
                             tr("A manager confirms the refund of %1 on payment %2.")
                                 .arg(split.total.toDisplayString(), m_payment.partnerOrderId),
                             this);
    pin->setObjectName(QStringLiteral("managerPinDialog"));
    pin->setAttribute(Qt::WA_DeleteOnClose);
    connect(pin, &QDialog::accepted, this, [this, pin] { onAuthorized(pin->authorizedManager()); });
    pin->open();
}

void RefundDialog::onAuthorized(const QString &manager)
{
    // ManagerPinDialog accepted this manager's PIN for this refund, just now.
    AuthResult auth;
    auth.status = AuthResult::Status::Ok;
    auth.manager = manager;
    m_busy = true;
    m_ui->pages->setCurrentWidget(m_ui->busyPage);
    m_refundButton->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setEnabled(false);
    m_context.refunds->refund(
        currentRequest(),
        RefundAuthorization::grant(auth, m_payment.partnerOrderId, QDateTime::currentDateTime()));
}

void RefundDialog::onFinished(const RefundResult &result)
{
    if (!m_busy || result.partnerOrderId != m_payment.partnerOrderId)
        return;
    m_busy = false;
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setEnabled(true);
    if (result.outcome == RefundResult::Outcome::Refused ||
        result.outcome == RefundResult::Outcome::Failed) {
        m_ui->pages->setCurrentWidget(m_ui->formPage);
        m_ui->messageLabel->setText(result.message);
        updatePreview();
        emit refundFinished(result);
        return;
    }
    m_ui->pages->setCurrentWidget(m_ui->resultPage);
    m_ui->resultLabel->setText(result.message);
    const RefundRequest request = currentRequest();
    const QList<RefundedLine> lines = request.kind == RefundRequest::Kind::Lines
                                          ? RefundPlan::journalLines(m_payment, request.lines)
                                          : QList<RefundedLine>();
    m_receiptHtml = result.ok()
                        ? HistoryReceipt::refundHtml(m_payment, result, lines, m_context.shop)
                        : QString();
    m_ui->receiptBrowser->setHtml(m_receiptHtml);
    m_ui->receiptBrowser->setVisible(result.ok());
    m_ui->printButton->setVisible(result.ok());
    m_refundButton->hide();
    emit refundFinished(result);
}

void RefundDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}
