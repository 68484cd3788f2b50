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
    for (QLineEdit *edit : {m_ui->pinEdit, m_ui->newPinEdit, m_ui->newPinRepeatEdit})
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[0-9]{0,12}")), edit));
    if (m_managers)
        m_ui->managerCombo->addItems(m_managers->managers());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Confirm"));
    // Room for the rule and the messages to wrap in a few lines, in Korean too.
    setMinimumWidth(420);
    showNewPinRows(false);
    m_ui->pinEdit->setFocus();
}

ManagerPinDialog::~ManagerPinDialog()
{
    m_acceptedPin.fill(u'0');
}

void ManagerPinDialog::showNewPinRows(bool show)
{
    m_askingNewPin = show;
    for (int row = 2; row <= 4; ++row)
        m_ui->formLayout->setRowVisible(row, show);
    m_ui->managerCombo->setEnabled(!show);
    m_ui->pinEdit->setEnabled(!show);
    adjustSize();
}

void ManagerPinDialog::showMessage(const QString &message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
    adjustSize(); // the wrapped lines get their height
}

void ManagerPinDialog::accept()
{
    if (m_checking) // Enter held down, or pressed again while the PIN is being checked
        return;
    if (m_askingNewPin) {
        storeNewPin();
        return;
    }
    if (!m_managers || m_ui->managerCombo->currentText().isEmpty()) {
        showMessage(tr("No manager is set up."));
        return;
    }
    // The check takes most of a second (PBKDF2, 100,000 rounds, on purpose); it runs on a
    // worker thread and the dialog says so meanwhile. Cancel still works: the attempt counts.
    setChecking(true);
    const QString pin = m_ui->pinEdit->text();
    m_ui->pinEdit->clear();
    m_managers->authorizeAsync(m_ui->managerCombo->currentText(), pin, this,
                               [this, pin](const AuthResult &result) {
                                   setChecking(false);
                                   if (!result.ok()) {
                                       showMessage(result.message());
                                       m_ui->pinEdit->setFocus();
                                       return;
                                   }
                                   m_authorized = result.manager;
                                   if (!result.pinTooWeak) {
                                       QDialog::accept();
                                       return;
                                   }
                                   // Signed in with a PIN below today's rules: a new one first.
                                   m_acceptedPin = pin;
                                   showNewPinRows(true);
                                   showMessage(QString());
                                   m_ui->newPinEdit->setFocus();
                               });
}

void ManagerPinDialog::storeNewPin()
{
    const QString pin = m_ui->newPinEdit->text();
    if (pin != m_ui->newPinRepeatEdit->text()) {
        m_ui->newPinRepeatEdit->clear();
        showMessage(tr("The two PINs differ."));
        m_ui->newPinRepeatEdit->setFocus();
        return;
    }
    const ManagerStore::Result early = ManagerStore::checkNewPin(pin);
    if (early != ManagerStore::Result::Ok) {
        showMessage(ManagerStore::message(early));
        m_ui->newPinEdit->selectAll();
        m_ui->newPinEdit->setFocus();
        return;
    }
    showMessage(tr("Storing the new PIN…"));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const ManagerStore::Result result = m_managers->changePin(m_authorized, m_acceptedPin, pin);
    QApplication::restoreOverrideCursor();
    if (result != ManagerStore::Result::Ok) {
        showMessage(ManagerStore::message(result));
        return;
    }
    m_acceptedPin.fill(u'0');
    m_acceptedPin.clear();
    QDialog::accept();
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
