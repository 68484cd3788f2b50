#pragma once

#include "settings/SettingsError.h"
#include "settings/SettingsValues.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QScopedPointer>

class AppSettings;
class ConnectionTest;
class ManagerListEditor;
class ManagerStore;
class QLabel;
class SecretStore;

namespace KakaoPay {
class Client;
}

namespace Ui {
class SettingsDialog;
}

// The shop's settings in four tabs (Shop, KakaoPay, Counter, Managers). Values are checked
// field by field with SettingsValidator and refused inline; Save writes nothing until every
// field is valid and the secrets (if replaced) are in the keychain.
//
// The secret key field is write-only: the stored key is never shown back, only "•••• stored"
// and a Replace button that opens an empty field.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // manager: the manager who opened the dialog (for the audit log of manager changes).
    SettingsDialog(AppSettings *settings, SecretStore *secrets, ManagerStore *managers,
                   const QString &manager, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Asks for a manager PIN (ManagerPinDialog), then shows the dialog. Returns true when the
    // settings were saved.
    static bool openWithManagerPin(AppSettings *settings, SecretStore *secrets,
                                   ManagerStore *managers, QWidget *parent = nullptr);

    // Shows what AppSettings::load() had to reset, so the manager sees it.
    void setResetWarnings(const QList<SettingsReset> &resets);

    SettingsValues formValues() const;

    void accept() override;

private:
    void showValues(const SettingsValues &values);
    bool showErrors(const SettingsErrors &errors); // true when there were none
    void readSecretStatus();
    void testConnection();
    void saveAfterSecrets(const SettingsValues &values, QList<QPair<int, QString>> pendingSecrets);

    QScopedPointer<Ui::SettingsDialog> m_ui;
    AppSettings *m_settings;
    SecretStore *m_secrets;
    ManagerListEditor *m_managerEditor = nullptr;
    QHash<SettingsField, QLabel *> m_errorLabels;
    bool m_keyStored = false;
    QString m_storedCidSecret; // for Test connection only; dialog lifetime, never shown
    QPointer<KakaoPay::Client> m_testClient;
    QPointer<ConnectionTest> m_test;
    bool m_saving = false;
};
