#pragma once

#include <QString>
#include <QtGlobal>

// An amount of Korean won. KakaoPay amounts are whole won, so this is an integer type:
// no floating point ever touches money. Arithmetic that would leave the range a POS can
// sensibly handle is detected by the caller through the checked helpers.
class Won
{
public:
    // Far above any single KakaoPay payment, far below qint64 overflow even after summing
    // a million of them: range checks on orders use this as the hard ceiling.
    static constexpr qint64 kMax = 1'000'000'000'000LL; // ₩1 trillion

    constexpr Won() = default;
    constexpr explicit Won(qint64 value) : m_value(value) {}

    constexpr qint64 value() const { return m_value; }
    constexpr bool isZero() const { return m_value == 0; }
    constexpr bool isNegative() const { return m_value < 0; }
    constexpr bool inRange() const { return m_value >= 0 && m_value <= kMax; }

    constexpr Won operator+(Won o) const { return Won(m_value + o.m_value); }
    constexpr Won operator-(Won o) const { return Won(m_value - o.m_value); }
    constexpr Won &operator+=(Won o)
    {
        m_value += o.m_value;
        return *this;
    }
    constexpr Won &operator-=(Won o)
    {
        m_value -= o.m_value;
        return *this;
    }
    constexpr bool operator==(Won o) const { return m_value == o.m_value; }
    constexpr bool operator!=(Won o) const { return m_value != o.m_value; }
    constexpr bool operator<(Won o) const { return m_value < o.m_value; }
    constexpr bool operator<=(Won o) const { return m_value <= o.m_value; }
    constexpr bool operator>(Won o) const { return m_value > o.m_value; }
    constexpr bool operator>=(Won o) const { return m_value >= o.m_value; }

    // price × quantity, or false when the product leaves [0, kMax].
    static bool checkedMultiply(Won price, qint64 quantity, Won *out);
    // a + b, or false when the sum leaves [0, kMax].
    static bool checkedAdd(Won a, Won b, Won *out);

    // KakaoPay's VAT rule: round((total − taxFree) / 11), halves rounded up. Used for ready,
    // for cancels, by the simulator and by the receipts: the one place the rule lives.
    static Won vatOf(Won total, Won taxFree);

    // "₩12,000" in the given locale's digit grouping (default: Korean).
    QString toDisplayString() const;
    // Parses what a person types ("12000", "12,000", "₩12,000"). False on anything else.
    static bool parse(const QString &text, Won *out);

private:
    qint64 m_value = 0;
};

Q_DECLARE_TYPEINFO(Won, Q_PRIMITIVE_TYPE);
