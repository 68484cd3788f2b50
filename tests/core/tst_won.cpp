#include "core/Won.h"

#include <QTest>

class TestWon : public QObject
{
    Q_OBJECT

private slots:
    void vatFollowsKakaoPayRounding_data()
    {
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("taxFree");
        QTest::addColumn<qint64>("vat");
        QTest::newRow("exact") << 11000LL << 0LL << 1000LL;
        QTest::newRow("round down") << 1004LL << 0LL << 91LL; // 91.27
        QTest::newRow("tax free 1") << 1006LL << 1LL << 91LL; // 91.36
        QTest::newRow("round up") << 6LL << 0LL << 1LL;       // 0.545 -> 1
        QTest::newRow("tax free part") << 15000LL << 4000LL << 1000LL;
        QTest::newRow("all tax free") << 3000LL << 3000LL << 0LL;
        QTest::newRow("api sample") << 270600LL << 0LL << 24600LL;
    }
    void vatFollowsKakaoPayRounding()
    {
        QFETCH(qint64, total);
        QFETCH(qint64, taxFree);
        QFETCH(qint64, vat);
        QCOMPARE(Won::vatOf(Won(total), Won(taxFree)).value(), vat);
    }

    void checkedArithmeticRefusesOverflow()
    {
        Won out;
        QVERIFY(Won::checkedMultiply(Won(4500), 3, &out));
        QCOMPARE(out.value(), 13500);
        QVERIFY(!Won::checkedMultiply(Won(Won::kMax), 2, &out));
        QVERIFY(!Won::checkedMultiply(Won(std::numeric_limits<qint64>::max() / 2), 3, &out));
        QVERIFY(!Won::checkedMultiply(Won(100), -1, &out));
        QVERIFY(!Won::checkedAdd(Won(Won::kMax), Won(1), &out));
        QVERIFY(Won::checkedAdd(Won(1), Won(2), &out));
        QCOMPARE(out.value(), 3);
    }

    void displaysKoreanWon()
    {
        QCOMPARE(Won(12000).toDisplayString(), QStringLiteral("₩12,000"));
        QCOMPARE(Won(0).toDisplayString(), QStringLiteral("₩0"));
        QCOMPARE(Won(-500).toDisplayString(), QStringLiteral("-₩500"));
    }

    void parsesWhatPeopleType()
    {
        Won w;
        QVERIFY(Won::parse(QStringLiteral("12,000"), &w));
        QCOMPARE(w.value(), 12000);
        QVERIFY(Won::parse(QStringLiteral(" ₩3,500 "), &w));
        QCOMPARE(w.value(), 3500);
        QVERIFY(Won::parse(QStringLiteral("1000원"), &w));
        QCOMPARE(w.value(), 1000);
        QVERIFY(!Won::parse(QStringLiteral("12.5"), &w));
        QVERIFY(!Won::parse(QStringLiteral("-100"), &w));
        QVERIFY(!Won::parse(QStringLiteral(""), &w));
        QVERIFY(!Won::parse(QStringLiteral("99999999999999999999"), &w));
        QVERIFY(!Won::parse(QStringLiteral("١٢٣"), &w)); // non-ASCII digits
    }
};

QTEST_GUILESS_MAIN(TestWon)
#include "tst_won.moc"
