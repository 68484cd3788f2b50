#include "checkout/Order.h"

#include <QSignalSpy>
#include <QtTest>

namespace {
Product product(const char *code, const QString &name, qint64 price, bool taxFree = false)
{
    return Product{QString::fromLatin1(code), name, Won(price), taxFree};
}
const Product kCoffee = product("1", QStringLiteral("아메리카노"), 4500);
const Product kMilk = product("2", QStringLiteral("흰우유 1L"), 2980, true);
const Product kKimbap = product("3", QStringLiteral("삼각김밥"), 1500);
} // namespace

class TestOrder : public QObject
{
    Q_OBJECT

private slots:
    void addMergesSameCode();
    void quantityChanges();
    void quantityBounds();
    void maximumTotal();
    void overflowRefused();
    void invalidProduct();
    void totalsAndVat();
    void itemName();
    void itemNameCutAtGrapheme_data();
    void itemNameCutAtGrapheme();
    void snapshotIsACopy();
};

void TestOrder::addMergesSameCode()
{
    Order order;
    QSignalSpy changed(&order, &Order::changed);
    QVERIFY(!order.add(kCoffee));
    QVERIFY(!order.add(kMilk, 2));
    QVERIFY(!order.add(kCoffee, 3));
    QCOMPARE(order.lineCount(), 2);
    QCOMPARE(order.lines().at(0).quantity, 4);
    QCOMPARE(order.lines().at(1).quantity, 2);
    QCOMPARE(order.quantity(), 6);
    QCOMPARE(changed.count(), 3);
}

void TestOrder::quantityChanges()
{
    Order order;
    order.add(kCoffee);
    order.add(kMilk);
    QVERIFY(!order.increment(QStringLiteral("1")));
    QCOMPARE(order.lines().at(0).quantity, 2);
    QVERIFY(!order.decrement(QStringLiteral("1")));
    QCOMPARE(order.lines().at(0).quantity, 1);
    QCOMPARE(order.decrement(QStringLiteral("1")).code(), OrderError::Code::QuantityOutOfRange);
    QCOMPARE(order.lines().at(0).quantity, 1);
    QVERIFY(!order.setQuantity(QStringLiteral("2"), 10));
    QCOMPARE(order.lines().at(1).quantity, 10);
    QCOMPARE(order.setQuantity(QStringLiteral("9"), 1).code(), OrderError::Code::UnknownLine);
    QCOMPARE(order.increment(QStringLiteral("9")).code(), OrderError::Code::UnknownLine);

    QSignalSpy changed(&order, &Order::changed);
    QVERIFY(order.remove(QStringLiteral("1")));
    QVERIFY(!order.remove(QStringLiteral("1")));
    QCOMPARE(order.lineCount(), 1);
    QCOMPARE(order.lines().first().code, QStringLiteral("2"));
    order.clear();
    QVERIFY(order.isEmpty());
    order.clear(); // nothing to clear: no signal
    QCOMPARE(changed.count(), 2);
}

void TestOrder::quantityBounds()
{
    Order order;
    QSignalSpy changed(&order, &Order::changed);
    QCOMPARE(order.add(kKimbap, 0).code(), OrderError::Code::QuantityOutOfRange);
    QCOMPARE(order.add(kKimbap, -1).code(), OrderError::Code::QuantityOutOfRange);
    QCOMPARE(order.add(kKimbap, 1000).code(), OrderError::Code::QuantityOutOfRange);
    QVERIFY(order.isEmpty());
    QVERIFY(!order.add(kKimbap, 999));
    const OrderError error = order.add(kKimbap); // merging would make 1000
    QCOMPARE(error.code(), OrderError::Code::QuantityOutOfRange);
    QVERIFY(error.message().contains(QLatin1String("999")));
    QCOMPARE(order.lines().first().quantity, 999);
    QCOMPARE(order.increment(QStringLiteral("3")).code(), OrderError::Code::QuantityOutOfRange);
    QCOMPARE(order.setQuantity(QStringLiteral("3"), 0).code(),
             OrderError::Code::QuantityOutOfRange);
    QCOMPARE(order.lines().first().quantity, 999);
    QCOMPARE(changed.count(), 1);
}

void TestOrder::maximumTotal()
{
    Order order;
    QCOMPARE(order.maxTotal(), Won(2'000'000));
    const Product tv = product("TV", QStringLiteral("텔레비전"), 1'000'000);
    QVERIFY(!order.add(tv, 2)); // exactly the limit is fine
    const OrderError error = order.add(kKimbap);
    QCOMPARE(error.code(), OrderError::Code::TotalTooLarge);
    QVERIFY(!error.message().isEmpty());
    QCOMPARE(order.totals().total, Won(2'000'000));
    QCOMPARE(order.lineCount(), 1);

    order.setMaxTotal(Won(10'000));
    QCOMPARE(order.lineCount(), 1); // already above: can only shrink
    QCOMPARE(order.increment(QStringLiteral("TV")).code(), OrderError::Code::TotalTooLarge);
    QVERIFY(order.remove(QStringLiteral("TV")));
    QVERIFY(!order.add(kCoffee, 2));
    QCOMPARE(order.add(kCoffee).code(), OrderError::Code::TotalTooLarge);
}

void TestOrder::overflowRefused()
{
    Order order;
    order.setMaxTotal(Won(Won::kMax));
    const Product huge = product("H", QStringLiteral("거대"), Won::kMax / 2);
    QVERIFY(!order.add(huge, 2));
    QCOMPARE(order.add(huge).code(), OrderError::Code::Overflow);
    QCOMPARE(order.add(product("Y", QStringLiteral("일"), 1)).code(), OrderError::Code::Overflow);
    const Product insane =
        product("I", QStringLiteral("무한"), std::numeric_limits<qint64>::max() / 2);
    QCOMPARE(order.add(insane, 999).code(), OrderError::Code::Overflow);
    QCOMPARE(order.totals().total, Won(Won::kMax / 2 * 2));
    QCOMPARE(order.lineCount(), 1);
}

void TestOrder::invalidProduct()
{
    Order order;
    QCOMPARE(order.add(product("", QStringLiteral("x"), 1)).code(),
             OrderError::Code::InvalidProduct);
    QCOMPARE(order.add(product("N", QStringLiteral("x"), -1)).code(),
             OrderError::Code::InvalidProduct);
    QVERIFY(order.isEmpty());
}

void TestOrder::totalsAndVat()
{
    Order order;
    OrderTotals empty = order.totals();
    QCOMPARE(empty.total, Won(0));
    QCOMPARE(empty.vat, Won(0));

    order.add(kCoffee, 2); // 9000 taxable
    order.add(kMilk, 1);   // 2980 tax-free
    order.add(kKimbap, 3); // 4500 taxable
    const OrderTotals t = order.totals();
    QCOMPARE(t.total, Won(16480));
    QCOMPARE(t.taxFree, Won(2980));
    QCOMPARE(t.vat, Won(1227)); // 13500 / 11 = 1227.27 → 1227
    QCOMPARE(t.vat, Won::vatOf(t.total, t.taxFree));
    QCOMPARE(t.taxable(), Won(13500 - 1227));

    Order allTaxFree;
    allTaxFree.add(kMilk, 3);
    QCOMPARE(allTaxFree.totals().vat, Won(0));
    QCOMPARE(allTaxFree.totals().taxFree, Won(8940));

    Order halfUp; // 1100 + 5.5 rounding: 1155 / 11 = 105, 1166/11=106, 6/11 → 1 (0.545)
    halfUp.add(product("h", QStringLiteral("h"), 6));
    QCOMPARE(halfUp.totals().vat, Won(1));
}

void TestOrder::itemName()
{
    Order order;
    QCOMPARE(order.itemName(), QString());
    order.add(kCoffee, 5);
    QCOMPARE(order.itemName(), QStringLiteral("아메리카노"));
    order.add(kMilk);
    order.add(kKimbap);
    QCOMPARE(order.itemName(), QStringLiteral("아메리카노 외 2건"));
    QCOMPARE(order.quantity(), 7);

    const OrderSnapshot snap = order.snapshot();
    QCOMPARE(snap.itemName, order.itemName());
    QCOMPARE(snap.quantity, 7);
    QCOMPARE(snap.totals.total, order.totals().total);
}

void TestOrder::itemNameCutAtGrapheme_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("lines");
    QTest::addColumn<QString>("expected");

    const QString ga = QStringLiteral("가");
    // 99 syllables + an emoji (surrogate pair) across the 100 limit: the emoji goes whole.
    QTest::newRow("emoji at boundary")
        << ga.repeated(99) + QStringLiteral("😀끝") << 1 << ga.repeated(99);
    // An emoji that fits ends exactly at 100.
    QTest::newRow("emoji fits") << ga.repeated(98) + QStringLiteral("😀끝") << 1
                                << ga.repeated(98) + QStringLiteral("😀");
    // Decomposed Hangul (conjoining jamo ᄀ+ᅡ+ᆨ = one syllable) across the limit: kept whole
    // or dropped whole, never split.
    const QString jamo = QStringLiteral("\u1100\u1161\u11A8");
    QTest::newRow("jamo at boundary") << ga.repeated(98) + jamo << 1 << ga.repeated(98);
    QTest::newRow("jamo fits") << ga.repeated(97) + jamo << 1 << ga.repeated(97) + jamo;
    // A combining mark stays with its letter.
    QTest::newRow("combining") << QStringLiteral("a").repeated(99) + QStringLiteral("e\u0301") << 1
                               << QStringLiteral("a").repeated(99);
    // With more lines the count survives and the name is cut instead.
    const QString more = QStringLiteral(" 외 2건");
    QTest::newRow("more lines") << ga.repeated(120) << 3 << ga.repeated(100 - 5) + more;
    QTest::newRow("more lines emoji")
        << ga.repeated(94) + QStringLiteral("😀") << 3 << ga.repeated(94) + more;
    QTest::newRow("short") << QStringLiteral("  생수   500ml ") << 1
                           << QStringLiteral("생수 500ml");
}

void TestOrder::itemNameCutAtGrapheme()
{
    QFETCH(QString, name);
    QFETCH(int, lines);
    QFETCH(QString, expected);
    QList<OrderLine> list;
    list.append(OrderLine{QStringLiteral("1"), name, Won(1), 1, false});
    for (int i = 1; i < lines; ++i)
        list.append(OrderLine{QString::number(i + 1), QStringLiteral("x"), Won(1), 1, false});
    const QString itemName = Order::itemNameOf(list);
    QCOMPARE(itemName, expected);
    QVERIFY(itemName.size() <= Order::kMaxItemNameLength);
    QVERIFY(!itemName.isEmpty() && !itemName.back().isHighSurrogate());
}

void TestOrder::snapshotIsACopy()
{
    Order order;
    order.add(kCoffee);
    const OrderSnapshot snap = order.snapshot();
    order.clear();
    QCOMPARE(snap.lines.size(), 1);
    QCOMPARE(snap.totals.total, Won(4500));
}

QTEST_GUILESS_MAIN(TestOrder)
#include "tst_order.moc"
