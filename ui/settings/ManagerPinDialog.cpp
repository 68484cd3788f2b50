#include "ManagerPinDialog.h"
#include "ui_ManagerPinDialog.h"

#include "auth/ManagerStore.h"

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
    if (m_checking) // Enter held down, or pressed again while the PIN is being checked
        return;
    if (!m_managers || m_ui->managerCombo->currentText().isEmpty()) {
        m_ui->messageLabel->setText(tr("No manager is set up."));
        m_ui->messageLabel->show();
        return;
    }
    // The check takes most of a second (PBKDF2, 100,000 rounds, on purpose); it runs on a
    // worker thread and the dialog says so meanwhile. Cancel still works: the attempt counts.
    setChecking(true);
    const QString pin = m_ui->pinEdit->text();
    m_ui->pinEdit->clear();
    m_managers->authorizeAsync(m_ui->managerCombo->currentText(), pin, this,
                               [this](const AuthResult &result) {
                                   setChecking(false);
                                   if (!result.ok()) {
                                       m_ui->messageLabel->setText(result.message());
                                       m_ui->messageLabel->show();
                                       m_ui->pinEdit->setFocus();
                                       return;
                                   }
                                   m_authorized = result.manager;
                                   QDialog::accept();
                               });
}

void ManagerPinDialog::setChecking(bool checking)
{
    m_checking = checking;
    m_ui->managerCombo->setEnabled(!checking);
    m_ui->pinEdit->setEnabled(!checking);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!checking);
    if (checking) {
        m_ui->messageLabel->setText(tr("Checking the PIN…"));
        m_ui->messageLabel->show();
    } else {
        m_ui->messageLabel->hide();
    }
}
