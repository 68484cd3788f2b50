#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "ManagerListEditor.h"
#include "ManagerPinDialog.h"

#include "kakaopay/KakaoPayClient.h"
#include "settings/AppSettings.h"
#include "settings/ConnectionTest.h"
#include "settings/SecretStore.h"
#include "settings/SettingsValidator.h"

#include <QPushButton>
#include <QTimeZone>

namespace {
const QString kStoredMask = QStringLiteral("••••");

QUrl urlFrom(const QString &text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode);
}
} // namespace

SettingsDialog::SettingsDialog(AppSettings *settings, SecretStore *secrets, ManagerStore *managers,
                               const QString &manager, QWidget *parent)
    : QDialog(parent), m_ui(new Ui::SettingsDialog), m_settings(settings), m_secrets(secrets)
{
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    m_ui->apiGenerationCombo->addItems({tr("Current (open-api.kakaopay.com, secret key)"),
                                        tr("Legacy (kapi.kakao.com, Admin key)")});
    m_ui->languageCombo->addItems(
        {tr("System language"), QStringLiteral("한국어"), QStringLiteral("English")});
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &zone : zones)
        m_ui->timeZoneCombo->addItem(QString::fromUtf8(zone));

    m_errorLabels = {{SettingsField::ShopName, m_ui->shopNameError},
                     {SettingsField::BusinessNumber, m_ui->businessNumberError},
                     {SettingsField::ShopAddress, m_ui->shopAddressError},
                     {SettingsField::TimeZone, m_ui->timeZoneError},
                     {SettingsField::BaseUrl, m_ui->baseUrlError},
                     {SettingsField::Cid, m_ui->cidError},
                     {SettingsField::ReturnUrlBase, m_ui->returnUrlBaseError},
                     {SettingsField::RequestTimeout, m_ui->requestTimeoutError},
                     {SettingsField::CounterId, m_ui->counterIdError},
                     {SettingsField::ReceiptPrinter, m_ui->receiptPrinterError},
                     {SettingsField::CatalogPath, m_ui->catalogPathError}};

    m_managerEditor = new ManagerListEditor(managers, manager,
                                            {m_ui->managerList, m_ui->addManagerButton,
                                             m_ui->renameManagerButton, m_ui->changePinButton,
                                             m_ui->removeManagerButton, m_ui->managerMessageLabel},
                                            this);
    m_ui->managersTab->setEnabled(managers != nullptr);

    connect(m_ui->replaceKeyButton, &QPushButton::clicked, this, [this] {
        m_ui->secretKeyEdit->setEnabled(true);
        m_ui->secretKeyEdit->clear();
        m_ui->secretKeyEdit->setFocus();
    });
    connect(m_ui->replaceCidSecretButton, &QPushButton::clicked, this, [this] {
        m_ui->cidSecretEdit->setEnabled(true);
        m_ui->cidSecretEdit->clear();
        m_ui->cidSecretEdit->setFocus();
    });
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this,
            &SettingsDialog::testConnection);

    showValues(m_settings->values());
    readSecretStatus();
}

SettingsDialog::~SettingsDialog() = default;

bool SettingsDialog::openWithManagerPin(AppSettings *settings, SecretStore *secrets,
                                        ManagerStore *managers, QWidget *parent)
{
    ManagerPinDialog pin(managers, tr("A manager PIN is needed to open the settings."), parent);
    if (pin.exec() != QDialog::Accepted)
        return false;
    SettingsDialog dialog(settings, secrets, managers, pin.authorizedManager(), parent);
    return dialog.exec() == QDialog::Accepted;
}

void SettingsDialog::setResetWarnings(const QList<SettingsReset> &resets)
{
    QStringList lines;
    for (const SettingsReset &r : resets)
        lines.append(r.message);
    m_ui->resetWarningLabel->setText(lines.join(u'\n'));
    m_ui->resetWarningLabel->setVisible(!lines.isEmpty());
}

void SettingsDialog::showValues(const SettingsValues &v)
{
    m_ui->shopNameEdit->setText(v.shopName);
    m_ui->businessNumberEdit->setText(SettingsValidator::formatBusinessNumber(v.businessNumber));
    m_ui->shopAddressEdit->setText(v.shopAddress);
    m_ui->timeZoneCombo->setCurrentText(v.timeZone);
    m_ui->apiGenerationCombo->setCurrentIndex(
        v.apiGeneration == KakaoPay::ApiGeneration::Current ? 0 : 1);
    m_ui->baseUrlEdit->setText(v.baseUrl.toString());
    m_ui->cidEdit->setText(v.cid);
    m_ui->returnUrlBaseEdit->setText(v.returnUrlBase.toString());
    m_ui->timeoutSpin->setValue(v.requestTimeoutSeconds);
    m_ui->allowFileFallbackCheck->setChecked(v.allowFileSecretFallback);
    m_ui->counterIdEdit->setText(v.counterId);
    m_ui->receiptPrinterEdit->setText(v.receiptPrinter);
    m_ui->catalogPathEdit->setText(v.catalogPath);
    m_ui->languageCombo->setCurrentIndex(int(v.language));
    m_ui->trainingModeCheck->setChecked(v.trainingMode);
    m_ui->cidSecretStatusLabel->setText(
        v.hasCidSecret ? tr("CID secret: %1 stored").arg(kStoredMask) : tr("CID secret: none"));
}

SettingsValues SettingsDialog::formValues() const
{
    SettingsValues v = m_settings->values();
    v.shopName = m_ui->shopNameEdit->text().trimmed();
    v.businessNumber =
        SettingsValidator::normalizedBusinessNumber(m_ui->businessNumberEdit->text().trimmed());
    v.shopAddress = m_ui->shopAddressEdit->text().trimmed();
    v.timeZone = m_ui->timeZoneCombo->currentText().trimmed();
    v.apiGeneration = m_ui->apiGenerationCombo->currentIndex() == 0
                          ? KakaoPay::ApiGeneration::Current
                          : KakaoPay::ApiGeneration::Legacy;
    v.baseUrl = urlFrom(m_ui->baseUrlEdit->text());
    v.cid = m_ui->cidEdit->text().trimmed();
    v.returnUrlBase = urlFrom(m_ui->returnUrlBaseEdit->text());
    v.requestTimeoutSeconds = m_ui->timeoutSpin->value();
    v.allowFileSecretFallback = m_ui->allowFileFallbackCheck->isChecked();
    v.counterId = m_ui->counterIdEdit->text().trimmed();
    v.receiptPrinter = m_ui->receiptPrinterEdit->text().trimmed();
    v.catalogPath = m_ui->catalogPathEdit->text().trimmed();
    v.language = SettingsValues::Language(m_ui->languageCombo->currentIndex());
    v.trainingMode = m_ui->trainingModeCheck->isChecked();
    return v;
}

bool SettingsDialog::showErrors(const SettingsErrors &errors)
{
    for (QLabel *label : std::as_const(m_errorLabels))
        label->hide();
    for (const SettingsError &e : errors) {
        if (QLabel *label = m_errorLabels.value(e.field)) {
            label->setText(e.message);
            label->show();
        }
    }
    if (!errors.isEmpty()) {
        QWidget *label = m_errorLabels.value(errors.first().field);
        for (int i = 0; label && i < m_ui->tabs->count(); ++i) {
            if (m_ui->tabs->widget(i)->isAncestorOf(label))
                m_ui->tabs->setCurrentIndex(i);
        }
    }
    return errors.isEmpty();
}

void SettingsDialog::readSecretStatus()
{
    m_ui->secretKeyStatusLabel->setText(tr("Secret key: checking…"));
    m_secrets->read(SecretSlot::SecretKey, this, [this](const SecretResult &r) {
        m_keyStored = r.ok();
        if (r.ok()) {
            const QString where = r.storage == SecretStorage::File ? tr("in a file (less safe)")
                                  : r.storage == SecretStorage::Environment
                                      ? tr("from PAYDESK_SECRET_KEY")
                                      : tr("in the keychain");
            m_ui->secretKeyStatusLabel->setText(
                tr("Secret key: %1 stored %2").arg(kStoredMask, where));
        } else if (r.error.kind() == SecretError::Kind::NotFound) {
            m_ui->secretKeyStatusLabel->setText(tr("Secret key: none"));
            m_ui->secretKeyEdit->setEnabled(true);
        } else {
            m_ui->secretKeyStatusLabel->setText(tr("Secret key: unavailable"));
            m_ui->secretError->setText(r.error.userMessage());
            m_ui->secretError->show();
        }
    });
    if (m_settings->values().hasCidSecret) {
        m_secrets->read(SecretSlot::CidSecret, this, [this](const SecretResult &r) {
            if (r.ok())
                m_storedCidSecret = r.secret;
        });
    }
}

void SettingsDialog::testConnection()
{
    const SettingsValues v = formValues();
    SettingsErrors errors;
    for (SettingsField f :
         {SettingsField::BaseUrl, SettingsField::Cid, SettingsField::RequestTimeout}) {
        if (auto e = SettingsValidator::validateField(f, v))
            errors.append(*e);
    }
    if (!showErrors(errors)) {
        m_ui->connectionResultLabel->setText(tr("Correct the marked fields first."));
        return;
    }
    const QString typedKey = m_ui->secretKeyEdit->text();
    const QString typedCidSecret = m_ui->cidSecretEdit->text();
    KakaoPay::ClientConfig config;
    config.generation = v.apiGeneration;
    config.baseUrl = v.baseUrl;
    config.cid = v.cid;
    config.timeoutMs = v.requestTimeoutSeconds * 1000;
    // The stored secrets go only where they were saved for: a typed, unsaved address (or API,
    // which changes KakaoPay's host) is tested with secrets typed for it, never the stored ones.
    const bool savedServer =
        config.effectiveBaseUrl() == m_settings->clientConfig().effectiveBaseUrl();
    if (!savedServer && typedKey.isEmpty()) {
        m_ui->secretKeyEdit->setEnabled(true);
        m_ui->secretKeyEdit->setFocus();
        m_ui->connectionResultLabel->setText(
            tr("The server address is not the saved one: type the secret key to test it there. "
               "The stored key is only sent to the saved address (%1).")
                .arg(m_settings->clientConfig().effectiveBaseUrl().host()));
        return;
    }
    if (!savedServer && m_settings->values().hasCidSecret && typedCidSecret.isEmpty()) {
        m_ui->cidSecretEdit->setEnabled(true);
        m_ui->cidSecretEdit->setFocus();
        m_ui->connectionResultLabel->setText(
            tr("The server address is not the saved one: type the CID secret too to test it "
               "there."));
        return;
    }
    KakaoPay::KeyProvider key = typedKey.isEmpty()
                                    ? m_secrets->keyProvider()
                                    : KakaoPay::KeyProvider([typedKey] { return typedKey; });
    config.cidSecret = !typedCidSecret.isEmpty() ? typedCidSecret
                       : savedServer             ? m_storedCidSecret
                                                 : QString();

    delete m_test;
    delete m_testClient;
    m_testClient = new KakaoPay::Client(config, key, nullptr, this);
    m_test = new ConnectionTest(m_testClient, this);
    connect(m_test, &ConnectionTest::finished, this, [this](const ConnectionTest::Result &r) {
        m_ui->connectionResultLabel->setText(r.message);
        m_ui->connectionResultLabel->setProperty("accepted", r.accepted());
        m_ui->testConnectionButton->setEnabled(true);
    });
    m_ui->testConnectionButton->setEnabled(false);
    m_ui->connectionResultLabel->setText(tr("Testing…"));
    m_test->start();
}

void SettingsDialog::accept()
{
    if (m_saving)
        return;
    SettingsValues v = formValues();
    m_ui->secretError->hide();
    if (!showErrors(SettingsValidator::validate(v)))
        return;
    QList<QPair<int, QString>> pending;
    if (!m_ui->secretKeyEdit->text().isEmpty())
        pending.append({int(SecretSlot::SecretKey), m_ui->secretKeyEdit->text()});
    if (!m_ui->cidSecretEdit->text().isEmpty()) {
        pending.append({int(SecretSlot::CidSecret), m_ui->cidSecretEdit->text()});
        v.hasCidSecret = true;
    }
    m_secrets->setAllowFileFallback(v.allowFileSecretFallback);
    m_saving = true;
    saveAfterSecrets(v, pending);
}

// Secrets first: if the keychain refuses, the settings stay as they were.
void SettingsDialog::saveAfterSecrets(const SettingsValues &values,
                                      QList<QPair<int, QString>> pendingSecrets)
{
    if (!pendingSecrets.isEmpty()) {
        const auto next = pendingSecrets.takeFirst();
        m_secrets->store(SecretSlot(next.first), next.second, this,
                         [this, values, pendingSecrets](const SecretResult &r) {
                             if (!r.ok()) {
                                 m_saving = false;
                                 m_ui->secretError->setText(r.error.userMessage());
                                 m_ui->secretError->show();
                                 m_ui->tabs->setCurrentWidget(m_ui->kakaoPayTab);
                                 return;
                             }
                             saveAfterSecrets(values, pendingSecrets);
                         });
        return;
    }
    m_saving = false;
    m_settings->setValues(values);
    const AppSettings::SaveResult result = m_settings->save();
    if (!showErrors(result.invalid))
        return;
    if (!result.writeError.isEmpty()) {
        m_ui->resetWarningLabel->setText(result.writeError);
        m_ui->resetWarningLabel->show();
        return;
    }
    m_ui->secretKeyEdit->clear();
    m_ui->cidSecretEdit->clear();
    QDialog::accept();
}
