#include "PaymentRecord.h"

#include <QHash>

namespace {
struct StateName
{
    PaymentState state;
    const char *name;
};
constexpr StateName kStateNames[] = {
    {PaymentState::Created, "created"},
    {PaymentState::AwaitingBuyer, "awaiting_buyer"},
    {PaymentState::TokenReceived, "token_received"},
    {PaymentState::Approving, "approving"},
    {PaymentState::Approved, "approved"},
    {PaymentState::PartRefunded, "part_refunded"},
    {PaymentState::Refunded, "refunded"},
    {PaymentState::BuyerCancelled, "buyer_cancelled"},
    {PaymentState::Failed, "failed"},
    {PaymentState::Expired, "expired"},
    {PaymentState::Aborted, "aborted"},
};
} // namespace

QString paymentStateName(PaymentState state)
{
    for (const auto &entry : kStateNames) {
        if (entry.state == state)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

bool paymentStateFromName(const QString &name, PaymentState *out)
{
    for (const auto &entry : kStateNames) {
        if (name == QLatin1String(entry.name)) {
            *out = entry.state;
            return true;
        }
    }
    return false;
}

bool isFinalPaymentState(PaymentState state)
{
    switch (state) {
    case PaymentState::Created:
    case PaymentState::AwaitingBuyer:
    case PaymentState::TokenReceived:
    case PaymentState::Approving:
        return false;
    default:
        return true;
    }
}
