#include "Meaning.h"

namespace KakaoPay {

namespace {

// Codes KakaoPay documents as a refusal of the call itself (§10.3 and the generic gateway
// codes): the call was checked and not carried out. A code that is not known here is not read
// as a refusal: it could mean anything, so it leaves the outcome open.
bool isDocumentedRefusal(int code)
{
    switch (code) {
    case -2:   // invalid or missing parameter
    case -3:   // API not enabled for the app
    case -10:  // quota exceeded
    case -701: // approve before the buyer finished authenticating
    case -703: // invalid point amount
    case -704: // invalid amount of the method
    case -705: // unsupported method
    case -706: // partner_order_id differs from ready
    case -707: // partner_user_id differs from ready
    case -708: // invalid pg_token
    case -710: // cancel larger than what is cancellable
    case -711: // cancel larger than the approval
    case -722: // invalid amounts (also the cancel_available_amount guard, unconfirmed)
    case -724: // invalid single-payment amount
    case -725: // invalid total amount
    case -726: // invalid order information
    case -750:
    case -751:
    case -752:
    case -753: // subscription refusals
    case -761: // phone number is not a KakaoTalk user
    case -797: // single-payment limit exceeded
    case -798: // request from a non-allowed IP
    case -799: // site domain not registered
        return true;
    default:
        return false;
    }
}

} // namespace

Meaning meaningOfCode(int code)
{
    switch (code) {
    case 0:
        return Meaning::Unanswered; // an error without a number tells nothing
    case -401:
        return Meaning::KeyRejected;
    case -702:
        return Meaning::AlreadyApproved;
    case -721:
        return Meaning::UnknownTid;
    case -723:
        return Meaning::Expired;
    case -730:
    case -731:
    case -732:
        return Meaning::MerchantRejected;
    case -733:
        return Meaning::CidSecretRejected;
    case -780:
    case -781:
    case -782:
        return Meaning::MethodFault;
    case -783:
        return Meaning::NotApprovable;
    case -784: // cancel in a state that does not allow it: not carried out
        return Meaning::Refused;
    case -785:
        return Meaning::InProgress;
    default:
        return isDocumentedRefusal(code) ? Meaning::Refused : Meaning::Unanswered;
    }
}

Meaning meaningOf(const Error &error)
{
    switch (error.kind()) {
    case Error::Kind::None:
        return Meaning::Done;
    case Error::Kind::Configuration:
    case Error::Kind::Tls: // refused during the handshake: nothing of the request was sent
        return Meaning::NotSent;
    case Error::Kind::Network:
        return error.requestSent() ? Meaning::Unanswered : Meaning::NotSent;
    case Error::Kind::Timeout:
    case Error::Kind::Malformed:
    case Error::Kind::MissingField:
        return Meaning::Unanswered;
    case Error::Kind::Http:
        if (error.httpStatus() == 401 || error.httpStatus() == 403)
            return Meaning::KeyRejected;
        return Meaning::Unanswered; // a proxy's page, a 5xx: who knows what went through
    case Error::Kind::KakaoPay:
        // A server error is a server error whatever number it carries.
        if (error.httpStatus() >= 500)
            return Meaning::Unanswered;
        if (error.httpStatus() == 401 || error.httpStatus() == 403)
            return Meaning::KeyRejected;
        return meaningOfCode(error.code());
    }
    return Meaning::Unanswered;
}

bool hadNoEffect(Meaning meaning)
{
    switch (meaning) {
    case Meaning::NotSent:
    case Meaning::Expired:
    case Meaning::KeyRejected:
    case Meaning::MerchantRejected:
    case Meaning::CidSecretRejected:
    case Meaning::Refused:
        return true;
    case Meaning::Done:
    case Meaning::Unanswered:
    case Meaning::InProgress:
    case Meaning::MethodFault:
    case Meaning::UnknownTid:
    case Meaning::AlreadyApproved:
    case Meaning::NotApprovable:
        return false;
    }
    return false;
}

QString meaningName(Meaning meaning)
{
    switch (meaning) {
    case Meaning::Done:
        return QStringLiteral("done");
    case Meaning::NotSent:
        return QStringLiteral("not-sent");
    case Meaning::Unanswered:
        return QStringLiteral("unanswered");
    case Meaning::InProgress:
        return QStringLiteral("in-progress");
    case Meaning::MethodFault:
        return QStringLiteral("method-fault");
    case Meaning::UnknownTid:
        return QStringLiteral("unknown-tid");
    case Meaning::AlreadyApproved:
        return QStringLiteral("already-approved");
    case Meaning::NotApprovable:
        return QStringLiteral("not-approvable");
    case Meaning::Expired:
        return QStringLiteral("expired");
    case Meaning::KeyRejected:
        return QStringLiteral("key-rejected");
    case Meaning::MerchantRejected:
        return QStringLiteral("merchant-rejected");
    case Meaning::CidSecretRejected:
        return QStringLiteral("cid-secret-rejected");
    case Meaning::Refused:
        return QStringLiteral("refused");
    }
    return QStringLiteral("unknown");
}

PaymentStatus paymentStatusOf(const QString &status)
{
    if (status == u"SUCCESS_PAYMENT")
        return PaymentStatus::Paid;
    if (status == u"PART_CANCEL_PAYMENT")
        return PaymentStatus::PartRefunded;
    if (status == u"CANCEL_PAYMENT")
        return PaymentStatus::Refunded;
    if (status == u"QUIT_PAYMENT")
        return PaymentStatus::BuyerQuit;
    if (status == u"FAIL_AUTH_PASSWORD" || status == u"FAIL_PAYMENT")
        return PaymentStatus::Failed;
    if (status == u"AUTH_PASSWORD")
        return PaymentStatus::Confirmed;
    if (status == u"READY" || status == u"SEND_TMS" || status == u"OPEN_PAYMENT" ||
        status == u"SELECT_METHOD" || status == u"ARS_WAITING")
        return PaymentStatus::Waiting;
    return PaymentStatus::Unknown;
}

bool isFinal(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Paid:
    case PaymentStatus::PartRefunded:
    case PaymentStatus::Refunded:
    case PaymentStatus::BuyerQuit:
    case PaymentStatus::Failed:
        return true;
    case PaymentStatus::Confirmed:
    case PaymentStatus::Waiting:
    case PaymentStatus::Unknown:
        return false;
    }
    return false;
}

bool tookMoney(PaymentStatus status)
{
    return status == PaymentStatus::Paid || status == PaymentStatus::PartRefunded ||
           status == PaymentStatus::Refunded;
}

} // namespace KakaoPay
