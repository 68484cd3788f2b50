#pragma once

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class NoticeDialog;
}

// One third-party notice (a Debian copyright file, a license text, or the whole index) as
// read-only text: the counter PC may have no text viewer, and no network.
class NoticeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NoticeDialog(QWidget *parent = nullptr);
    ~NoticeDialog() override;

    // Shows the file, or every file of a folder one after the other (a Windows component's
    // license files). False with *error set (in the user's language) when nothing is readable.
    bool load(const QString &title, const QString &path, QString *error);
    QString text() const;

private:
    QScopedPointer<Ui::NoticeDialog> m_ui;
};
