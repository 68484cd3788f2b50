#include "RecoveryDialog.h"
#include "ui_RecoveryDialog.h"

#include "checkout/Reconciler.h"
#include "refunds/RefundReconciler.h"
#include "store/Journal.h"

#include <QPushButton>

RecoveryDialog::RecoveryDialog(KakaoPay::Client *client, Journal *journal, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::RecoveryDialog), m_journal(journal),
      m_payments(new Reconciler(client, journal, nullptr, this)),
      m_refunds(new RefundReconciler(client, journal, nullptr, this))
{
    m_ui->setupUi(this);
    m_ui->resultsTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_payments, &Reconciler::resultReady, this, &RecoveryDialog::addPayment);
    connect(m_payments, &Reconciler::finished, m_refunds, &RefundReconciler::run);
    connect(m_refunds, &RefundReconciler::resultReady, this, &RecoveryDialog::addRefund);
    connect(m_refunds, &RefundReconciler::finished, this, &RecoveryDialog::done);
}

RecoveryDialog::~RecoveryDialog() = default;

int RecoveryDialog::rowCount() const
{
    return m_ui->resultsTable->rowCount();
}

void RecoveryDialog::start()
{
    if (m_running)
        return;
    m_running = true;
    m_ui->resultsTable->setRowCount(0);
    m_ui->statusLabel->setText(tr("Checking unfinished payments and refunds with KakaoPay…"));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setEnabled(false);
    m_payments->run(m_journal->pendingPayments());
}

void RecoveryDialog::addPayment(const ReconcileResult &r)
{
    const std::optional<PaymentRecord> p = m_journal->payment(r.partnerOrderId);
    addRow(r.partnerOrderId, p ? p->totals.total.toDisplayString() : QString(),
           r.kakaoStatus.isEmpty() ? tr("(not asked)") : r.kakaoStatus, r.text);
}

void RecoveryDialog::addRefund(const RefundResult &r)
{
    QString said;
    QString did;
    switch (r.outcome) {
    case RefundResult::Outcome::Done:
        said = tr("refund carried out");
        did = tr("recorded the refund (approval %1)").arg(r.aid);
        break;
    case RefundResult::Outcome::Failed:
        said = tr("no refund");
        did = tr("closed the refund as not made");
        break;
    case RefundResult::Outcome::InDoubt:
    case RefundResult::Outcome::Refused:
        said = tr("unclear");
        did = r.message;
        break;
    }
    addRow(r.partnerOrderId, tr("refund %1").arg(r.amount.total.toDisplayString()), said, did);
}

void RecoveryDialog::addRow(const QString &orderId, const QString &amount, const QString &said,
                            const QString &did)
{
    const int row = m_ui->resultsTable->rowCount();
    m_ui->resultsTable->insertRow(row);
    const QStringList cells{orderId, amount, said, did};
    for (int c = 0; c < cells.size(); ++c)
        m_ui->resultsTable->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

void RecoveryDialog::done()
{
    m_running = false;
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setEnabled(true);
    m_ui->statusLabel->setText(
        rowCount() == 0 ? tr("Nothing was left unfinished.")
                        : tr("%n payment(s) or refund(s) checked.", nullptr, rowCount()));
    emit finished();
}
