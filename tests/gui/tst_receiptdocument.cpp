// The receipt's content, without a window.
#include "ReceiptDocument.h"

#include <QTest>
#include <QTextDocument>

class TestReceiptDocument : public QObject
{
    Q_OBJECT

private slots:
    void businessNumber_data();
    void businessNumber();
    void method();
    void liveReceiptHasNoTrainingMark();
    void trainingReceiptIsMarkedAndComplete();
    void htmlIsEscaped();

private:
    static PaymentRecord sample();
};

PaymentRecord TestReceiptDocument::sample()
{
    PaymentRecord r;
    r.partnerOrderId = QStringLiteral("POS1-250314-153012-K7QX");
    r.lines = {
        {QStringLiteral("8801000010011"), QStringLiteral("아메리카노"), Won(4500), 2, false},
        {QStringLiteral("8801000011278"), QStringLiteral("바나나 1송이"), Won(4500), 1, true}};
    r.totals.total = Won(13500);
    r.totals.taxFree = Won(4500);
    r.totals.vat = Won::vatOf(r.totals.total, r.totals.taxFree);
    r.state = PaymentState::Approved;
    r.tid = QStringLiteral("T1234567890123456789");
    r.aid = QStringLiteral("A1234567890123456789");
    r.approvedAt = QDateTime(QDate(2025, 3, 14), QTime(15, 30, 12), TimeZones::korea());
    r.paymentMethodType = QStringLiteral("CARD");
    r.cardJson = QStringLiteral("{\"kakaopay_issuer_corp\":\"신한카드\",\"card_type\":\"신용\","
                                "\"approved_id\":\"12345678\",\"install_month\":\"03\"}");
    return r;
}

void TestReceiptDocument::businessNumber_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("10 digits") << "1234567890"
                               << "123-45-67890";
    QTest::newRow("already dashed") << "123-45-67890"
                                    << "123-45-67890";
    QTest::newRow("too short") << "12345"
                               << "12345";
    QTest::newRow("letters") << "12345abcde"
                             << "12345abcde";
    QTest::newRow("empty") << ""
                           << "";
}

void TestReceiptDocument::businessNumber()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(ReceiptDocument::formatBusinessNumber(in), out);
}

void TestReceiptDocument::method()
{
    PaymentRecord r = sample();
    QCOMPARE(ReceiptDocument::describeMethod(r), QStringLiteral("KakaoPay Card · 신한카드 (신용)"));
    r.cardJson = QStringLiteral("not json");
    QCOMPARE(ReceiptDocument::describeMethod(r), QStringLiteral("KakaoPay Card"));
    r.paymentMethodType = QStringLiteral("MONEY");
    QCOMPARE(ReceiptDocument::describeMethod(r), QStringLiteral("KakaoPay Money"));
}

void TestReceiptDocument::liveReceiptHasNoTrainingMark()
{
    QScopedPointer<QTextDocument> doc(
        ReceiptDocument(sample(), {QStringLiteral("Shop"), {}, {}}).createDocument());
    QVERIFY(!doc->toPlainText().contains(QLatin1String("TRAINING")));
}

void TestReceiptDocument::trainingReceiptIsMarkedAndComplete()
{
    PaymentRecord r = sample();
    r.training = true;
    const ShopInfo shop{QStringLiteral("카페"), QStringLiteral("1234567890"),
                        QStringLiteral("서울")};
    QScopedPointer<QTextDocument> doc(ReceiptDocument(r, shop).createDocument());
    const QString text = doc->toPlainText();
    for (const QString &part :
         {QStringLiteral("TRAINING — NOT A REAL PAYMENT"), QStringLiteral("카페"),
          QStringLiteral("123-45-67890"), QStringLiteral("서울"), QStringLiteral("아메리카노"),
          QStringLiteral("바나나 1송이 (tax-free)"), QStringLiteral("₩9,000"),
          QStringLiteral("₩13,500"), QStringLiteral("₩818"), QStringLiteral("₩8,182"),
          QStringLiteral("2025-03-14 15:30:12"), QStringLiteral("12345678"),
          QStringLiteral("3 month(s)"), r.tid, r.aid, r.partnerOrderId,
          QStringLiteral("PayDesk " PAYDESK_VERSION)})
        QVERIFY2(text.contains(part), qPrintable(part));
}

void TestReceiptDocument::htmlIsEscaped()
{
    PaymentRecord r = sample();
    r.lines[0].name = QStringLiteral("<b>bold</b> & co");
    const QString html = ReceiptDocument(r, {}).html();
    QVERIFY(!html.contains(QLatin1String("<b>bold</b>")));
    QScopedPointer<QTextDocument> doc(ReceiptDocument(r, {}).createDocument());
    QVERIFY(doc->toPlainText().contains(QLatin1String("<b>bold</b> & co")));
}

QTEST_MAIN(TestReceiptDocument)
#include "tst_receiptdocument.moc"
