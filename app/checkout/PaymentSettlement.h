#pragma once

#include "PaymentRecord.h"
#include "kakaopay/KakaoPayTypes.h"
#include "kakaopay/Meaning.h"

// How KakaoPay's answers change a PaymentRecord: shared by PaymentAttempt (live) and the
// PaymentSettler (a payment in doubt, at start and in the background) so both read an answer
// the same way.
namespace PaymentSettlement {

// Copies aid, approvedAt, method and card_info (compact JSON) from a 200 approve answer and
// sets the state to Approved.
void applyApproval(PaymentRecord *record, const KakaoPay::ApproveResponse &response);

// For a final status (KakaoPay::isFinal): sets the record's state, and for a payment that took
// money its aid, approval time, method, card and refunded amounts (when order gave them).
// Returns false and leaves the record alone for a status that is not final.
bool applyFinalOrder(PaymentRecord *record, const KakaoPay::OrderResponse &response);

// The state a payment ends in when every approve it sent had no effect (KakaoPay refused each,
// or none left): Expired when the refusal was the tid's expiry, Failed otherwise.
PaymentState stateWhenApproveRefused(KakaoPay::Meaning meaning);

} // namespace PaymentSettlement
