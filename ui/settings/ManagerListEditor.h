#pragma once

#include <QObject>

class ManagerStore;
class QLabel;
class QListWidget;
class QPushButton;
class QWidget;

// The Managers tab: list, add, rename, remove and change PIN through ManagerStore (which
// hashes the PINs and writes the audit log). PINs are asked twice.
class ManagerListEditor : public QObject
{
    Q_OBJECT

public:
    struct Widgets
    {
        QListWidget *list;
        QPushButton *add;
        QPushButton *rename;
        QPushButton *changePin;
        QPushButton *remove;
        QLabel *message;
    };

    ManagerListEditor(ManagerStore *managers, const QString &actor, Widgets widgets,
                      QWidget *dialogParent);

    void refresh();

private:
    QString selected() const;
    bool askPin(const QString &title, QString *pin);
    void show(const QString &message);
    void add();
    void rename();
    void changePin();
    void remove();

    ManagerStore *m_managers;
    QString m_actor;
    Widgets m_w;
    QWidget *m_parent;
};
