#include "RefundPlan.h"

#include <QSet>

AmountSplit RefundPlan::remainingOf(const PaymentRecord &payment)
{
    return AmountSplit{payment.totals.total - payment.refundedTotal,
                       payment.totals.taxFree - payment.refundedTaxFree,
                       payment.totals.vat - payment.refundedVat};
}

qint64 RefundPlan::quantityLeft(const PaymentRecord &payment, const Refunded &refunded, int index)
{
    if (index < 0 || index >= payment.lines.size())
        return 0;
    return qMax<qint64>(0, payment.lines.at(index).quantity - refunded.value(index));
}

bool RefundPlan::linesAmount(const PaymentRecord &payment, const Refunded &refunded,
                             const QList<RefundLine> &lines, Won *amount, Won *taxFree,
                             QString *error)
{
    Won sum;
    Won free;
    QSet<int> seen;
    for (const RefundLine &l : lines) {
        if (l.index < 0 || l.index >= payment.lines.size() || seen.contains(l.index)) {
            *error = tr("The chosen lines do not belong to this payment.");
            return false;
        }
        seen.insert(l.index);
        const OrderLine &line = payment.lines.at(l.index);
        const qint64 left = quantityLeft(payment, refunded, l.index);
        const qint64 before = line.quantity - left;
        if (left == 0) {
            *error = tr("%1 was already refunded in full.").arg(line.name);
            return false;
        }
        if (l.quantity <= 0 || l.quantity > left) {
            *error = before > 0 ? tr("%1: %2 of %3 already refunded; choose between 1 and %4.")
                                      .arg(line.name)
                                      .arg(before)
                                      .arg(line.quantity)
                                      .arg(left)
                                : tr("%1: choose between 1 and %2.").arg(line.name).arg(left);
            return false;
        }
        Won part;
        if (!Won::checkedMultiply(line.unitPrice, l.quantity, &part) ||
            !Won::checkedAdd(sum, part, &sum)) {
            *error = tr("The amount is out of range.");
            return false;
        }
        if (line.taxFree)
            free += part;
    }
    if (sum.isZero()) {
        *error = tr("Choose at least one line to refund.");
        return false;
    }
    *amount = sum;
    *taxFree = free;
    return true;
}

bool RefundPlan::compute(const PaymentRecord &payment, const AmountSplit &remaining,
                         const Refunded &refunded, const RefundRequest &request, AmountSplit *out,
                         QString *error)
{
    CancelSplit::Result result = CancelSplit::Result::Ok;
    switch (request.kind) {
    case RefundRequest::Kind::Full:
        result = CancelSplit::forAmount(remaining, remaining.total, out);
        break;
    case RefundRequest::Kind::Amount:
        result = CancelSplit::forAmount(remaining, request.amount, out);
        break;
    case RefundRequest::Kind::Lines: {
        Won amount;
        Won taxFree;
        if (!linesAmount(payment, refunded, request.lines, &amount, &taxFree, error))
            return false;
        result = CancelSplit::forKnownTaxFree(remaining, amount, taxFree, out);
        break;
    }
    }
    if (result != CancelSplit::Result::Ok) {
        *error = message(result, remaining);
        return false;
    }
    return true;
}

QList<RefundedLine> RefundPlan::journalLines(const PaymentRecord &payment,
                                             const QList<RefundLine> &lines)
{
    QList<RefundedLine> out;
    for (const RefundLine &l : lines) {
        if (l.index < 0 || l.index >= payment.lines.size())
            continue; // linesAmount refused it already
        const OrderLine &line = payment.lines.at(l.index);
        Won amount;
        Won::checkedMultiply(line.unitPrice, l.quantity, &amount);
        out << RefundedLine{l.index, line.code, l.quantity, amount, line.taxFree};
    }
    return out;
}

QString RefundPlan::message(CancelSplit::Result result, const AmountSplit &remaining)
{
    switch (result) {
    case CancelSplit::Result::Ok:
        return QString();
    case CancelSplit::Result::NothingToCancel:
        return remaining.total.isZero() ? tr("Nothing is left to refund on this payment.")
                                        : tr("Enter an amount to refund.");
    case CancelSplit::Result::ExceedsRemaining:
        return tr("Only %1 is left to refund on this payment.")
            .arg(remaining.total.toDisplayString());
    case CancelSplit::Result::InvalidTaxFree:
        return tr("These lines do not fit what is left of the payment's tax-free and taxable "
                  "parts.");
    case CancelSplit::Result::Overflow:
        return tr("The amount is out of range.");
    }
    return QString();
}
