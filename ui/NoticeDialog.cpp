#include "NoticeDialog.h"
#include "ui_NoticeDialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>

NoticeDialog::NoticeDialog(QWidget *parent) : QDialog(parent), m_ui(new Ui::NoticeDialog)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("noticeDialog"));
    m_ui->noticeText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

NoticeDialog::~NoticeDialog() = default;

bool NoticeDialog::load(const QString &title, const QString &path, QString *error)
{
    QStringList files;
    const QFileInfo info(path);
    if (info.isDir()) {
        const QFileInfoList entries =
            QDir(path).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &entry : entries)
            files << entry.filePath();
    } else {
        files << path;
    }
    QString text;
    for (const QString &file : std::as_const(files)) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = tr("The notice %1 cannot be read: %2")
                         .arg(QDir::toNativeSeparators(file), f.errorString());
            return false;
        }
        if (files.size() > 1)
            text += QStringLiteral("==> %1 <==\n").arg(QFileInfo(file).fileName());
        text += QString::fromUtf8(f.readAll());
        if (!text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
    }
    if (files.isEmpty()) {
        *error = tr("The notice %1 cannot be read: %2")
                     .arg(QDir::toNativeSeparators(path), tr("no such file"));
        return false;
    }
    setWindowTitle(tr("Notice: %1").arg(title));
    m_ui->noticePathLabel->setText(QDir::toNativeSeparators(path));
    m_ui->noticeText->setPlainText(text);
    return true;
}

QString NoticeDialog::text() const
{
    return m_ui->noticeText->toPlainText();
}
