#pragma once

#include <QCoreApplication>
#include <QString>

// Why the order refused a change. A refused change leaves the order exactly as it was.
class OrderError
{
    Q_DECLARE_TR_FUNCTIONS(OrderError)

public:
    enum class Code
    {
        None,
        InvalidProduct,     // no code, or a negative price
        QuantityOutOfRange, // a line's quantity must stay within 1..999
        TotalTooLarge,      // the order would exceed the configured maximum
        Overflow,           // the arithmetic itself would leave Won's range
        UnknownLine         // no line with that code
    };

    OrderError() = default;
    explicit OrderError(Code code, QString message = {})
        : m_code(code), m_message(std::move(message))
    {}

    bool isError() const { return m_code != Code::None; }
    explicit operator bool() const { return isError(); }
    Code code() const { return m_code; }
    // A sentence for the cashier, in the UI language.
    QString message() const { return m_message; }

private:
    Code m_code = Code::None;
    QString m_message;
};
