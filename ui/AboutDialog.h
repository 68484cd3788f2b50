#pragma once

#include "ThirdPartyNotices.h"

#include <QDialog>

class QTabWidget;
class QTreeWidget;
class QPushButton;

// Help → About: what a support call asks first. PayDesk's version, the Qt it runs on, the mode
// (training or real payments, and where they go) and the data folder; on its second tab the
// third-party software PayDesk ships or uses, each with its notice.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    struct Facts
    {
        bool training = false;
        QString modeDescription; // "TRAINING · simulator 127.0.0.1:… · API current"
        QString dataFolder;
        QString journalFile;
        ThirdPartyNotices notices; // ThirdPartyNotices::locate() in the app
    };

    explicit AboutDialog(const Facts &facts, QWidget *parent = nullptr);

    void showThirdPartyTab();

private:
    QWidget *makeThirdPartyTab();
    void showSelectedNotice();
    void showIndex();
    void openNotice(const QString &title, const QString &path);

    ThirdPartyNotices m_notices;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_showNotice = nullptr;
};
