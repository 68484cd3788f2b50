#include "FirstRunPages.h"

#include "FirstRunWizard.h"

#include "ManagerPinDialog.h"

#include "auth/ManagerStore.h"
#include "settings/SecretStore.h"
#include "settings/SettingsValidator.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace {

QLineEdit *lineEdit(const char *name, QWidget *parent, bool password = false)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    if (password)
        edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QLabel *errorLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    return label;
}

void setPinValidator(QLineEdit *edit)
{
    edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), edit));
}

} // namespace

FirstRunSignInPage::FirstRunSignInPage(FirstRunWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("signInPage"));
    setTitle(tr("Manager sign-in"));
    setSubTitle(tr("PayDesk already has managers: the set-up can change the KakaoPay key and "
                   "account, so a manager signs in first."));
    auto *intro = new QLabel(
        tr("The settings of this counter were missing or could not be read. The sales journal "
           "and its managers are still here. A manager signs in with their PIN to set PayDesk "
           "up again."),
        this);
    intro->setWordWrap(true);
    m_signIn = new QPushButton(tr("Manager sign-in…"), this);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("signInStatusLabel"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_signIn, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addStretch(1);
    connect(m_signIn, &QPushButton::clicked, this, &FirstRunSignInPage::signIn);
}

void FirstRunSignInPage::initializePage()
{
    // Asked at once: there is nothing else to do on this page.
    if (m_wizard->signedInManager().isEmpty())
        QMetaObject::invokeMethod(this, &FirstRunSignInPage::signIn, Qt::QueuedConnection);
}

bool FirstRunSignInPage::isComplete() const
{
    return !m_wizard->signedInManager().isEmpty();
}

void FirstRunSignInPage::signIn()
{
    if (!m_wizard->signedInManager().isEmpty() || findChild<ManagerPinDialog *>())
        return;
    auto *dialog = new ManagerPinDialog(
        m_wizard->managers(), tr("A manager's PIN is needed to set up PayDesk again."), this);
    dialog->setObjectName(QStringLiteral("managerPinDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_wizard->setSignedInManager(dialog->authorizedManager());
        m_status->setText(tr("Signed in: %1").arg(dialog->authorizedManager()));
        m_signIn->setEnabled(false);
        emit completeChanged();
        m_wizard->next();
    });
    dialog->open();
}

FirstRunShopPage::FirstRunShopPage(FirstRunWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("shopPage"));
    setTitle(tr("Your shop"));
    setSubTitle(tr("These details are printed on every receipt."));
    const SettingsValues &v = wizard->values();
    m_name = lineEdit("shopNameEdit", this);
    m_name->setText(v.shopName);
    m_business = lineEdit("businessNumberEdit", this);
    m_business->setPlaceholderText(QStringLiteral("123-45-67890"));
    m_business->setText(SettingsValidator::formatBusinessNumber(v.businessNumber));
    m_address = lineEdit("shopAddressEdit", this);
    m_address->setText(v.shopAddress);
    m_counter = lineEdit("counterIdEdit", this);
    m_counter->setText(v.counterId);
    m_error = errorLabel("shopErrorLabel", this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Shop name:"), m_name);
    form->addRow(tr("Business registration number:"), m_business);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Counter ID:"), m_counter);
    form->addRow(m_error);
}

bool FirstRunShopPage::validatePage()
{
    SettingsValues v = m_wizard->values();
    v.shopName = m_name->text().trimmed();
    v.businessNumber = SettingsValidator::normalizedBusinessNumber(m_business->text().trimmed());
    v.shopAddress = m_address->text().trimmed();
    v.counterId = m_counter->text().trimmed();
    QStringList errors;
    for (SettingsField f : {SettingsField::ShopName, SettingsField::BusinessNumber,
                            SettingsField::ShopAddress, SettingsField::CounterId}) {
        if (auto e = SettingsValidator::validateField(f, v))
            errors.append(e->message);
    }
    m_error->setText(errors.join(u'\n'));
    if (!errors.isEmpty())
        return false;
    m_wizard->values() = v;
    return true;
}

FirstRunManagerPage::FirstRunManagerPage(FirstRunWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("managerPage"));
    setTitle(tr("First manager"));
    setSubTitle(tr("A manager opens the settings and authorises refunds with a PIN of 6 to 12 "
                   "digits (not one digit repeated or digits in a row such as 123456)."));
    m_name = lineEdit("managerNameEdit", this);
    m_pin = lineEdit("managerPinEdit", this, true);
    m_pinAgain = lineEdit("managerPinRepeatEdit", this, true);
    setPinValidator(m_pin);
    setPinValidator(m_pinAgain);
    m_error = errorLabel("managerErrorLabel", this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("PIN:"), m_pin);
    form->addRow(tr("PIN again:"), m_pinAgain);
    form->addRow(m_error);
}

bool FirstRunManagerPage::validatePage()
{
    const QString name = m_name->text().trimmed();
    if (!m_added.isEmpty() && name == m_added)
        return true;
    if (const auto problem = ManagerStore::checkNewPin(m_pin->text());
        problem != ManagerStore::Result::Ok) {
        m_error->setText(ManagerStore::message(problem));
        m_pin->selectAll();
        m_pin->setFocus();
        return false;
    }
    if (m_pin->text() != m_pinAgain->text()) {
        m_error->setText(tr("The two PINs differ."));
        m_pinAgain->clear();
        return false;
    }
    if (!m_wizard->managers()) {
        m_error->setText(tr("The manager list cannot be opened."));
        return false;
    }
    const auto result =
        m_wizard->managers()->addManager(name, m_pin->text(), QStringLiteral("first-run setup"));
    if (result != ManagerStore::Result::Ok) {
        m_error->setText(ManagerStore::message(result));
        return false;
    }
    m_added = name;
    m_pin->clear();
    m_pinAgain->clear();
    m_error->clear();
    return true;
}

FirstRunKakaoPayPage::FirstRunKakaoPayPage(FirstRunWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("kakaoPayPage"));
    setTitle(tr("KakaoPay"));
    setSubTitle(tr("Connect to KakaoPay now, or practise first in training mode (no real money; "
                   "you can connect later in the settings)."));
    m_training = new QRadioButton(tr("Training mode"), this);
    m_training->setObjectName(QStringLiteral("trainingModeRadio"));
    m_live = new QRadioButton(tr("Connect to KakaoPay"), this);
    m_live->setObjectName(QStringLiteral("liveModeRadio"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_training);
    group->addButton(m_live);
    m_training->setChecked(true);
    m_generation = new QComboBox(this);
    m_generation->setObjectName(QStringLiteral("apiGenerationCombo"));
    m_generation->addItems({tr("Current (open-api.kakaopay.com, secret key)"),
                            tr("Legacy (kapi.kakao.com, Admin key)")});
    m_cid = lineEdit("cidEdit", this);
    m_cid->setText(wizard->values().cid);
    m_key = lineEdit("secretKeyEdit", this, true);
    m_allowFile = new QCheckBox(
        tr("Where no keychain runs, keep the key in a file only this user can read (less safe)"),
        this);
    m_allowFile->setObjectName(QStringLiteral("allowFileFallbackCheck"));
    m_error = errorLabel("kakaoPayErrorLabel", this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_training);
    layout->addWidget(m_live);
    auto *form = new QFormLayout;
    form->addRow(tr("API:"), m_generation);
    form->addRow(tr("CID (merchant code):"), m_cid);
    form->addRow(tr("Secret key:"), m_key);
    layout->addLayout(form);
    layout->addWidget(m_allowFile);
    layout->addWidget(m_error);
    connect(m_live, &QRadioButton::toggled, this, &FirstRunKakaoPayPage::updateEnabled);
    updateEnabled();
}

void FirstRunKakaoPayPage::updateEnabled()
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_generation, m_cid, m_key, m_allowFile})
        w->setEnabled(m_live->isChecked());
}

bool FirstRunKakaoPayPage::validatePage()
{
    if (m_storing)
        return false;
    SettingsValues &values = m_wizard->values();
    if (m_training->isChecked()) {
        values.trainingMode = true;
        return true;
    }
    SettingsValues v = values;
    v.trainingMode = false;
    v.cid = m_cid->text().trimmed();
    v.apiGeneration = m_generation->currentIndex() == 0 ? KakaoPay::ApiGeneration::Current
                                                        : KakaoPay::ApiGeneration::Legacy;
    v.allowFileSecretFallback = m_allowFile->isChecked();
    if (auto e = SettingsValidator::validateField(SettingsField::Cid, v)) {
        m_error->setText(e->message);
        return false;
    }
    const QString key = m_key->text();
    if (key.isEmpty() && m_storedKey.isEmpty()) {
        m_error->setText(tr("Enter the secret key of your KakaoPay app."));
        return false;
    }
    if (key.isEmpty() || key == m_storedKey) {
        values = v;
        return true;
    }
    // The key goes to the keychain now; the page moves on once it is there.
    m_storing = true;
    m_error->setText(tr("Storing the key…"));
    m_wizard->secrets()->setAllowFileFallback(v.allowFileSecretFallback);
    m_wizard->secrets()->store(SecretSlot::SecretKey, key, this,
                               [this, v, key](const SecretResult &r) {
                                   m_storing = false;
                                   if (!r.ok()) {
                                       m_error->setText(r.error.userMessage());
                                       return;
                                   }
                                   m_storedKey = key;
                                   m_key->clear();
                                   m_error->setText(r.storage == SecretStorage::File
                                                        ? tr("The key is in a file (less safe).")
                                                        : QString());
                                   m_wizard->values() = v;
                                   m_wizard->next();
                               });
    return false;
}

FirstRunDonePage::FirstRunDonePage(FirstRunWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("donePage"));
    setTitle(tr("Ready"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("doneSummaryLabel"));
    m_summary->setWordWrap(true);
    m_error = errorLabel("doneErrorLabel", this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
}

void FirstRunDonePage::initializePage()
{
    const SettingsValues &v = m_wizard->values();
    m_summary->setText(v.trainingMode
                           ? tr("%1 is set up in training mode: payments go to the built-in "
                                "simulator and no money moves. Connect KakaoPay later in the "
                                "settings.")
                                 .arg(v.shopName)
                           : tr("%1 is set up with KakaoPay (CID %2). Use Test connection in the "
                                "settings to check the key.")
                                 .arg(v.shopName, v.cid));
}

void FirstRunDonePage::showError(const QString &message)
{
    m_error->setText(message);
}
