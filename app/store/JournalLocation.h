#pragma once

#include <QString>

// Where PayDesk keeps its journals: one SQLite file for real sales and one for training, in the
// application data folder of organisation and application "PayDesk". The app and paydesk-cli
// both ask here, so a shell command finds the file the counter writes.
class JournalLocation
{
public:
    enum class Kind
    {
        Real,
        Training // never shares a file with real sales
    };

    // QStandardPaths::AppDataLocation as the app "PayDesk"/"PayDesk" sees it, whatever the
    // running program's own names are (paydesk-cli has its own).
    static QString directory();
    static QString fileName(Kind kind); // paydesk.sqlite / paydesk-training.sqlite
    static QString path(Kind kind);     // directory() + fileName(kind)
};
