#include "PaymentSettlement.h"

namespace PaymentSettlement {

void applyApproval(PaymentRecord *, const KakaoPay::ApproveResponse &) {}

Verdict verdictOf(const QString &)
{
    return Verdict::Unknown;
}

void applyOrder(PaymentRecord *, const KakaoPay::OrderResponse &) {}

} // namespace PaymentSettlement
