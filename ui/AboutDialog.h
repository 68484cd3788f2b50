#pragma once

#include <QDialog>

// Help → About: what a support call asks first. PayDesk's version, the Qt it runs on, the mode
// (training or real payments, and where they go) and the data folder.
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
    };

    explicit AboutDialog(const Facts &facts, QWidget *parent = nullptr);
};
