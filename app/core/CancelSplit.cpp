#include "CancelSplit.h"

#include <QtGlobal>

namespace {

// The last refund takes exactly what remains: independent rounding of earlier partial VATs
// must not leave a won behind or ask for one too many.
bool takesEverything(const AmountSplit &remaining, Won amount)
{
    return amount == remaining.total;
}

} // namespace

CancelSplit::Result CancelSplit::forKnownTaxFree(const AmountSplit &remaining, Won amount,
                                                 Won taxFree, AmountSplit *out)
{
    if (amount.value() <= 0)
        return Result::NothingToCancel;
    if (amount > remaining.total)
        return Result::ExceedsRemaining;
    if (takesEverything(remaining, amount)) {
        *out = remaining;
        return Result::Ok;
    }
    if (taxFree.isNegative() || taxFree > amount || taxFree > remaining.taxFree)
        return Result::InvalidTaxFree;
    // The taxable part of this refund may not exceed the taxable part still left.
    if (amount - taxFree > remaining.total - remaining.taxFree)
        return Result::InvalidTaxFree;

    // This refund's VAT is what the VAT that remains loses: remaining VAT − the VAT of what
    // remains after it (KakaoPay's rule on that rest). Rounding each refund on its own would let
    // the refunds' VAT drift from the payment's (₩22 with VAT 2 refunded 5, 5, 5, 5, 1 left
    // total 1 with VAT 2); this way the last refund takes exactly the rest. The bounds keep
    // VAT within the taxable part of this refund and of the rest, also for a payment whose VAT
    // was not KakaoPay's rule (vat_amount given at ready).
    const Won taxable = amount - taxFree;
    const Won taxableAfter = (remaining.total - amount) - (remaining.taxFree - taxFree);
    Won vat = remaining.vat - Won::vatOf(remaining.total - amount, remaining.taxFree - taxFree);
    const Won lowest = qMax(Won(0), remaining.vat - taxableAfter);
    const Won highest = qMin(remaining.vat, taxable);
    vat = qMax(vat, lowest);
    vat = qMin(vat, highest); // VAT never exceeds the amount, even if the rest then holds more
    *out = AmountSplit{amount, taxFree, vat};
    return Result::Ok;
}

CancelSplit::Result CancelSplit::forAmount(const AmountSplit &remaining, Won amount,
                                           AmountSplit *out)
{
    if (amount.value() <= 0)
        return Result::NothingToCancel;
    if (amount > remaining.total)
        return Result::ExceedsRemaining;
    if (takesEverything(remaining, amount)) {
        *out = remaining;
        return Result::Ok;
    }
    qint64 scaled = 0;
    if (qMulOverflow(amount.value(), remaining.taxFree.value(), &scaled))
        return Result::Overflow;
    const qint64 whole = remaining.total.value();
    Won taxFree((scaled * 2 + whole) / (2 * whole)); // half up
    // Keep the taxable part of the refund within the taxable part that remains.
    const Won taxableLeft = remaining.total - remaining.taxFree;
    if (amount - taxFree > taxableLeft)
        taxFree = amount - taxableLeft;
    return forKnownTaxFree(remaining, amount, taxFree, out);
}
