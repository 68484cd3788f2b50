#pragma once

#include <QString>

// Questions paydesk-cli asks a person at the terminal (a manager's name and PIN for a refund):
// asked on stderr, so stdout keeps only the answer, and read from stdin. A PIN is never an
// argument (the process list and the shell history would keep it) and is not echoed when stdin
// is a terminal.
class Prompt
{
public:
    // The line typed, without its line break; empty at the end of input.
    static QString ask(const QString &question);
    static QString askSecret(const QString &question);
};
