#include "KakaoPayError.h"

namespace KakaoPay {

namespace {

// Codes the cashier may meet at the counter (§10.3); the rest get the generic sentence.
QString messageForCode(const Error &e)
{
    switch (e.code()) {
    case -401:
        return Error::tr("KakaoPay did not accept the key. Ask a manager to check the KakaoPay "
                         "settings.");
    case -701:
        return Error::tr("The customer has not finished paying in KakaoTalk yet.");
    case -702:
        return Error::tr("This payment was already approved.");
    case -706:
    case -707:
        return Error::tr("The order does not match the payment request. Start a new payment.");
    case -708:
        return Error::tr("The payment confirmation is not valid. Start a new payment.");
    case -710:
    case -711:
        return Error::tr("The refund is larger than what can still be refunded on this payment.");
    case -721:
        return Error::tr("KakaoPay does not know this payment. Ask a manager to check the "
                         "KakaoPay settings (merchant code, key and address).");
    case -723:
        return Error::tr("The payment expired before it was completed. Start a new payment.");
    case -780: {
        // Not necessarily a refusal: KakaoPay's own sample is "a transaction is in progress".
        const QString why = e.methodResultMessage();
        return why.isEmpty()
                   ? Error::tr("KakaoPay reported a problem with the payment method.")
                   : Error::tr("KakaoPay reported a problem with the payment method: %1").arg(why);
    }
    case -781: {
        const QString why = e.methodResultMessage();
        return why.isEmpty()
                   ? Error::tr("KakaoPay reported a problem with the refund.")
                   : Error::tr("KakaoPay reported a problem with the refund: %1").arg(why);
    }
    case -783:
        return Error::tr("This payment can no longer be approved. Start a new payment.");
    case -784:
        return Error::tr("This payment cannot be refunded in its current state.");
    case -785:
        return Error::tr("The same request is already being processed. Wait a moment, then check "
                         "the payment.");
    case -797:
        return Error::tr("The amount is above KakaoPay's limit for a single payment.");
    case -730:
    case -731:
    case -732:
    case -733:
        return Error::tr("KakaoPay did not accept this shop's merchant settings. Ask a manager to "
                         "check the KakaoPay settings.");
    case -9798:
        return Error::tr("KakaoPay is under maintenance. Try again later.");
    default:
        break;
    }
    if (e.httpStatus() == 401 || e.httpStatus() == 403)
        return Error::tr("KakaoPay did not accept the key. Ask a manager to check the KakaoPay "
                         "settings.");
    if (e.httpStatus() == 503)
        return Error::tr("KakaoPay is under maintenance. Try again later.");
    return Error::tr("KakaoPay refused the request (code %1).").arg(e.code());
}

} // namespace

Error Error::kakaoPay(int httpStatus, int code, QString message, QString methodResultCode,
                      QString methodResultMessage)
{
    Error e(Kind::KakaoPay, std::move(message), httpStatus);
    e.m_code = code;
    e.m_methodResultCode = std::move(methodResultCode);
    e.m_methodResultMessage = std::move(methodResultMessage);
    return e;
}

Error Error::network(QString detail, bool requestSent)
{
    Error e(Kind::Network, std::move(detail));
    e.m_requestSent = requestSent;
    return e;
}

QString Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::KakaoPay:
        return QStringLiteral("kakaopay");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::MissingField:
        return QStringLiteral("missing-field");
    case Kind::Configuration:
        return QStringLiteral("configuration");
    }
    return QStringLiteral("unknown");
}

QString Error::userMessage() const
{
    const QString checkFirst =
        tr("The payment will be checked with KakaoPay before anything is sent again.");
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        if (m_requestSent)
            return tr("The connection to KakaoPay broke before its answer arrived.") + u' ' +
                   checkFirst;
        return tr("KakaoPay could not be reached. Check the internet connection and try again.");
    case Kind::Timeout:
        return tr("KakaoPay did not answer in time.") + u' ' + checkFirst;
    case Kind::Tls:
        return tr("The secure connection to KakaoPay could not be verified, so nothing was sent. "
                  "Check the computer's date and the network.");
    case Kind::Http:
        if (m_httpStatus == 401 || m_httpStatus == 403)
            return tr("KakaoPay did not accept the key. Ask a manager to check the KakaoPay "
                      "settings.");
        if (m_httpStatus == 503)
            return tr("KakaoPay is under maintenance. Try again later.");
        return tr("KakaoPay answered with an unexpected error (HTTP %1). Try again later.")
            .arg(m_httpStatus);
    case Kind::KakaoPay:
        return messageForCode(*this);
    case Kind::Malformed:
        return tr("KakaoPay's answer could not be read.");
    case Kind::MissingField:
        return tr("KakaoPay's answer was incomplete.");
    case Kind::Configuration:
        return tr("KakaoPay is not set up on this computer (key or address missing). Ask a "
                  "manager to check the KakaoPay settings.");
    }
    return tr("Unknown error.");
}

QString Error::logText() const
{
    QString text = QStringLiteral("kind=%1").arg(kindName());
    if (m_httpStatus)
        text += QStringLiteral(" http=%1").arg(m_httpStatus);
    if (m_code)
        text += QStringLiteral(" code=%1").arg(m_code);
    if (!m_methodResultCode.isEmpty())
        text += QStringLiteral(" method_result_code=%1").arg(m_methodResultCode);
    if (!m_methodResultMessage.isEmpty())
        text += QStringLiteral(" method_result_message=\"%1\"").arg(m_methodResultMessage);
    if (m_kind == Kind::Network)
        text += m_requestSent ? QStringLiteral(" sent=yes") : QStringLiteral(" sent=no");
    if (!m_detail.isEmpty())
        text += QStringLiteral(" detail=\"%1\"").arg(m_detail);
    return text;
}

} // namespace KakaoPay
