#include "ManagerListEditor.h"

#include "auth/ManagerStore.h"

#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>

ManagerListEditor::ManagerListEditor(ManagerStore *managers, const QString &actor, Widgets widgets,
                                     QWidget *dialogParent)
    : QObject(dialogParent), m_managers(managers), m_actor(actor), m_w(widgets),
      m_parent(dialogParent)
{
    connect(m_w.add, &QPushButton::clicked, this, &ManagerListEditor::add);
    connect(m_w.rename, &QPushButton::clicked, this, &ManagerListEditor::rename);
    connect(m_w.changePin, &QPushButton::clicked, this, &ManagerListEditor::changePin);
    connect(m_w.remove, &QPushButton::clicked, this, &ManagerListEditor::remove);
    connect(m_w.list, &QListWidget::currentRowChanged, this, [this](int row) {
        for (QPushButton *b : {m_w.rename, m_w.changePin, m_w.remove})
            b->setEnabled(row >= 0);
    });
    refresh();
}

void ManagerListEditor::refresh()
{
    const QString current = selected();
    m_w.list->clear();
    if (m_managers)
        m_w.list->addItems(m_managers->managers());
    const auto found = m_w.list->findItems(current, Qt::MatchExactly);
    m_w.list->setCurrentItem(found.isEmpty() ? nullptr : found.first());
    for (QPushButton *b : {m_w.rename, m_w.changePin, m_w.remove})
        b->setEnabled(m_w.list->currentRow() >= 0);
}

QString ManagerListEditor::selected() const
{
    return m_w.list->currentItem() ? m_w.list->currentItem()->text() : QString();
}

void ManagerListEditor::show(const QString &message)
{
    m_w.message->setText(message);
}

bool ManagerListEditor::askPin(const QString &title, QString *pin)
{
    bool ok = false;
    const QString first = QInputDialog::getText(
        m_parent, title,
        tr("PIN (6 to 12 digits; not one digit repeated or digits in a row such as 123456):"),
        QLineEdit::Password, {}, &ok);
    if (!ok)
        return false;
    // Said now, before the PIN is typed a second time.
    if (const auto problem = ManagerStore::checkNewPin(first);
        problem != ManagerStore::Result::Ok) {
        show(ManagerStore::message(problem));
        return false;
    }
    const QString second = QInputDialog::getText(m_parent, title, tr("The same PIN again:"),
                                                 QLineEdit::Password, {}, &ok);
    if (!ok)
        return false;
    if (first != second) {
        show(tr("The two PINs differ; nothing was changed."));
        return false;
    }
    *pin = first;
    return true;
}

void ManagerListEditor::add()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(m_parent, tr("Add manager"), tr("Name:"), QLineEdit::Normal, {}, &ok)
            .trimmed();
    QString pin;
    if (!ok || !askPin(tr("Add manager"), &pin))
        return;
    const auto result = m_managers->addManager(name, pin, m_actor);
    show(result == ManagerStore::Result::Ok ? tr("Manager %1 added.").arg(name)
                                            : ManagerStore::message(result));
    refresh();
}

void ManagerListEditor::rename()
{
    const QString name = selected();
    bool ok = false;
    const QString newName =
        QInputDialog::getText(m_parent, tr("Rename manager"), tr("New name for %1:").arg(name),
                              QLineEdit::Normal, name, &ok)
            .trimmed();
    if (!ok || newName == name)
        return;
    const auto result = m_managers->renameManager(name, newName, m_actor);
    show(result == ManagerStore::Result::Ok ? tr("%1 is now %2.").arg(name, newName)
                                            : ManagerStore::message(result));
    refresh();
}

void ManagerListEditor::changePin()
{
    const QString name = selected();
    bool ok = false;
    const QString oldPin =
        QInputDialog::getText(m_parent, tr("Change PIN"), tr("Current PIN of %1:").arg(name),
                              QLineEdit::Password, {}, &ok);
    QString newPin;
    if (!ok || !askPin(tr("Change PIN"), &newPin))
        return;
    const auto result = m_managers->changePin(name, oldPin, newPin);
    show(result == ManagerStore::Result::Ok ? tr("The PIN of %1 was changed.").arg(name)
                                            : ManagerStore::message(result));
}

void ManagerListEditor::remove()
{
    const QString name = selected();
    if (QMessageBox::question(
            m_parent, tr("Remove manager"),
            tr("Remove %1? They will no longer be able to authorise refunds.").arg(name)) !=
        QMessageBox::Yes)
        return;
    const auto result = m_managers->removeManager(name, m_actor);
    show(result == ManagerStore::Result::Ok ? tr("%1 was removed.").arg(name)
                                            : ManagerStore::message(result));
    refresh();
}
