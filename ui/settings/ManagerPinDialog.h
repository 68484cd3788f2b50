#pragma once

#include <QDialog>
#include <QScopedPointer>

class ManagerStore;

namespace Ui {
class ManagerPinDialog;
}

// A manager proves who they are for one protected action (opening the settings, a refund, the
// set-up wizard once managers exist): name and PIN, checked by ManagerStore (which counts
// failures, locks out and audits) on a worker thread, so the dialog stays responsive during the
// deliberately slow check.
//
// A PIN chosen under older rules (4 or 5 digits) or a trivial one (111111, 123456) still signs
// in, but the dialog then asks for a new PIN, twice, and goes on only once it is stored.
class ManagerPinDialog : public QDialog
{
    Q_OBJECT

public:
    // purpose: one sentence saying what the PIN is for, e.g. tr("Open the settings").
    ManagerPinDialog(ManagerStore *managers, const QString &purpose, QWidget *parent = nullptr);
    ~ManagerPinDialog() override;

    // The manager whose PIN was accepted (after exec() returned Accepted).
    QString authorizedManager() const { return m_authorized; }
    // Asking for a new PIN after a weak one was accepted.
    bool isAskingForNewPin() const { return m_askingNewPin; }

    void accept() override;

private:
    void setChecking(bool checking);
    void showNewPinRows(bool show);
    void showMessage(const QString &message);
    void storeNewPin();

    QScopedPointer<Ui::ManagerPinDialog> m_ui;
    ManagerStore *m_managers;
    QString m_authorized;
    QString m_acceptedPin; // while a new one is asked for: ManagerStore::changePin needs it
    bool m_checking = false;
    bool m_askingNewPin = false;
};
