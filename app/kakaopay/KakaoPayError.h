#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace KakaoPay {

// What went wrong with one call, as a value the caller can tell apart and the UI can show.
// The KakaoPay code and method result stay available for the log; userMessage() is for people.
class Error
{
    Q_DECLARE_TR_FUNCTIONS(KakaoPay::Error)

public:
    enum class Kind
    {
        None,         // success
        Network,      // could not reach the server (refused, DNS, reset, closed without answer)
        Timeout,      // no complete answer within the configured timeout
        Tls,          // the TLS handshake or certificate was rejected (never ignored)
        Http,         // an HTTP error status without a KakaoPay error body
        KakaoPay,     // a KakaoPay error body (code/msg or error_code/error_message)
        Malformed,    // body is not JSON, or not the expected shape
        MissingField, // JSON fine, a required response field is absent
        Configuration // the client cannot sign requests (no key, bad base URL)
    };

    Error() = default;
    Error(Kind kind, QString detail = {}, int httpStatus = 0)
        : m_kind(kind), m_detail(std::move(detail)), m_httpStatus(httpStatus)
    {}
    static Error kakaoPay(int httpStatus, int code, QString message, QString methodResultCode = {},
                          QString methodResultMessage = {});
    // A transport failure; requestSent = the request left (in part or whole) before the
    // connection broke, so KakaoPay may have acted on it.
    static Error network(QString detail, bool requestSent);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    int code() const { return m_code; }                // KakaoPay code (e.g. -780), 0 if none
    QString serverMessage() const { return m_detail; } // KakaoPay msg / technical detail
    QString methodResultCode() const { return m_methodResultCode; }
    QString methodResultMessage() const { return m_methodResultMessage; }

    // A transport failure after the request (or part of it) left: KakaoPay may have acted on it.
    // What that means for the money is kakaopay/Meaning's to say.
    bool requestSent() const { return m_requestSent; }

    // Stable lower-case name of the kind ("network", "kakaopay", …) for logs and paydesk-cli.
    static QString kindName(Kind kind);
    QString kindName() const { return kindName(m_kind); }

    // A sentence for the cashier / manager, in the UI language.
    QString userMessage() const;
    // One line for the log: kind, HTTP status, code, method result. Never contains a key.
    QString logText() const;

private:
    Kind m_kind = Kind::None;
    QString m_detail;
    int m_httpStatus = 0;
    int m_code = 0;
    QString m_methodResultCode;
    QString m_methodResultMessage;
    bool m_requestSent = false;
};

template <typename T> struct Result
{
    T value;
    Error error;
    QByteArray body; // the raw response body as received (for paydesk-cli and the log)
    bool ok() const { return !error.isError(); }
};

} // namespace KakaoPay
