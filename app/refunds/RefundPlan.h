#pragma once

#include "RefundRequest.h"
#include "checkout/PaymentRecord.h"

#include <QCoreApplication>

// The amounts of a refund before it is sent: what remains of a payment and how a request splits
// into total / tax-free / VAT. The arithmetic itself is CancelSplit's; this adds the lines and
// the messages. Shared by RefundService and the refund dialog's live preview.
class RefundPlan
{
    Q_DECLARE_TR_FUNCTIONS(RefundPlan)

public:
    // The payment's totals less what the journal says was refunded.
    static AmountSplit remainingOf(const PaymentRecord &payment);

    // The split of `request` against `remaining`. False with a sentence in *error when the
    // request cannot be carried out (nothing chosen, beyond what remains, bad lines).
    static bool compute(const PaymentRecord &payment, const AmountSplit &remaining,
                        const RefundRequest &request, AmountSplit *out, QString *error);

    // Total and tax-free part of the chosen lines; false on an invalid choice.
    static bool linesAmount(const PaymentRecord &payment, const QList<RefundLine> &lines,
                            Won *amount, Won *taxFree, QString *error);

    // "0x2,3x1" (line index × quantity) for the audit log.
    static QString describeLines(const QList<RefundLine> &lines);

    static QString message(CancelSplit::Result result, const AmountSplit &remaining);
};
