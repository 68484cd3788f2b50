#pragma once

#include "Won.h"

// The partial-cancel arithmetic of KakaoPay (api reference §6.4), in one place: how much of a
// refund is tax-free and how much is VAT, so that all refunds of a payment add up to exactly what
// was paid. The client, the refund dialog and the simulator use it.
struct AmountSplit
{
    Won total;
    Won taxFree;
    Won vat;

    bool operator==(const AmountSplit &o) const
    {
        return total == o.total && taxFree == o.taxFree && vat == o.vat;
    }
};

class CancelSplit
{
public:
    enum class Result
    {
        Ok,
        NothingToCancel,
        ExceedsRemaining,
        InvalidTaxFree,
        Overflow
    };

    // A refund whose tax-free part is known (refund by lines). `remaining` is what is still
    // cancellable (order's cancel_available_amount). Its VAT is remaining.vat minus the VAT of
    // what remains after it (Won::vatOf of that rest), kept within 0 and the refund's taxable
    // part: the refunds' VAT adds up to the payment's, whatever the steps, and the last refund
    // takes exactly what remains.
    static Result forKnownTaxFree(const AmountSplit &remaining, Won amount, Won taxFree,
                                  AmountSplit *out);

    // A refund of an amount only (refund by amount): the tax-free part is taken in proportion
    // to what remains, rounded half up.
    static Result forAmount(const AmountSplit &remaining, Won amount, AmountSplit *out);
};
