#include "OrderIdGenerator.h"

#include "core/Clock.h"

#include <QRandomGenerator>

OrderIdGenerator::OrderIdGenerator(const QString &counterId, Clock *clock)
    : m_counterId(sanitizeCounterId(counterId)), m_clock(clock ? clock : Clock::system())
{}

QString OrderIdGenerator::next()
{
    const QString second = m_clock->now().toString(QStringLiteral("yyMMdd-HHmmss"));
    if (second != m_lastSecond) {
        m_lastSecond = second;
        m_issuedThisSecond.clear();
    }
    QString id;
    do {
        id = m_counterId + u'-' + second + u'-' + randomBase32(4);
    } while (m_issuedThisSecond.contains(id));
    m_issuedThisSecond.insert(id);
    return id;
}

QString OrderIdGenerator::sanitizeCounterId(const QString &counterId)
{
    QString out;
    for (const QChar c : counterId.trimmed()) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                           (c >= u'0' && c <= u'9') || c == u'_' || c == u'.';
        out += plain ? c : QChar(u'_');
        if (out.size() == kMaxCounterIdLength)
            break;
    }
    return out.isEmpty() ? QStringLiteral("POS") : out;
}

QString OrderIdGenerator::randomBase32(int n)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // 32, no I L O U
    QString out;
    out.reserve(n);
    for (int i = 0; i < n; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
    return out;
}
