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
