#include "PaymentRecord.h"

#include <QHash>

#include <algorithm>
#include <tuple>

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
    {PaymentState::InDoubt, "in_doubt"},
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
    case PaymentState::InDoubt:
        return false;
    default:
        return true;
    }
}

bool mayStillTakeMoney(const PaymentRecord &record)
{
    return record.state == PaymentState::TokenReceived || record.state == PaymentState::Approving ||
           record.state == PaymentState::InDoubt;
}

bool sameBasket(const QList<OrderLine> &a, const QList<OrderLine> &b)
{
    if (a.size() != b.size())
        return false;
    auto key = [](const OrderLine &l) {
        return std::make_tuple(l.code, l.unitPrice.value(), l.quantity, l.taxFree);
    };
    QList<std::tuple<QString, qint64, qint64, bool>> left;
    QList<std::tuple<QString, qint64, qint64, bool>> right;
    for (const OrderLine &l : a)
        left << key(l);
    for (const OrderLine &l : b)
        right << key(l);
    std::sort(left.begin(), left.end());
    std::sort(right.begin(), right.end());
    return left == right;
}
