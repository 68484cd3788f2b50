#pragma once

#include <QStringList>

class QWidget;

// Finds English left on a screen that should be Korean: every visible label, button, group box,
// tab, window title, action, placeholder, combo item, header and cell under a widget.
namespace EnglishLeftovers {

// The texts a person sees under root, each as "ClassName objectName: text".
QStringList visibleTexts(QWidget *root);

// True when the text still has an English word once the allowed names (PayDesk, CID, tid, PDF,
// F12, Esc, URLs, host names, codes with digits, "(&C)" accelerators…) are taken out.
bool looksEnglish(const QString &text);

// The visibleTexts() that looksEnglish(), for a failure message.
QStringList find(QWidget *root);

} // namespace EnglishLeftovers
