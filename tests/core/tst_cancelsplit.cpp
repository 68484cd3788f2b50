#include "core/CancelSplit.h"

#include <QTest>

namespace {
AmountSplit split(qint64 total, qint64 taxFree, qint64 vat)
{
    return AmountSplit{Won(total), Won(taxFree), Won(vat)};
}
AmountSplit minus(const AmountSplit &a, const AmountSplit &b)
{
    return AmountSplit{a.total - b.total, a.taxFree - b.taxFree, a.vat - b.vat};
}

// One refund `out` from `remaining`: its parts and those of the rest are consistent. With
// `ruleVat`, what remains must carry KakaoPay's VAT of itself (true when the payment did).
bool checkStep(const AmountSplit &remaining, const AmountSplit &out, bool ruleVat = true)
{
    const AmountSplit after = minus(remaining, out);
    const Won taxable = out.total - out.taxFree;
    const Won taxableAfter = after.total - after.taxFree;
    if (out.taxFree.isNegative() || out.vat.isNegative() || out.vat > taxable ||
        after.taxFree.isNegative() || after.vat.isNegative() || after.vat > taxableAfter ||
        after.total.isNegative())
        return false;
    if (after.total.isZero() && !(after == AmountSplit{}))
        return false;
    return !ruleVat || after.vat == Won::vatOf(after.total, after.taxFree);
}
} // namespace

class TestCancelSplit : public QObject
{
    Q_OBJECT

private slots:
    void partialsThenRestAddUpExactly()
    {
        // ₩10,001 taxable + ₩2,000 tax-free; VAT 909 by the rule.
        const AmountSplit paid = split(12001, 2000, Won::vatOf(Won(12001), Won(2000)).value());
        QCOMPARE(paid.vat.value(), 909);
        AmountSplit remaining = paid;
        AmountSplit refunds{};

        AmountSplit first;
        QCOMPARE(CancelSplit::forAmount(remaining, Won(3333), &first), CancelSplit::Result::Ok);
        remaining = minus(remaining, first);
        AmountSplit second;
        QCOMPARE(CancelSplit::forKnownTaxFree(remaining, Won(1001), Won(0), &second),
                 CancelSplit::Result::Ok);
        QCOMPARE(second.vat.value(), 91);
        remaining = minus(remaining, second);
        AmountSplit last;
        QCOMPARE(CancelSplit::forAmount(remaining, remaining.total, &last),
                 CancelSplit::Result::Ok);
        QCOMPARE(last, remaining); // the last refund takes exactly what remains

        for (const AmountSplit &r : {first, second, last}) {
            QVERIFY(r.taxFree.value() >= 0 && r.vat.value() >= 0);
            refunds = AmountSplit{refunds.total + r.total, refunds.taxFree + r.taxFree,
                                  refunds.vat + r.vat};
        }
        QCOMPARE(refunds, paid);
    }

    void proportionalTaxFree()
    {
        AmountSplit out;
        QCOMPARE(CancelSplit::forAmount(split(10000, 5000, 455), Won(2000), &out),
                 CancelSplit::Result::Ok);
        QCOMPARE(out.taxFree.value(), 1000);
        QCOMPARE(out.vat.value(), 91);
    }

    void refusesWhatCannotBeRefunded()
    {
        AmountSplit out;
        const AmountSplit remaining = split(5000, 1000, 364);
        QCOMPARE(CancelSplit::forAmount(remaining, Won(5001), &out),
                 CancelSplit::Result::ExceedsRemaining);
        QCOMPARE(CancelSplit::forAmount(remaining, Won(0), &out),
                 CancelSplit::Result::NothingToCancel);
        QCOMPARE(CancelSplit::forKnownTaxFree(remaining, Won(2000), Won(1500), &out),
                 CancelSplit::Result::InvalidTaxFree); // more tax-free than remains
        QCOMPARE(CancelSplit::forKnownTaxFree(remaining, Won(4500), Won(0), &out),
                 CancelSplit::Result::InvalidTaxFree); // more taxable than remains
    }

    void issueExampleLeavesNoVatBehind()
    {
        // ₩22 with VAT 2 refunded 5, 5, 5, 5, 1: rounded each on its own, the VAT of the refunds
        // was 0 each and the last ₩1 was asked with VAT 2.
        AmountSplit remaining = split(22, 0, Won::vatOf(Won(22), Won(0)).value());
        QCOMPARE(remaining.vat.value(), 2);
        const qint64 steps[] = {5, 5, 5, 5, 1, 1};
        const qint64 expectedVat[] = {0, 1, 0, 1, 0, 0};
        for (int i = 0; i < 6; ++i) {
            AmountSplit out;
            QCOMPARE(CancelSplit::forAmount(remaining, Won(steps[i]), &out),
                     CancelSplit::Result::Ok);
            QCOMPARE(out.vat.value(), expectedVat[i]);
            remaining = minus(remaining, out);
            // What remains keeps KakaoPay's VAT of itself.
            QCOMPARE(remaining.vat, Won::vatOf(remaining.total, remaining.taxFree));
        }
        QCOMPARE(remaining, split(0, 0, 0));
    }

    // Every refund from every state a payment of up to ₩60 can reach, every tax-free part. A
    // sequence of refunds is a path through these states, so checking each step from each
    // state checks every way of splitting such a payment into refunds: the VAT of a refund is
    // within its taxable part, what remains keeps VAT within its own taxable part, and the VAT
    // of what remains is KakaoPay's rule on it (so the refunds' VAT adds up to the payment's).
    void everyStepOfSmallPaymentsKeepsVatWithinTheAmount()
    {
        const qint64 maxTotal = 60;
        qint64 checked = 0;
        for (qint64 total = 1; total <= maxTotal; ++total) {
            for (qint64 taxFree = 0; taxFree <= total; ++taxFree) {
                const AmountSplit remaining =
                    split(total, taxFree, Won::vatOf(Won(total), Won(taxFree)).value());
                for (qint64 amount = 1; amount <= total; ++amount) {
                    AmountSplit out;
                    QCOMPARE(CancelSplit::forAmount(remaining, Won(amount), &out),
                             CancelSplit::Result::Ok);
                    QVERIFY(checkStep(remaining, out));
                    for (qint64 free = 0; free <= qMin(amount, taxFree); ++free) {
                        const CancelSplit::Result r =
                            CancelSplit::forKnownTaxFree(remaining, Won(amount), Won(free), &out);
                        if (r == CancelSplit::Result::InvalidTaxFree) {
                            // Only when the taxable part asked for is more than remains.
                            QVERIFY(amount - free > total - taxFree && amount < total);
                            continue;
                        }
                        QCOMPARE(r, CancelSplit::Result::Ok);
                        if (!checkStep(remaining, out))
                            QFAIL(qPrintable(QStringLiteral("%1 (tax-free %2): refund %3 (%4)")
                                                 .arg(total)
                                                 .arg(taxFree)
                                                 .arg(amount)
                                                 .arg(free)));
                        ++checked;
                    }
                }
            }
        }
        QVERIFY(checked > 500000);
    }

    // Literally every sequence of refunds by amount of every payment up to ₩14 (2^13 ways to
    // cut ₩14), every tax-free part: the refunds add up to the payment component by component.
    void everySequenceOfRefundsByAmountAddsUp()
    {
        for (qint64 total = 1; total <= 14; ++total) {
            for (qint64 taxFree = 0; taxFree <= total; ++taxFree) {
                const AmountSplit paid =
                    split(total, taxFree, Won::vatOf(Won(total), Won(taxFree)).value());
                for (quint32 cuts = 0; cuts < (1u << (total - 1)); ++cuts) {
                    AmountSplit remaining = paid;
                    AmountSplit sum{};
                    qint64 start = 0;
                    for (qint64 i = 1; i <= total; ++i) {
                        if (i < total && !(cuts & (1u << (i - 1))))
                            continue;
                        AmountSplit out;
                        QCOMPARE(CancelSplit::forAmount(remaining, Won(i - start), &out),
                                 CancelSplit::Result::Ok);
                        QVERIFY(checkStep(remaining, out));
                        remaining = minus(remaining, out);
                        sum = AmountSplit{sum.total + out.total, sum.taxFree + out.taxFree,
                                          sum.vat + out.vat};
                        start = i;
                    }
                    QCOMPARE(sum, paid);
                }
            }
        }
    }

    void paymentWhoseVatIsNotTheRule()
    {
        // vat_amount given at ready (0 on ₩1,000 taxable, or all of it): refunds stay within
        // the taxable part and the last takes the rest.
        for (qint64 vat : {0, 1, 91, 500, 1000}) {
            AmountSplit remaining = split(1000, 0, vat);
            for (qint64 step : {300, 300, 399}) {
                AmountSplit out;
                QCOMPARE(CancelSplit::forAmount(remaining, Won(step), &out),
                         CancelSplit::Result::Ok);
                QVERIFY(checkStep(remaining, out, false));
                remaining = minus(remaining, out);
            }
            AmountSplit last;
            QCOMPARE(CancelSplit::forAmount(remaining, remaining.total, &last),
                     CancelSplit::Result::Ok);
            QCOMPARE(last, remaining);
            QVERIFY(last.vat <= last.total);
        }
    }

    void vatNeverExceedsWhatRemains()
    {
        // Rounding of earlier partials may have used up VAT: the next one is capped.
        AmountSplit out;
        QCOMPARE(CancelSplit::forKnownTaxFree(split(30, 0, 2), Won(29), Won(0), &out),
                 CancelSplit::Result::Ok);
        QCOMPARE(out.vat.value(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCancelSplit)
#include "tst_cancelsplit.moc"
