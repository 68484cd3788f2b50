#pragma once

#include "RefundRequest.h"
#include "checkout/PaymentRecord.h"
#include "store/RefundRecord.h"

#include <QCoreApplication>
#include <QMap>

// The amounts of a refund before it is sent: what remains of a payment and how a request splits
// into total / tax-free / VAT. The arithmetic itself is CancelSplit's; this adds the lines and
// the messages. Shared by RefundService and the refund dialog's live preview.
class RefundPlan
{
    Q_DECLARE_TR_FUNCTIONS(RefundPlan)

public:
    // Units of each line (by index) that earlier refunds by lines gave back, done or still
    // pending: Journal::refundedQuantities. Lines never refunded are absent.
    using Refunded = QMap<int, qint64>;

    // The payment's totals less what the journal says was refunded.
    static AmountSplit remainingOf(const PaymentRecord &payment);

    // Units of line `index` that can still be refunded by lines: sold less `refunded`.
    static qint64 quantityLeft(const PaymentRecord &payment, const Refunded &refunded, int index);

    // The split of `request` against `remaining`. False with a sentence in *error when the
    // request cannot be carried out (nothing chosen, beyond what remains, bad lines, lines
    // already refunded). `refunded` matters for a refund by lines only.
    static bool compute(const PaymentRecord &payment, const AmountSplit &remaining,
                        const Refunded &refunded, const RefundRequest &request, AmountSplit *out,
                        QString *error);

    // Total and tax-free part of the chosen lines; false on an invalid choice, or on more units
    // of a line than sold less `refunded`.
    static bool linesAmount(const PaymentRecord &payment, const Refunded &refunded,
                            const QList<RefundLine> &lines, Won *amount, Won *taxFree,
                            QString *error);

    // The chosen lines as the journal keeps them with the refund (code, amount, tax-free).
    static QList<RefundedLine> journalLines(const PaymentRecord &payment,
                                            const QList<RefundLine> &lines);

    static QString message(CancelSplit::Result result, const AmountSplit &remaining);
};
