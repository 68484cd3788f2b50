#include "FirstRunWizard.h"

#include "FirstRunPages.h"

#include "auth/ManagerStore.h"
#include "settings/AppSettings.h"

#include <QAbstractButton>

FirstRunWizard::FirstRunWizard(AppSettings *settings, SecretStore *secrets, ManagerStore *managers,
                               QWidget *parent)
    : QWizard(parent), m_settings(settings), m_secrets(secrets), m_managers(managers),
      m_values(settings->values())
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Set up PayDesk"));
    setOption(QWizard::NoBackButtonOnLastPage);
    // Managers exist: nothing of the set-up (the KakaoPay key, the CID, training or not) is
    // changed without one of them.
    const bool managersExist = managers && !managers->managers().isEmpty();
    if (managersExist)
        setPage(SignInPageId, new FirstRunSignInPage(this));
    setPage(ShopPageId, new FirstRunShopPage(this));
    if (!managersExist)
        setPage(ManagerPageId, new FirstRunManagerPage(this));
    setPage(KakaoPayPageId, new FirstRunKakaoPayPage(this));
    setPage(DonePageId, new FirstRunDonePage(this));
    button(NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(BackButton)->setObjectName(QStringLiteral("backButton"));
}

FirstRunWizard::~FirstRunWizard() = default;

void FirstRunWizard::accept()
{
    if (page(SignInPageId) && m_signedIn.isEmpty())
        return; // not through the pages: the sign-in comes first and gates the rest
    m_values.firstRunDone = true;
    m_settings->setValues(m_values);
    const AppSettings::SaveResult result = m_settings->save();
    if (!result.ok()) {
        const QString message =
            result.invalid.isEmpty() ? result.writeError : result.invalid.first().message;
        static_cast<FirstRunDonePage *>(page(DonePageId))->showError(message);
        return;
    }
    QWizard::accept();
}
