#pragma once

#include <QString>

// Text that came from a server (error_message, method_result_message, any answer) made safe to
// print on a terminal: control characters can clear the screen, move the cursor or recolour
// what follows ("\x1b[2J\x1b[32mPAID OK"), and bidirectional overrides can reorder what a
// person reads. They are written out as escapes instead, so what is shown is what was sent.
class TerminalText
{
public:
    // For one line of text: every C0 control (line breaks too), DEL, every C1 control and the
    // bidirectional controls become \xNN or \uNNNN.
    static QString line(const QString &text);
    // For a JSON answer printed as it came: line breaks and tabs stay (they may be its layout),
    // everything else that line() escapes becomes a JSON \uNNNN escape, so a well-formed answer
    // stays well-formed JSON.
    static QString json(const QString &text);
    // True for the characters line() escapes.
    static bool isControl(char16_t c);
};
