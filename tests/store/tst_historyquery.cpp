#include "store/Database.h"
#include "store/HistoryQuery.h"
#include "store/Journal.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(HistoryFilter)

namespace {
const QDateTime kStart(QDate(2024, 5, 1), QTime(9, 0));
const char *const kNames[] = {"아메리카노", "카페라떼", "유기농 바나나", "Croissant", "녹차 100%"};
} // namespace

class TestHistoryQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void newestFirstExcludingTraining();
    void keysetPagingVisitsEveryRowOnce();
    void sameTimeOrderedById();
    void filterByDateRange();
    void filterByState();
    void filterByAmountRange();
    void filterByTidAndOrderId();
    void filterByItemText_data();
    void filterByItemText();
    void filterByItemTextThroughTheWindow_data();
    void filterByItemTextThroughTheWindow();
    void shortTextsUseSearchWords();
    void trainingFilter();
    void combinedFilters();
    void countIsCapped();
    void firstPagesNeedNoSort_data();
    void firstPagesNeedNoSort();

private:
    QTemporaryDir m_dir;
    Database *m_db = nullptr;
    Journal *m_journal = nullptr;
    HistoryQuery *m_history = nullptr;
};

// 40 payments, one a minute; every 10th is training; amounts 1000, 2000, … by i % 5; names cycle.
void TestHistoryQuery::initTestCase()
{
    m_db = new Database(m_dir.filePath(QStringLiteral("paydesk.sqlite")));
    QVERIFY(m_db->open());
    m_journal = new Journal(m_db);
    m_history = new HistoryQuery(m_db);
    for (int i = 0; i < 40; ++i) {
        PaymentRecord r;
        r.partnerOrderId = QStringLiteral("PD-%1").arg(i, 3, 10, QLatin1Char('0'));
        r.partnerUserId = QStringLiteral("counter-1");
        r.training = i % 10 == 9;
        const QString name = QString::fromUtf8(kNames[i % 5]);
        r.lines = {{QStringLiteral("CODE%1").arg(i % 5), name, Won(1000 * (i % 5 + 1)), 1, false}};
        r.totals.total = Won(1000 * (i % 5 + 1));
        r.itemName = name;
        r.quantity = 1;
        r.createdAt = kStart.addSecs(60 * i);
        r.state = i % 4 == 0 ? PaymentState::Failed : PaymentState::Approved;
        if (i % 4 != 0)
            r.tid = QStringLiteral("T%1").arg(i);
        QVERIFY(m_journal->record(r, QStringLiteral("approved")));
    }
}

void TestHistoryQuery::cleanupTestCase()
{
    delete m_history;
    delete m_journal;
    delete m_db;
}

void TestHistoryQuery::newestFirstExcludingTraining()
{
    const HistoryPage page = m_history->page(HistoryFilter(), {}, 10);
    QVERIFY(page.ok);
    QCOMPARE(page.rows.size(), 10);
    QVERIFY(page.hasMore);
    QCOMPARE(page.rows.first().partnerOrderId, QStringLiteral("PD-038")); // 39 is training
    for (int i = 1; i < page.rows.size(); ++i)
        QVERIFY(page.rows[i - 1].createdAt > page.rows[i].createdAt);
    QCOMPARE(page.rows.first().total, Won(4000));
    QCOMPARE(page.rows.first().itemName, QString::fromUtf8(kNames[3]));
    QCOMPARE(page.rows.first().tid, QStringLiteral("T38"));
}

void TestHistoryQuery::keysetPagingVisitsEveryRowOnce()
{
    HistoryFilter f;
    f.training = HistoryFilter::Training::Include;
    QSet<QString> seen;
    HistoryCursor cursor;
    QDateTime previous;
    int pages = 0;
    for (;;) {
        const HistoryPage page = m_history->page(f, cursor, 7);
        QVERIFY(page.ok);
        ++pages;
        for (const HistoryRow &row : page.rows) {
            QVERIFY(!seen.contains(row.partnerOrderId));
            seen.insert(row.partnerOrderId);
            QVERIFY(!previous.isValid() || row.createdAt < previous);
            previous = row.createdAt;
        }
        if (!page.hasMore)
            break;
        QVERIFY(page.next.isValid());
        cursor = page.next;
    }
    QCOMPARE(seen.size(), 40);
    QCOMPARE(pages, 6);
}

void TestHistoryQuery::sameTimeOrderedById()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("same.sqlite")));
    QVERIFY(db.open());
    Journal journal(&db);
    for (int i = 0; i < 5; ++i) {
        PaymentRecord r;
        r.partnerOrderId = QStringLiteral("S%1").arg(i);
        r.createdAt = kStart; // all in the same millisecond
        QVERIFY(journal.record(r, QStringLiteral("created")));
    }
    HistoryQuery history(&db);
    const HistoryPage first = history.page(HistoryFilter(), {}, 2);
    QCOMPARE(first.rows[0].partnerOrderId, QStringLiteral("S4"));
    QCOMPARE(first.rows[1].partnerOrderId, QStringLiteral("S3"));
    const HistoryPage second = history.page(HistoryFilter(), first.next, 2);
    QCOMPARE(second.rows[0].partnerOrderId, QStringLiteral("S2"));
    const HistoryPage third = history.page(HistoryFilter(), second.next, 2);
    QCOMPARE(third.rows.size(), 1);
    QCOMPARE(third.rows[0].partnerOrderId, QStringLiteral("S0"));
    QVERIFY(!third.hasMore);
}

void TestHistoryQuery::filterByDateRange()
{
    HistoryFilter f;
    f.training = HistoryFilter::Training::Include;
    f.from = kStart.addSecs(60 * 10);
    f.to = kStart.addSecs(60 * 20); // exclusive
    const HistoryPage page = m_history->page(f, {}, 100);
    QCOMPARE(page.rows.size(), 10);
    QCOMPARE(page.rows.first().partnerOrderId, QStringLiteral("PD-019"));
    QCOMPARE(page.rows.last().partnerOrderId, QStringLiteral("PD-010"));
}

void TestHistoryQuery::filterByState()
{
    HistoryFilter f;
    f.training = HistoryFilter::Training::Include;
    f.states = {PaymentState::Failed};
    const HistoryPage failed = m_history->page(f, {}, 100);
    QCOMPARE(failed.rows.size(), 10);
    for (const HistoryRow &row : failed.rows)
        QCOMPARE(row.state, PaymentState::Failed);
    f.states = {PaymentState::Failed, PaymentState::Approved};
    QCOMPARE(m_history->page(f, {}, 100).rows.size(), 40);
    f.states = {PaymentState::Refunded};
    QVERIFY(m_history->page(f, {}, 100).rows.isEmpty());
}

void TestHistoryQuery::filterByAmountRange()
{
    HistoryFilter f;
    f.training = HistoryFilter::Training::Include;
    f.minTotal = Won(2000);
    f.maxTotal = Won(3000);
    const HistoryPage page = m_history->page(f, {}, 100);
    QCOMPARE(page.rows.size(), 16);
    for (const HistoryRow &row : page.rows)
        QVERIFY(row.total >= Won(2000) && row.total <= Won(3000));
    f.minTotal.reset();
    QCOMPARE(m_history->page(f, {}, 100).rows.size(), 24);
}

void TestHistoryQuery::filterByTidAndOrderId()
{
    HistoryFilter f;
    f.tid = QStringLiteral("T13");
    HistoryPage page = m_history->page(f);
    QCOMPARE(page.rows.size(), 1);
    QCOMPARE(page.rows.first().partnerOrderId, QStringLiteral("PD-013"));
    f = HistoryFilter();
    f.partnerOrderId = QStringLiteral("PD-022");
    page = m_history->page(f);
    QCOMPARE(page.rows.size(), 1);
    QCOMPARE(page.rows.first().tid, QStringLiteral("T22"));
    f.partnerOrderId = QStringLiteral("PD-02"); // exact, not a prefix
    QVERIFY(m_history->page(f).rows.isEmpty());
}

void TestHistoryQuery::filterByItemText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // training included: 8 of each name
    QTest::newRow("korean word") << QStringLiteral("아메리카노") << 8;
    QTest::newRow("korean middle of a name") << QStringLiteral("바나나") << 8;
    QTest::newRow("two syllables (LIKE)") << QStringLiteral("라떼") << 8;
    QTest::newRow("one syllable (LIKE)") << QStringLiteral("녹") << 8;
    QTest::newRow("ascii any case") << QStringLiteral("CROISS") << 8;
    QTest::newRow("line code") << QStringLiteral("code3") << 8;
    QTest::newRow("percent is literal") << QStringLiteral("0%") << 8;
    QTest::newRow("underscore is literal") << QStringLiteral("_") << 0;
    QTest::newRow("quote in text") << QStringLiteral("\"아메") << 0;
    QTest::newRow("no match") << QStringLiteral("에스프레소") << 0;
}

void TestHistoryQuery::filterByItemText()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    HistoryFilter f;
    f.training = HistoryFilter::Training::Include;
    f.text = text;
    const HistoryPage page = m_history->page(f, {}, 100);
    QVERIFY(page.ok);
    QCOMPARE(page.rows.size(), expected);
}

void TestHistoryQuery::filterByItemTextThroughTheWindow_data()
{
    filterByItemText_data();
}

// With a limit of 6 index hits, common texts (8 hits) take the newest-first scan and rare ones the
// trigram index: either way the rows and their order are those of the LIKE query.
void TestHistoryQuery::filterByItemTextThroughTheWindow()
{
    QFETCH(QString, text);
    HistoryQuery windowed(m_db, 6);
    HistoryFilter f;
    f.training = HistoryFilter::Training::Include;
    f.text = text;
    for (int limit : {1, 2, 100}) {
        QStringList plain, viaWindow;
        HistoryCursor a, b;
        for (;;) {
            const HistoryPage p = m_history->page(f, a, limit);
            for (const HistoryRow &row : p.rows)
                plain << row.partnerOrderId;
            if (!p.hasMore)
                break;
            a = p.next;
        }
        for (;;) {
            const HistoryPage p = windowed.page(f, b, limit);
            QVERIFY(p.ok);
            for (const HistoryRow &row : p.rows)
                viaWindow << row.partnerOrderId;
            if (!p.hasMore)
                break;
            b = p.next;
        }
        QCOMPARE(viaWindow, plain);
    }
}

void TestHistoryQuery::shortTextsUseSearchWords()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("words.sqlite")));
    QVERIFY(db.open());
    Journal journal(&db);
    const QStringList names{QStringLiteral("두부"), QStringLiteral("순두부찌개"),
                            QStringLiteral("Tofu")};
    for (int i = 0; i < names.size(); ++i) {
        PaymentRecord r;
        r.partnerOrderId = QStringLiteral("W%1").arg(i);
        r.createdAt = kStart.addSecs(i);
        r.itemName = names.at(i);
        r.lines = {{QStringLiteral("K%1").arg(i), names.at(i), Won(1000), 1, true}};
        QVERIFY(journal.record(r, QStringLiteral("created")));
    }
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM search_words")) && q.next());
    QCOMPARE(q.value(0).toInt(), 6); // 3 names (lower-cased) + 3 codes, each once

    HistoryQuery history(&db);
    auto ids = [&](const QString &text) {
        HistoryFilter f;
        f.text = text;
        QStringList out;
        for (const HistoryRow &row : history.page(f).rows)
            out << row.partnerOrderId;
        return out;
    };
    QCOMPARE(ids(QStringLiteral("두")), (QStringList{"W1", "W0"})); // a 2-letter word: scan
    QCOMPARE(ids(QStringLiteral("찌개")), QStringList{"W1"});       // via the index
    QCOMPARE(ids(QStringLiteral("TO")), QStringList{"W2"});         // any case
    QCOMPARE(ids(QStringLiteral("k2")), QStringList{"W2"});         // a code
    QCOMPARE(ids(QStringLiteral("잼")), QStringList());             // no word: no scan
}

void TestHistoryQuery::trainingFilter()
{
    HistoryFilter f;
    QCOMPARE(m_history->page(f, {}, 100).rows.size(), 36);
    f.training = HistoryFilter::Training::Only;
    const HistoryPage training = m_history->page(f, {}, 100);
    QCOMPARE(training.rows.size(), 4);
    for (const HistoryRow &row : training.rows)
        QVERIFY(row.training);
    f.training = HistoryFilter::Training::Include;
    QCOMPARE(m_history->page(f, {}, 100).rows.size(), 40);
}

void TestHistoryQuery::combinedFilters()
{
    HistoryFilter f;
    f.text = QStringLiteral("아메리카노"); // i % 5 == 0, real only: 0,5,10,15,20,25,30,35
    f.states = {PaymentState::Approved};   // and i % 4 != 0: 5,10,15,25,30,35
    f.from = kStart.addSecs(60 * 10);      // i >= 10: 10,15,25,30,35
    HistoryPage page = m_history->page(f, {}, 2);
    QCOMPARE(page.rows.size(), 2);
    QCOMPARE(page.rows[0].partnerOrderId, QStringLiteral("PD-035"));
    QCOMPARE(page.rows[1].partnerOrderId, QStringLiteral("PD-030"));
    page = m_history->page(f, page.next, 10);
    QCOMPARE(page.rows.size(), 3);
    QCOMPARE(page.rows.last().partnerOrderId, QStringLiteral("PD-010"));
    QVERIFY(!page.hasMore);
    QCOMPARE(m_history->count(f), 5);
}

void TestHistoryQuery::countIsCapped()
{
    HistoryFilter f;
    f.training = HistoryFilter::Training::Include;
    QCOMPARE(m_history->count(f), 40);
    QCOMPARE(m_history->count(f, 25), 25);
    f.tid = QStringLiteral("nope");
    QCOMPARE(m_history->count(f), 0);
}

void TestHistoryQuery::firstPagesNeedNoSort_data()
{
    QTest::addColumn<HistoryFilter>("filter");
    HistoryFilter f;
    QTest::newRow("default") << f;
    f.training = HistoryFilter::Training::Include;
    QTest::newRow("training included") << f;
    f.training = HistoryFilter::Training::Only;
    QTest::newRow("training only") << f;
    f = HistoryFilter();
    f.states = {PaymentState::Approved};
    QTest::newRow("one state") << f;
    f.states << PaymentState::Refunded;
    QTest::newRow("two states") << f;
    f = HistoryFilter();
    f.minTotal = Won(1000);
    f.maxTotal = Won(2000);
    f.from = kStart;
    f.to = kStart.addDays(1);
    QTest::newRow("amount and dates") << f;
    f = HistoryFilter();
    f.text = QStringLiteral("라떼");
    QTest::newRow("short text") << f;
}

// A sort ("USE TEMP B-TREE FOR ORDER BY") would read every matching row before the first page:
// on a million rows that is the difference between milliseconds and seconds.
void TestHistoryQuery::firstPagesNeedNoSort()
{
    QFETCH(HistoryFilter, filter);
    const HistoryQuery::Statement st = HistoryQuery::pageStatement(filter, HistoryCursor{1, 1}, 50);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + st.sql));
    for (const QVariant &v : st.values)
        q.addBindValue(v);
    QVERIFY(q.exec());
    QStringList plan;
    while (q.next())
        plan << q.value(3).toString();
    QVERIFY2(!plan.join(QLatin1Char('|')).contains(QStringLiteral("TEMP B-TREE")),
             qPrintable(plan.join(QLatin1Char('|'))));
}

QTEST_GUILESS_MAIN(TestHistoryQuery)
#include "tst_historyquery.moc"
