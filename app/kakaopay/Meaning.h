#pragma once

#include "KakaoPayError.h"

#include <QString>

// What KakaoPay's answers mean for the money: the one place where its error codes and order
// statuses get a meaning (shared/kakaopay-api.md §9, §10). Checkout, refunds, recovery,
// settings and the CLI act on these meanings and name no KakaoPay number.
namespace KakaoPay {

// What an answer to one call (ready, approve, cancel, order) says happened to that call.
enum class Meaning
{
    Done,            // a 2xx answer that was read: the call was carried out
    NotSent,         // the request never left the counter (no key, bad address, TLS refused,
                     // connection refused): nothing happened at KakaoPay
    Unanswered,      // it left, and no readable answer came (timeout, connection lost, HTTP 5xx, an
                     // answer we cannot decode): it may or may not have been carried out
    InProgress,      // another request on this tid is being carried out right now
    MethodFault,     // the payment method (card company, bank) reported a problem, or a transaction
                     // is in progress there ("USER_LOCKED"): not final, order must say
    UnknownTid,      // KakaoPay does not know the tid. For a tid its ready gave us this means the
                     // counter asks the wrong account or server, not that nothing happened
    AlreadyApproved, // approve of a tid that is already approved
    NotApprovable,   // approve in a state that does not allow it (-783): which state is
                     // order's to say, and until it does an approve of ours may be under way
    Expired,         // the tid's time ran out: this call was not carried out
    KeyRejected,     // the secret key was not accepted: not carried out
    MerchantRejected,  // the CID (merchant code) was not accepted: not carried out
    CidSecretRejected, // the cid_secret was not accepted: not carried out
    Refused            // any other refusal by KakaoPay: checked and not carried out
};

Meaning meaningOf(const Error &error);
// The meaning of a KakaoPay code kept in the journal (an answer with a KakaoPay error body).
Meaning meaningOfCode(int code);
// True when the call was certainly not carried out (KakaoPay's word, or it never left).
bool hadNoEffect(Meaning meaning);
// Stable name for logs and paydesk-cli ("unanswered", "in-progress", …).
QString meaningName(Meaning meaning);

// What order's status says about a payment (§9).
enum class PaymentStatus
{
    Paid,         // SUCCESS_PAYMENT
    PartRefunded, // PART_CANCEL_PAYMENT
    Refunded,     // CANCEL_PAYMENT
    BuyerQuit,    // QUIT_PAYMENT
    Failed,       // FAIL_AUTH_PASSWORD, FAIL_PAYMENT
    Confirmed,    // AUTH_PASSWORD: the buyer confirmed; approvable with the pg_token
    Waiting,      // READY … ARS_WAITING: the buyer is not done
    Unknown       // a status we do not know: never final
};
PaymentStatus paymentStatusOf(const QString &status);
// Final statuses cannot change any more except by a cancel (Paid → refunded).
bool isFinal(PaymentStatus status);
bool tookMoney(PaymentStatus status); // Paid, PartRefunded, Refunded

} // namespace KakaoPay
