#pragma once

#include <QDialog>
#include <QScopedPointer>

class ManagerStore;

namespace Ui {
class ManagerPinDialog;
}

// A manager proves who they are for one protected action (opening the settings, a refund):
// name and PIN, checked by ManagerStore (which counts failures, locks out and audits) on a
// worker thread, so the dialog stays responsive during the deliberately slow check.
class ManagerPinDialog : public QDialog
{
    Q_OBJECT

public:
    // purpose: one sentence saying what the PIN is for, e.g. tr("Open the settings").
    ManagerPinDialog(ManagerStore *managers, const QString &purpose, QWidget *parent = nullptr);
    ~ManagerPinDialog() override;

    // The manager whose PIN was accepted (after exec() returned Accepted).
    QString authorizedManager() const { return m_authorized; }

    void accept() override;

private:
    void setChecking(bool checking);

    QScopedPointer<Ui::ManagerPinDialog> m_ui;
    ManagerStore *m_managers;
    QString m_authorized;
    bool m_checking = false;
};
