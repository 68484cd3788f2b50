#include "Won.h"

#include <QLocale>

bool Won::checkedMultiply(Won price, qint64 quantity, Won *out)
{
    if (price.m_value < 0 || quantity < 0)
        return false;
    qint64 product = 0;
    if (qMulOverflow(price.m_value, quantity, &product) || product > kMax)
        return false;
    *out = Won(product);
    return true;
}

bool Won::checkedAdd(Won a, Won b, Won *out)
{
    qint64 sum = 0;
    if (qAddOverflow(a.m_value, b.m_value, &sum) || sum < 0 || sum > kMax)
        return false;
    *out = Won(sum);
    return true;
}

Won Won::vatOf(Won total, Won taxFree)
{
    const qint64 taxable = total.m_value - taxFree.m_value;
    if (taxable <= 0)
        return Won(0);
    // Integer half-up rounding of taxable / 11.
    return Won((taxable * 2 + 11) / 22);
}

QString Won::toDisplayString() const
{
    static const QLocale korean(QLocale::Korean, QLocale::SouthKorea);
    const QString digits = korean.toString(qAbs(m_value));
    return (m_value < 0 ? QStringLiteral("-₩") : QStringLiteral("₩")) + digits;
}

bool Won::parse(const QString &text, Won *out)
{
    QString t = text.trimmed();
    t.remove(QChar(u'₩'));
    t.remove(QChar(u','));
    t.remove(QChar(u'원'));
    t = t.trimmed();
    if (t.isEmpty())
        return false;
    for (QChar c : t) {
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    }
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    if (!ok || v > kMax)
        return false;
    *out = Won(v);
    return true;
}
