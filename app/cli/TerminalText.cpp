#include "TerminalText.h"

namespace {
QString hex(char16_t c, int width)
{
    return QString::number(c, 16).rightJustified(width, u'0');
}
} // namespace

bool TerminalText::isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
}

QString TerminalText::line(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (!isControl(c))
            out += ch;
        else if (c <= 0xff)
            out += QStringLiteral("\\x") + hex(c, 2);
        else
            out += QStringLiteral("\\u") + hex(c, 4);
    }
    return out;
}

QString TerminalText::json(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            continue; // CRLF layout: the LF alone
        if (!isControl(c) || c == u'\n' || c == u'\t')
            out += text.at(i);
        else
            out += QStringLiteral("\\u") + hex(c, 4);
    }
    return out;
}
