#include "ManagerPinDialog.h"
#include "ui_ManagerPinDialog.h"

#include "auth/ManagerStore.h"

#include <QApplication>
#include <QPushButton>
#include <QRegularExpressionValidator>

ManagerPinDialog::ManagerPinDialog(ManagerStore *managers, const QString &purpose, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::ManagerPinDialog), m_managers(managers)
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ManagerPinDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ManagerPinDialog::reject);
    m_ui->purposeLabel->setText(purpose);
    m_ui->pinEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), this));
    if (m_managers)
        m_ui->managerCombo->addItems(m_managers->managers());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Confirm"));
    m_ui->pinEdit->setFocus();
}

ManagerPinDialog::~ManagerPinDialog() = default;

void ManagerPinDialog::accept()
{
    if (!m_managers || m_ui->managerCombo->currentText().isEmpty()) {
        m_ui->messageLabel->setText(tr("No manager is set up."));
        m_ui->messageLabel->show();
        return;
    }
    // The check takes most of a second (PBKDF2, 100,000 rounds, on purpose): say so and show it
    // before the GUI thread is busy, so the dialog does not look frozen.
    m_ui->messageLabel->setText(tr("Checking the PIN…"));
    m_ui->messageLabel->show();
    layout()->activate(); // the label gets its room now, not at the next event loop pass
    m_ui->messageLabel->repaint();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const AuthResult result =
        m_managers->authorize(m_ui->managerCombo->currentText(), m_ui->pinEdit->text());
    QApplication::restoreOverrideCursor();
    m_ui->messageLabel->hide();
    m_ui->pinEdit->clear();
    if (!result.ok()) {
        m_ui->messageLabel->setText(result.message());
        m_ui->messageLabel->show();
        m_ui->pinEdit->setFocus();
        return;
    }
    m_authorized = result.manager;
    QDialog::accept();
}
