#pragma once

#include <QSet>
#include <QString>

class Clock;

// Makes a fresh partner_order_id for every payment attempt:
//     <counter>-YYMMDD-HHMMSS-<4 random base32>      e.g. POS1-250314-153012-K7QX
// The counter id keeps counters apart, the time keeps restarts apart and the random part (from
// the system CSPRNG) keeps attempts within one second apart. Readable on a receipt, ≤ 100 chars.
class OrderIdGenerator
{
public:
    static constexpr int kMaxCounterIdLength = 32;

    explicit OrderIdGenerator(const QString &counterId, Clock *clock = nullptr);

    QString counterId() const { return m_counterId; }
    QString next();

    // Letters, digits, '_' and '.' kept; anything else becomes '_'; cut to kMaxCounterIdLength;
    // "POS" when nothing is left.
    static QString sanitizeCounterId(const QString &counterId);
    // n characters of Crockford-like base32 (no I, L, O, U) from QRandomGenerator::system().
    static QString randomBase32(int n);

private:
    QString m_counterId;
    Clock *m_clock = nullptr;
    QString m_lastSecond;             // the time part of the previous id
    QSet<QString> m_issuedThisSecond; // so two attempts in one second never collide
};
