#pragma once

#include <QWizardPage>

class FirstRunWizard;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

// The pages of FirstRunWizard. Each checks its own fields in validatePage() and writes them
// into FirstRunWizard::values() only when they are valid.

// Once managers exist: a manager signs in (ManagerPinDialog) before anything else.
class FirstRunSignInPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FirstRunSignInPage(FirstRunWizard *wizard);
    bool isComplete() const override;
    bool validatePage() override { return isComplete(); } // also for QWizard::next()
    void initializePage() override;

private:
    void signIn();

    FirstRunWizard *m_wizard;
    QLabel *m_status;
    QPushButton *m_signIn;
};

class FirstRunShopPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FirstRunShopPage(FirstRunWizard *wizard);
    bool validatePage() override;

private:
    FirstRunWizard *m_wizard;
    QLineEdit *m_name, *m_business, *m_address, *m_counter;
    QLabel *m_error;
};

class FirstRunManagerPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FirstRunManagerPage(FirstRunWizard *wizard);
    bool validatePage() override;

private:
    FirstRunWizard *m_wizard;
    QLineEdit *m_name, *m_pin, *m_pinAgain;
    QLabel *m_error;
    QString m_added; // the manager already added, when the cashier comes back to this page
};

class FirstRunKakaoPayPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FirstRunKakaoPayPage(FirstRunWizard *wizard);
    bool validatePage() override;

private:
    void updateEnabled();

    FirstRunWizard *m_wizard;
    QRadioButton *m_training, *m_live;
    QComboBox *m_generation;
    QLineEdit *m_cid, *m_key;
    QCheckBox *m_allowFile;
    QLabel *m_error;
    QString m_storedKey; // stored already: don't store again when coming back
    bool m_storing = false;
};

class FirstRunDonePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FirstRunDonePage(FirstRunWizard *wizard);
    void initializePage() override;
    void showError(const QString &message);

private:
    FirstRunWizard *m_wizard;
    QLabel *m_summary, *m_error;
};
