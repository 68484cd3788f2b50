// Receipts and refund slips are written on the shop's clock, whatever zone the PC is set to.
// This suite runs in New York's zone (TZ=America/New_York, set by CMake) with shops in Seoul
// (the default) and in New York (the setting).
#include "ReceiptDocument.h"
#include "history/HistoryReceipt.h"

#include <QTest>
#include <QTimeZone>

namespace {
// 00:30 on 15 March in Seoul: still the 14th (11:30) in New York.
const QDateTime kApproved(QDate(2025, 3, 14), QTime(15, 30, 0), Qt::UTC);

PaymentRecord sample()
{
    PaymentRecord r;
    r.partnerOrderId = QStringLiteral("POS1-250315-003000-K7QX");
    r.lines = {
        {QStringLiteral("8801000010011"), QStringLiteral("아메리카노"), Won(4500), 1, false}};
    r.totals.total = Won(4500);
    r.totals.vat = Won::vatOf(r.totals.total, r.totals.taxFree);
    r.state = PaymentState::Approved;
    r.tid = QStringLiteral("T1234567890123456789");
    r.aid = QStringLiteral("A1234567890123456789");
    r.createdAt = kApproved.addSecs(-20);
    r.approvedAt = kApproved;
    r.paymentMethodType = QStringLiteral("MONEY");
    return r;
}
} // namespace

class TestShopTime : public QObject
{
    Q_OBJECT

private slots:
    void runsOutsideKorea()
    {
        QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArray("America/New_York"));
        QCOMPARE(kApproved.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 QStringLiteral("2025-03-14 11:30"));
    }

    void receiptInTheShopsZone()
    {
        ShopInfo seoul; // the default: Asia/Seoul
        seoul.name = QStringLiteral("카페");
        const QString html = ReceiptDocument(sample(), seoul).html();
        QVERIFY2(html.contains(QStringLiteral("2025-03-15 00:30:00")), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("2025-03-14 11:30")));

        ShopInfo newYork = seoul;
        newYork.timeZone = QTimeZone("America/New_York");
        const QString there = ReceiptDocument(sample(), newYork).html();
        QVERIFY2(there.contains(QStringLiteral("2025-03-14 11:30:00")), qPrintable(there));
    }

    void refundSlipInTheShopsZone()
    {
        RefundResult refund;
        refund.outcome = RefundResult::Outcome::Done;
        refund.partnerOrderId = sample().partnerOrderId;
        refund.amount = AmountSplit{Won(4500), Won(0), Won(409)};
        refund.aid = QStringLiteral("A-cancel");
        refund.at = QDateTime(QDate(2025, 3, 31), QTime(15, 10, 0), Qt::UTC); // 1 April in Seoul
        const QString html = HistoryReceipt::refundHtml(sample(), refund, {}, ShopInfo());
        QVERIFY2(html.contains(QStringLiteral("2025-04-01 00:10:00")), qPrintable(html));
    }
};

QTEST_MAIN(TestShopTime)
#include "tst_shoptime.moc"
