// Times what the history view and the start of the app do on a big database, each beside the
// same SQL run by the sqlite3 command-line shell on the same file:
//   paydesk-gen-db big.sqlite 1000000 && bench_history big.sqlite
// Prints medians in milliseconds. For a text filter the sqlite3 column runs the single statement
// of HistoryQuery::pageStatement (trigram index, or LIKE under 3 letters); PayDesk may take a
// faster route to the same rows (see HistoryQuery::page).
#include "store/Database.h"
#include "store/HistoryQuery.h"
#include "store/Journal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace {
constexpr int kRuns = 9;

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

double timeMs(const std::function<void()> &f)
{
    QList<double> runs;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        runs << t.nsecsElapsed() / 1e6;
    }
    return median(runs);
}

QString literal(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString) {
        QString s = v.toString();
        s.replace(QLatin1Char('\''), QLatin1String("''"));
        return QLatin1Char('\'') + s + QLatin1Char('\'');
    }
    return v.toString();
}

// The statement with its values written in, for the shell.
QString inlineValues(const QString &sql, const QVariantList &values)
{
    QString out;
    int next = 0;
    for (QChar c : sql) {
        if (c == QLatin1Char('?') && next < values.size())
            out += literal(values.at(next++));
        else
            out += c;
    }
    return out;
}

// Median "Run Time: real" of kRuns runs of `sql` in one sqlite3 process (its cache warm, like
// ours); -1 when the shell is missing.
double cliMs(const QString &file, const QString &sql)
{
    QString script = QStringLiteral(".timer on\n.output /dev/null\n");
    for (int i = 0; i < kRuns; ++i)
        script += sql + QStringLiteral(";\n");
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), file});
    if (!p.waitForStarted())
        return -1;
    p.write(script.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(600'000);
    QList<double> runs;
    const QRegularExpression re(QStringLiteral("Run Time: real ([0-9.]+)"));
    auto it = re.globalMatch(QString::fromUtf8(p.readAllStandardOutput()));
    while (it.hasNext())
        runs << it.next().captured(1).toDouble() * 1000;
    return median(runs);
}

QString scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_history FILE (made by paydesk-gen-db)\n";
        return 2;
    }
    const QString file = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir tmp;
    const QString empty = tmp.filePath(QStringLiteral("empty.sqlite"));
    {
        Database e(empty);
        e.open();
    }
    auto line = [&](const QString &what, double ours, double cli) {
        out << qSetFieldWidth(44) << Qt::left << what << qSetFieldWidth(10) << Qt::right
            << QString::number(ours, 'f', 2) << QString::number(cli, 'f', 2) << qSetFieldWidth(0)
            << "\n";
        out.flush();
    };
    out << qSetFieldWidth(44) << Qt::left << "median of 9, ms" << qSetFieldWidth(10) << Qt::right
        << "PayDesk"
        << "sqlite3" << qSetFieldWidth(0) << "\n";

    for (auto check : {Database::Check::Header, Database::Check::Quick}) {
        const QString name = check == Database::Check::Header ? QStringLiteral("header check")
                                                              : QStringLiteral("quick_check");
        const QString cliSql = check == Database::Check::Header
                                   ? QStringLiteral("SELECT count(*) FROM sqlite_master")
                                   : QStringLiteral("PRAGMA quick_check");
        line(QStringLiteral("open, %1, empty file").arg(name), timeMs([&] {
                 Database db(empty);
                 db.open(check);
             }),
             cliMs(empty, cliSql));
        line(QStringLiteral("open, %1, this file").arg(name), timeMs([&] {
                 Database db(file);
                 if (!db.open(check))
                     qFatal("open failed");
             }),
             cliMs(file, cliSql));
    }

    Database db(file);
    if (!db.open(Database::Check::Header)) {
        out << "cannot open: " << db.error().detail << "\n";
        return 1;
    }
    out << "rows: " << scalar(db, QStringLiteral("SELECT count(*) FROM payments")) << "\n";
    const QString middle = QStringLiteral("SELECT %1 FROM payments WHERE id = (SELECT max(id) / 2 "
                                          "FROM payments)");
    const QString orderId = scalar(db, middle.arg(QStringLiteral("partner_order_id")));
    const QString tid = scalar(db, middle.arg(QStringLiteral("tid")));
    const QDateTime newest = QDateTime::fromMSecsSinceEpoch(
        scalar(db, QStringLiteral("SELECT max(created_at) FROM payments")).toLongLong());

    Journal journal(&db);
    line(
        QStringLiteral("Journal::payment(order id)"), timeMs([&] { journal.payment(orderId); }),
        cliMs(file,
              QStringLiteral("SELECT * FROM payments WHERE partner_order_id = '%1'").arg(orderId)));
    line(QStringLiteral("Journal::paymentByTid(tid)"), timeMs([&] { journal.paymentByTid(tid); }),
         cliMs(file, QStringLiteral("SELECT * FROM payments WHERE tid = '%1'").arg(tid)));

    HistoryQuery history(&db);
    QList<QPair<QString, HistoryFilter>> filters;
    HistoryFilter f;
    filters << qMakePair(QStringLiteral("first page, no filter"), f);
    f.tid = tid;
    filters << qMakePair(QStringLiteral("history: tid"), f);
    f = HistoryFilter();
    f.partnerOrderId = orderId;
    filters << qMakePair(QStringLiteral("history: order id"), f);
    f = HistoryFilter();
    f.from = newest.addYears(-1).addDays(-7);
    f.to = newest.addYears(-1);
    filters << qMakePair(QStringLiteral("history: a week, a year ago"), f);
    f = HistoryFilter();
    f.states = {PaymentState::Refunded};
    filters << qMakePair(QStringLiteral("history: state refunded (2%)"), f);
    f.states = {PaymentState::AwaitingBuyer};
    filters << qMakePair(QStringLiteral("history: state awaiting (0.1%)"), f);
    f.states = {PaymentState::Failed, PaymentState::Expired, PaymentState::Aborted};
    filters << qMakePair(QStringLiteral("history: 3 failure states"), f);
    f = HistoryFilter();
    f.minTotal = Won(30000);
    filters << qMakePair(QStringLiteral("history: amount >= 30000"), f);
    f.minTotal = Won(4500);
    f.maxTotal = Won(4500);
    filters << qMakePair(QStringLiteral("history: amount = 4500"), f);
    f = HistoryFilter();
    f.training = HistoryFilter::Training::Only;
    filters << qMakePair(QStringLiteral("history: training only"), f);
    f = HistoryFilter();
    f.text = QStringLiteral("아메리카노");
    filters << qMakePair(QStringLiteral("history: text 아메리카노 (9% of rows)"), f);
    f.text = QStringLiteral("머그컵");
    filters << qMakePair(QStringLiteral("history: text 머그컵 (0.03%)"), f);
    f.text = QStringLiteral("에스프레소");
    filters << qMakePair(QStringLiteral("history: text 에스프레소 (none)"), f);
    f.text = QStringLiteral("라떼");
    filters << qMakePair(QStringLiteral("history: text 라떼 (2 letters, 25%)"), f);
    f.text = QStringLiteral("잼");
    filters << qMakePair(QStringLiteral("history: text 잼 (1 letter, none)"), f);

    for (const auto &entry : filters) {
        const HistoryQuery::Statement st = HistoryQuery::pageStatement(entry.second, {}, 50);
        int rows = 0;
        const double ours = timeMs([&] { rows = int(history.page(entry.second).rows.size()); });
        line(QStringLiteral("%1 [%2]").arg(entry.first).arg(rows), ours,
             cliMs(file, inlineValues(st.sql, st.values)));
    }
    // The second page, from the cursor of the first.
    const HistoryPage first = history.page(HistoryFilter());
    const HistoryQuery::Statement second = HistoryQuery::pageStatement({}, first.next, 50);
    line(QStringLiteral("second page, no filter"),
         timeMs([&] { history.page(HistoryFilter(), first.next); }),
         cliMs(file, inlineValues(second.sql, second.values)));
    line(QStringLiteral("count, no filter, capped at 1000"),
         timeMs([&] { history.count(HistoryFilter()); }), -1);
    return 0;
}
