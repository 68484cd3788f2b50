#pragma once

#include "settings/SettingsValues.h"

#include <QWizard>

class AppSettings;
class ManagerStore;
class SecretStore;

// The first start of PayDesk on a counter: shop details → the first manager (name and PIN,
// twice) → KakaoPay (CID and secret key) or training mode → done. Finishing saves the settings
// with firstRunDone set; the manager is added (and audited) as soon as its page is confirmed,
// the key goes to the keychain when its page is confirmed.
//
// Once any manager exists (the settings were deleted, reset or unreadable, the journal was
// not), the wizard starts with a manager's sign-in (ManagerPinDialog) and goes no further
// without it; its manager page is left out: managers are changed in the settings.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        SignInPageId,
        ShopPageId,
        ManagerPageId,
        KakaoPayPageId,
        DonePageId
    };

    FirstRunWizard(AppSettings *settings, SecretStore *secrets, ManagerStore *managers,
                   QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    // The values collected so far (pages write into them when confirmed).
    SettingsValues &values() { return m_values; }
    AppSettings *settings() const { return m_settings; }
    SecretStore *secrets() const { return m_secrets; }
    ManagerStore *managers() const { return m_managers; }
    // The manager who signed in on the first page (empty when no manager existed).
    QString signedInManager() const { return m_signedIn; }
    void setSignedInManager(const QString &manager) { m_signedIn = manager; }

    void accept() override;

private:
    AppSettings *m_settings;
    SecretStore *m_secrets;
    ManagerStore *m_managers;
    SettingsValues m_values;
    QString m_signedIn;
};
