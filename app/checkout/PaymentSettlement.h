#pragma once

#include "PaymentRecord.h"
#include "kakaopay/KakaoPayTypes.h"

#include <QDateTime>

// How KakaoPay's answers change a PaymentRecord: shared by PaymentAttempt (live) and the
// Reconciler (recovery) so both read an answer the same way.
namespace PaymentSettlement {

// Copies aid, approvedAt, method and card_info (compact JSON) from a 200 approve answer and
// sets the state to Approved.
void applyApproval(PaymentRecord *record, const KakaoPay::ApproveResponse &response);

// What an order answer says about the payment.
enum class Verdict
{
    Approved,        // SUCCESS_PAYMENT
    PartRefunded,    // PART_CANCEL_PAYMENT
    Refunded,        // CANCEL_PAYMENT
    BuyerCancelled,  // QUIT_PAYMENT
    Failed,          // FAIL_AUTH_PASSWORD, FAIL_PAYMENT
    AwaitingApprove, // AUTH_PASSWORD: approvable with the pg_token (if we have it)
    Pending,         // READY … ARS_WAITING: the buyer is not done
    Unknown          // a status we do not know
};
Verdict verdictOf(const QString &status);

// For Approved/PartRefunded/Refunded: aid and approvedAt from the first PAYMENT action,
// method, refunded amounts from canceled_amount. Sets the record's state when the verdict is
// final (Approved … Failed) and leaves it alone otherwise.
Verdict applyOrder(PaymentRecord *record, const KakaoPay::OrderResponse &response);

} // namespace PaymentSettlement
