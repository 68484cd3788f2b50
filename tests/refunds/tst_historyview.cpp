#include "history/HistoryModel.h"
#include "history/HistoryView.h"
#include "history/PaymentDetailDialog.h"
#include "store/Database.h"
#include "store/Journal.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// The history list on a real journal: pages load lazily as it scrolls, filters apply, a row
// or a scanned order id opens the payment.
class TestHistoryView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesLoadLazily();
    void filtersApply();
    void filtersApply_data();
    void openingARowShowsTheDetail();
    void scannedOrderIdOpensThePayment();
    void millionRowsStayInstant();

private:
    std::unique_ptr<HistoryView> makeView();
    QString orderId(int i) const
    {
        return QStringLiteral("POS1-250301-%1").arg(i, 5, 10, QChar(u'0'));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Journal> m_journal;
    static constexpr int kPayments = 350; // 3½ pages
};

void TestHistoryView::initTestCase()
{
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("paydesk.db")));
    QVERIFY(m_db->open());
    m_journal = std::make_unique<Journal>(m_db.get());
    const QDateTime start(QDate(2025, 3, 1), QTime(9, 0));
    for (int i = 0; i < kPayments; ++i) {
        PaymentRecord r;
        r.partnerOrderId = orderId(i);
        r.partnerUserId = QStringLiteral("POS1");
        r.training = i % 10 == 9;
        const bool milk = i % 7 == 0;
        r.lines = {{QStringLiteral("880100001%1").arg(i % 5),
                    milk ? QStringLiteral("흰우유 1L") : QStringLiteral("아메리카노"),
                    Won(1000 + 100 * i), 1, milk}};
        r.totals.total = Won(1000 + 100 * i);
        r.totals.taxFree = milk ? r.totals.total : Won(0);
        r.totals.vat = Won::vatOf(r.totals.total, r.totals.taxFree);
        r.itemName = r.lines.first().name;
        r.quantity = 1;
        r.createdAt = start.addSecs(600 * i);
        r.state = i % 4 == 3   ? PaymentState::Failed
                  : i % 4 == 2 ? PaymentState::Refunded
                               : PaymentState::Approved;
        r.tid = QStringLiteral("T%1").arg(i, 19, 10, QChar(u'0'));
        if (r.state != PaymentState::Failed) {
            r.aid = QStringLiteral("A%1").arg(i, 19, 10, QChar(u'0'));
            r.approvedAt = r.createdAt.addSecs(20);
            r.paymentMethodType = QStringLiteral("CARD");
        }
        if (r.state == PaymentState::Refunded)
            r.refundedTotal = r.totals.total;
        QVERIFY(m_journal->record(r, QStringLiteral("seeded")));
    }
}

std::unique_ptr<HistoryView> TestHistoryView::makeView()
{
    HistoryContext context;
    context.database = m_db.get();
    context.journal = m_journal.get();
    auto view = std::make_unique<HistoryView>(context);
    view->resize(900, 500);
    view->show();
    return view;
}

void TestHistoryView::pagesLoadLazily()
{
    auto view = makeView();
    HistoryModel *model = view->model();
    const int real = kPayments - kPayments / 10;
    QCOMPARE(model->pagesLoaded(), 1);
    QCOMPARE(model->rowCount(), HistoryModel::kPageSize);
    QVERIFY(model->canFetchMore());
    // Newest first.
    QCOMPARE(model->rowAt(0).partnerOrderId, orderId(348)); // 349 is a training payment
    QVERIFY(model->rowAt(0).createdAt > model->rowAt(1).createdAt);

    // Scrolling to the end asks for the next pages, one at a time.
    auto *table = view->findChild<QTableView *>(QStringLiteral("historyTable"));
    QVERIFY(table);
    for (int i = 0; i < 10 && model->canFetchMore(); ++i) {
        table->scrollToBottom();
        QCoreApplication::processEvents();
    }
    QTRY_COMPARE(model->rowCount(), real);
    QVERIFY(!model->canFetchMore());
    QCOMPARE(model->pagesLoaded(), (real + HistoryModel::kPageSize - 1) / HistoryModel::kPageSize);
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("countLabel"))
                ->text()
                .contains(QString::number(real)));
}

void TestHistoryView::filtersApply_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("expected");
    QTest::newRow("refunded") << "stateCombo"
                              << "4" << 87; // i % 4 == 2
    QTest::newRow("not paid") << "stateCombo"
                              << "5" << 70; // i % 4 == 3, less training
    QTest::newRow("min amount") << "minAmountEdit"
                                << "30000" << 0;
    QTest::newRow("item text") << "searchEdit"
                               << "흰우유" << 0;
    QTest::newRow("tid") << "searchEdit" << QStringLiteral("T%1").arg(12, 19, 10, QChar(u'0')) << 1;
    QTest::newRow("order id") << "searchEdit" << QStringLiteral("POS1-250301-00012") << 1;
    QTest::newRow("training") << "trainingCheck"
                              << "1" << kPayments / 10;
}

void TestHistoryView::filtersApply()
{
    QFETCH(QString, widget);
    QFETCH(QString, value);
    QFETCH(int, expected);
    auto view = makeView();
    if (auto *combo = view->findChild<QComboBox *>(widget))
        combo->setCurrentIndex(value.toInt());
    else if (auto *check = view->findChild<QCheckBox *>(widget))
        check->setChecked(value == QLatin1String("1"));
    else if (auto *edit = view->findChild<QLineEdit *>(widget))
        edit->setText(value); // keyClicks types ASCII only
    else
        QFAIL("no such widget");
    view->applyFilter();
    HistoryModel *model = view->model();
    while (model->canFetchMore())
        model->fetchMore();
    const HistoryFilter f = view->currentFilter();
    // Every row shown matches the filter; the count is what the journal holds.
    for (int i = 0; i < model->rowCount(); ++i) {
        const HistoryRow r = model->rowAt(i);
        if (!f.states.isEmpty())
            QVERIFY(f.states.contains(r.state));
        if (f.minTotal)
            QVERIFY(r.total >= *f.minTotal);
        if (f.training == HistoryFilter::Training::Only)
            QVERIFY(r.training);
        else
            QVERIFY(!r.training);
    }
    if (expected > 0) {
        QCOMPARE(model->rowCount(), expected);
    } else {
        // Computed from the seed: milk every 7th, real (not training) rows only.
        int n = 0;
        for (int i = 0; i < kPayments; ++i) {
            if (i % 10 == 9)
                continue;
            if (widget == QLatin1String("minAmountEdit") && 1000 + 100 * i >= 30000)
                ++n;
            if (widget == QLatin1String("searchEdit") && i % 7 == 0)
                ++n;
        }
        QCOMPARE(model->rowCount(), n);
    }
}

void TestHistoryView::openingARowShowsTheDetail()
{
    auto view = makeView();
    auto *table = view->findChild<QTableView *>(QStringLiteral("historyTable"));
    const QModelIndex index = view->model()->index(2, HistoryModel::OrderIdColumn);
    const QString id = view->model()->rowAt(2).partnerOrderId;
    QSignalSpy opened(view.get(), &HistoryView::paymentOpened);
    table->setCurrentIndex(index);
    table->setFocus();
    QTest::keyClick(table->viewport(), Qt::Key_Return);
    if (opened.isEmpty()) // styles differ on which key activates; a double click always does
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {},
                           table->visualRect(index).center());
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).toString(), id);
    auto *dialog = view->findChild<PaymentDetailDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("orderIdLabel"))->text(), id);
    auto *lines = dialog->findChild<QTableWidget *>(QStringLiteral("linesTable"));
    QCOMPARE(lines->rowCount(), 1);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("amountsLabel"))
                ->text()
                .contains(view->model()->rowAt(2).total.toDisplayString()));
    // Without a refund service the history is read-only.
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("refundButton"))->isEnabled());
    dialog->close();
}

void TestHistoryView::scannedOrderIdOpensThePayment()
{
    auto view = makeView();
    QSignalSpy opened(view.get(), &HistoryView::paymentOpened);
    auto *search = view->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, orderId(40));
    QTest::keyClick(search, Qt::Key_Return); // a barcode scanner ends with Enter
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).toString(), orderId(40));
    QTRY_VERIFY(view->findChild<PaymentDetailDialog *>()->isVisible());
    // An unknown id just filters (to nothing).
    search->clear();
    QTest::keyClicks(search, QStringLiteral("POS9-000000-00000"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(view->model()->rowCount(), 0);
}

// On a journal of a million payments (bench/paydesk-gen-db), opening the history, scrolling
// ten pages and searching stay interactive. Skipped unless PAYDESK_HISTORY_DB names one.
void TestHistoryView::millionRowsStayInstant()
{
    const QString path = qEnvironmentVariable("PAYDESK_HISTORY_DB");
    if (path.isEmpty())
        QSKIP("set PAYDESK_HISTORY_DB to a database made by paydesk-gen-db");
    Database db(path);
    QVERIFY(db.open(Database::Check::Header));
    Journal journal(&db);
    HistoryContext context;
    context.database = &db;
    context.journal = &journal;
    QElapsedTimer timer;
    timer.start();
    HistoryView view(context);
    view.show();
    QCoreApplication::processEvents();
    const qint64 openMs = timer.restart();
    auto *table = view.findChild<QTableView *>(QStringLiteral("historyTable"));
    for (int i = 0; i < 10; ++i) {
        table->scrollToBottom();
        QCoreApplication::processEvents();
    }
    const qint64 scrollMs = timer.restart();
    const int rows = view.model()->rowCount();
    view.findChild<QLineEdit *>(QStringLiteral("searchEdit"))
        ->setText(QStringLiteral("아메리카노"));
    view.applyFilter();
    const qint64 searchMs = timer.restart();
    qInfo("1M rows: open %lld ms, 10 scrolls %lld ms (%d rows), item search %lld ms", openMs,
          scrollMs, rows, searchMs);
    QVERIFY(rows > HistoryModel::kPageSize);
    QVERIFY(openMs < 1000);
    QVERIFY(scrollMs < 1000);
    QVERIFY(searchMs < 1000);
}

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
