#include "checkout/Catalog.h"

#include <QtTest>

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void csvFile();
    void csvErrorsCarryLineNumbers_data();
    void csvErrorsCarryLineNumbers();
    void failedLoadKeepsOldCatalog();
    void jsonLoads();
    void jsonErrors_data();
    void jsonErrors();
    void duplicateCodesRefused();
    void lookupAndSearch();
    void sampleCatalogFromResources();
};

void TestCatalog::csvFile()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.loadFile(QStringLiteral(PAYDESK_TEST_DATA_DIR "/catalog-ok.csv"), &error),
             qPrintable(error));
    QCOMPARE(catalog.size(), 3);
    const Product *milk = catalog.find(QStringLiteral("8801000000024"));
    QVERIFY(milk);
    QCOMPARE(milk->name, QStringLiteral("흰우유 1L, 서울"));
    QCOMPARE(milk->price, Won(2980));
    QVERIFY(milk->taxFree);
    const Product *quoted = catalog.find(QStringLiteral("T-3"));
    QVERIFY(quoted);
    QCOMPARE(quoted->name, QStringLiteral("따옴표 \"특가\""));
    QVERIFY(!quoted->taxFree);
    QVERIFY(!catalog.find(QStringLiteral("8801000000017"))->taxFree);
}

void TestCatalog::csvErrorsCarryLineNumbers_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expectedStart");
    const QByteArray header = "code,name,price,tax_free\n";
    QTest::newRow("bad header") << QByteArray("code,name,price\n1,a,1\n") << "Line 1:";
    QTest::newRow("empty") << QByteArray("\n\n") << "The catalog CSV is empty";
    QTest::newRow("fields") << header + "1,a,100,false\n2,b,200\n"
                            << "Line 3:";
    QTest::newRow("price text") << header + "1,a,abc,false\n"
                                << "Line 2:";
    QTest::newRow("price decimal") << header + "1,a,\"4500.5\",false\n"
                                   << "Line 2:";
    QTest::newRow("price negative") << header + "\n1,a,-5,false\n"
                                    << "Line 3:";
    QTest::newRow("tax_free") << header + "1,a,100,maybe\n"
                              << "Line 2:";
    QTest::newRow("no name") << header + "1,,100,false\n"
                             << "Line 2:";
    QTest::newRow("no code") << header + ",a,100,false\n"
                             << "Line 2:";
    QTest::newRow("open quote") << header + "1,\"a,100,false\n"
                                << "Line 2:";
    QTest::newRow("duplicate") << header + "1,a,100,false\n2,b,1,n\n1,c,5,y\n"
                               << "Line 4:";
}

void TestCatalog::csvErrorsCarryLineNumbers()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expectedStart);
    Catalog catalog;
    QString error;
    QVERIFY(!catalog.loadCsv(csv, &error));
    QVERIFY2(error.startsWith(expectedStart), qPrintable(error));
    QVERIFY(catalog.isEmpty());
}

void TestCatalog::failedLoadKeepsOldCatalog()
{
    Catalog catalog;
    QVERIFY(catalog.loadCsv("code,name,price,tax_free\nA,사과,2000,true\n"));
    QVERIFY(!catalog.loadCsv("code,name,price,tax_free\nB,배,3000,true\nC,,1,false\n"));
    QCOMPARE(catalog.size(), 1);
    QVERIFY(catalog.find(QStringLiteral("A")));
    QVERIFY(!catalog.find(QStringLiteral("B")));
}

void TestCatalog::jsonLoads()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.loadJson(R"([{"code":"1","name":"생수","price":1000},
                                  {"code":2,"name":"달걀","price":4200,"tax_free":true}])",
                              &error),
             qPrintable(error));
    QCOMPARE(catalog.size(), 2);
    QVERIFY(catalog.find(QStringLiteral("2"))->taxFree);
    QVERIFY(!catalog.find(QStringLiteral("1"))->taxFree);
}

void TestCatalog::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedStart");
    QTest::newRow("syntax on line 3")
        << QByteArray("{\"products\": [\n{\"code\":\"1\",\n\"name\" \"x\"}]}") << "Line 3:";
    QTest::newRow("no list") << QByteArray("{\"items\": []}") << "The catalog JSON has no";
    QTest::newRow("price string") << QByteArray(
                                         R"({"products":[{"code":"1","name":"a","price":"100"}]})")
                                  << "Product 1:";
    QTest::newRow("price fraction")
        << QByteArray(
               R"({"products":[{"code":"1","name":"a","price":1},{"code":"2","name":"b","price":1.5}]})")
        << "Product 2:";
    QTest::newRow("tax_free string")
        << QByteArray(R"([{"code":"1","name":"a","price":1,"tax_free":"yes"}])") << "Product 1:";
    QTest::newRow("no name") << QByteArray(R"([{"code":"1","price":1}])") << "Product 1:";
    QTest::newRow("too expensive")
        << QByteArray(R"([{"code":"1","name":"a","price":1e15}])") << "Product 1:";
}

void TestCatalog::jsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedStart);
    Catalog catalog;
    QString error;
    QVERIFY(!catalog.loadJson(json, &error));
    QVERIFY2(error.startsWith(expectedStart), qPrintable(error));
}

void TestCatalog::duplicateCodesRefused()
{
    Catalog catalog;
    QString error;
    QVERIFY(!catalog.loadJson(
        R"([{"code":"1","name":"a","price":1},{"code":"1","name":"b","price":2}])", &error));
    QVERIFY2(error.contains(QLatin1String("appears twice")), qPrintable(error));
    QVERIFY(catalog.add(Product{QStringLiteral("X"), QStringLiteral("엑스"), Won(10), false}));
    QVERIFY(
        !catalog.add(Product{QStringLiteral("X"), QStringLiteral("다른"), Won(20), false}, &error));
    QVERIFY(error.contains(QLatin1String("X")));
    QCOMPARE(catalog.find(QStringLiteral("X"))->name, QStringLiteral("엑스"));
}

void TestCatalog::lookupAndSearch()
{
    Catalog catalog;
    QVERIFY(catalog.loadCsv("code,name,price,tax_free\n"
                            "8801,아메리카노,4500,false\n"
                            "8802,아이스 아메리카노,5000,false\n"
                            "8803,Caffe Latte,5000,false\n"
                            "9901,카페라떼,5000,false\n"));
    QVERIFY(!catalog.find(QStringLiteral("0000")));
    QCOMPARE(catalog.find(QStringLiteral(" 8803 "))->name, QStringLiteral("Caffe Latte"));
    QCOMPARE(catalog.search(QStringLiteral("아메리카노")).size(), 2);
    QCOMPARE(catalog.search(QStringLiteral("LATTE")).size(), 1);
    QCOMPARE(catalog.search(QStringLiteral("라떼")).first().code, QStringLiteral("9901"));
    QCOMPARE(catalog.search(QStringLiteral("880")).size(), 3); // code prefix
    QVERIFY(catalog.search(QStringLiteral("  ")).isEmpty());
    QCOMPARE(catalog.search(QStringLiteral("아"), 1).size(), 1);
}

void TestCatalog::sampleCatalogFromResources()
{
    Catalog catalog;
    QString error;
    QVERIFY2(catalog.loadFile(Catalog::samplePath(), &error), qPrintable(error));
    QVERIFY(catalog.size() >= 20);
    int taxFree = 0;
    for (const Product &p : catalog.products()) {
        QCOMPARE(p.code.size(), 13); // EAN-13
        int sum = 0;
        for (int i = 0; i < 12; ++i)
            sum += p.code.at(i).digitValue() * (i % 2 ? 3 : 1);
        QCOMPARE(p.code.at(12).digitValue(), (10 - sum % 10) % 10);
        taxFree += p.taxFree ? 1 : 0;
    }
    QVERIFY(taxFree >= 3);
    QVERIFY(!catalog.search(QStringLiteral("아메리카노")).isEmpty());
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
