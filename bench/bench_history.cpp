// Times what the history view and the start of the app do on a big database, each beside the
// same SQL run by the sqlite3 command-line shell on the same file:
//   paydesk-gen-db big.sqlite 1000000 && bench_history big.sqlite
// Prints medians in milliseconds. For a text filter the sqlite3 column runs the single statement
// of HistoryQuery::pageStatement (trigram index, or LIKE under 3 letters); PayDesk may take a
// faster route to the same rows (see HistoryQuery::page).
//
// A file at an older schema is first migrated, as the app would on open: the migration's
// statements are timed rolled back (both columns), then the real open that migrates, once.
//
// "refund dialog opening" is what Refund… does for one payment: the payment and its lines, its
// refunds with their lines (the detail dialog it is opened from) and the units of each line
// refunded already (RefundDialog), once for each of 9 part-refunded payments spread over the
// file; the sqlite3 column runs the same statements with the values written in. The row after it
// adds building RefundDialog on the offscreen platform and painting it into a pixmap (grab()),
// after one unmeasured dialog (the style and fonts, which the app's main window has loaded).
#include "history/HistoryContext.h"
#include "history/RefundDialog.h"
#include "store/Database.h"
#include "store/HistoryQuery.h"
#include "store/Journal.h"
#include "store/Migrations.h"

#include <QApplication>
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

// Median over `runs` of the summed "Run Time: real" of each run's statements, all in one sqlite3
// process (its cache warm, like ours); -1 when the shell is missing.
double cliMs(const QString &file, const QList<QStringList> &runs)
{
    QString script = QStringLiteral(".timer on\n.output /dev/null\n");
    for (const QStringList &run : runs) {
        for (const QString &sql : run)
            script += sql + QStringLiteral(";\n");
    }
    QProcess p;
    p.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), file});
    if (!p.waitForStarted())
        return -1;
    p.write(script.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(600'000);
    QList<double> times;
    const QRegularExpression re(QStringLiteral("Run Time: real ([0-9.]+)"));
    auto it = re.globalMatch(QString::fromUtf8(p.readAllStandardOutput()));
    while (it.hasNext())
        times << it.next().captured(1).toDouble() * 1000;
    QList<double> sums;
    int next = 0;
    for (const QStringList &run : runs) {
        double sum = 0;
        for (int i = 0; i < run.size() && next < times.size(); ++i)
            sum += times.at(next++);
        sums << sum;
    }
    return times.isEmpty() ? -1 : median(sums);
}

// Median "Run Time: real" of kRuns runs of `sql`.
double cliMs(const QString &file, const QString &sql)
{
    return cliMs(file, QList<QStringList>(kRuns, QStringList{sql}));
}

// PRAGMA user_version of `file`, read without opening it as a Database (which would migrate).
int fileSchemaVersion(const QString &file)
{
    int version = -1;
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-version"));
        raw.setDatabaseName(file);
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (raw.open()) {
            QSqlQuery q(raw);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-version"));
    return version;
}

// The statements that bring `file` from schema `from` to the latest, run in a transaction that
// is rolled back (the file is left as it was), kRuns times.
double migrationRolledBackMs(const QString &file, int from)
{
    QList<double> runs;
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-migrate"));
        raw.setDatabaseName(file);
        if (!raw.open())
            qFatal("cannot open %s", qPrintable(file));
        QSqlQuery q(raw);
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        for (int i = 0; i < kRuns; ++i) {
            QElapsedTimer t;
            t.start();
            q.exec(QStringLiteral("BEGIN IMMEDIATE"));
            for (int v = from + 1; v <= Migrations::latestVersion(); ++v) {
                for (const QString &sql : Migrations::step(v)) {
                    if (!q.exec(sql))
                        qFatal("migration %d failed", v);
                }
            }
            q.exec(QStringLiteral("ROLLBACK"));
            runs << t.nsecsElapsed() / 1e6;
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-migrate"));
    return median(runs);
}

QStringList migrationScript(int from)
{
    QStringList run{QStringLiteral("BEGIN IMMEDIATE")};
    for (int v = from + 1; v <= Migrations::latestVersion(); ++v)
        run << Migrations::step(v);
    run << QStringLiteral("ROLLBACK");
    return run;
}

QString scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}
} // namespace

// Refund… on 9 part-refunded payments spread over the file (see the comment at the top).
template <typename Line>
void refundDialogOpening(Database &db, Journal &journal, const QString &file, QTextStream &out,
                         const Line &line)
{
    const qint64 maxId = scalar(db, QStringLiteral("SELECT max(id) FROM payments")).toLongLong();
    QStringList orderIds;
    QList<qint64> paymentIds;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, partner_order_id FROM payments WHERE id >= ? AND state = "
                             "'part_refunded' ORDER BY id LIMIT 1"));
    for (int k = 0; k <= kRuns; ++k) { // k = 0: the unmeasured dialog
        q.addBindValue(qMax<qint64>(1, maxId * k / (kRuns + 1)));
        if (q.exec() && q.next()) {
            paymentIds << q.value(0).toLongLong();
            orderIds << q.value(1).toString();
        }
    }
    if (orderIds.size() < 2) {
        qWarning("no part-refunded payments: regenerate the file with paydesk-gen-db");
        return;
    }
    int refundsSeen = 0, linesSeen = 0;
    auto journalReads = [&](const QString &orderId) {
        const std::optional<PaymentRecord> p = journal.payment(orderId);
        const QList<RefundRecord> refunds = journal.refunds(orderId);
        const std::optional<QMap<int, qint64>> refunded = journal.refundedQuantities(orderId);
        if (!p || !refunded)
            qFatal("refund dialog: %s not read", qPrintable(orderId));
        refundsSeen += int(refunds.size());
        linesSeen += int(refunded->size());
        return *p;
    };
    // Journal's statements, values written in (journal.cpp, JournalRefunds.cpp).
    const QString paymentSql = QStringLiteral(
        "SELECT id, partner_order_id, partner_user_id, training, item_name, quantity, total, "
        "tax_free, vat, state, tid, pg_token, created_at, expires_at, aid, approved_at, "
        "payment_method_type, card_json, refunded_total, refunded_tax_free, refunded_vat, "
        "last_error_code, last_error_message FROM payments WHERE partner_order_id = '%1'");
    const QString linesSql =
        QStringLiteral("SELECT code, name, unit_price, quantity, tax_free FROM payment_lines "
                       "WHERE payment_id = %1 ORDER BY position");
    const QString refundsSql = QStringLiteral(
        "SELECT id, partner_order_id, amount_total, amount_tax_free, amount_vat, aid, "
        "requested_at, completed_at, state, manager, reason, kakaopay_code, error_message FROM "
        "refunds WHERE payment_id = (SELECT id FROM payments WHERE partner_order_id = '%1') "
        "ORDER BY id");
    const QString refundLinesSql =
        QStringLiteral("SELECT position, code, quantity, amount, tax_free FROM refund_lines WHERE "
                       "refund_id = %1 ORDER BY position");
    const QString refundedSql = QStringLiteral(
        "SELECT l.position, sum(l.quantity) FROM refunds r JOIN refund_lines l ON l.refund_id = "
        "r.id WHERE r.payment_id = (SELECT id FROM payments WHERE partner_order_id = '%1') AND "
        "r.state IN ('done', 'pending') GROUP BY l.position");
    QList<QStringList> cliRuns;
    for (int i = 1; i < orderIds.size(); ++i) {
        QStringList run{paymentSql.arg(orderIds.at(i)), linesSql.arg(paymentIds.at(i)),
                        refundsSql.arg(orderIds.at(i))};
        for (const RefundRecord &r : journal.refunds(orderIds.at(i)))
            run << refundLinesSql.arg(r.id);
        run << refundedSql.arg(orderIds.at(i));
        cliRuns << run;
    }
    // Each process reads these payments for the first time: in both, SQLite's own page cache
    // does not hold them yet (the file itself is in the OS cache for both).
    const double cli = cliMs(file, cliRuns);

    QList<double> reads;
    for (int i = 1; i < orderIds.size(); ++i) {
        QElapsedTimer t;
        t.start();
        journalReads(orderIds.at(i));
        reads << t.nsecsElapsed() / 1e6;
    }
    out << "refund dialog: " << reads.size() << " part-refunded payments, " << refundsSeen
        << " refunds, " << linesSeen << " refunded lines\n";
    line(QStringLiteral("refund dialog opening, journal reads"), median(reads), cli);

    HistoryContext context;
    context.database = &db;
    context.journal = &journal;
    {
        RefundDialog warm(context, journalReads(orderIds.first()));
        warm.grab();
    }
    QList<double> dialogs;
    for (int i = 1; i < orderIds.size(); ++i) {
        QElapsedTimer t;
        t.start();
        RefundDialog dialog(context, journalReads(orderIds.at(i)));
        dialog.grab();
        dialogs << t.nsecsElapsed() / 1e6;
    }
    line(QStringLiteral("refund dialog opening, + widget (offscreen)"), median(dialogs), -1);
}

int main(int argc, char **argv)
{
    // RefundDialog is built on the offscreen platform unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
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

    const int from = fileSchemaVersion(file);
    if (from > 0 && from < Migrations::latestVersion()) {
        const QString steps = QStringLiteral("%1→%2").arg(from).arg(Migrations::latestVersion());
        line(QStringLiteral("migrate schema %1, rolled back").arg(steps),
             migrationRolledBackMs(file, from),
             cliMs(file, QList<QStringList>(kRuns, migrationScript(from))));
        QElapsedTimer t;
        t.start();
        {
            Database db(file);
            if (!db.open(Database::Check::Header))
                qFatal("migrating open failed: %s", qPrintable(db.error().detail));
        }
        line(QStringLiteral("open, header check, migrating %1 (once)").arg(steps),
             t.nsecsElapsed() / 1e6, -1);
    } else {
        out << "schema " << from << ": nothing to migrate\n";
    }

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

    refundDialogOpening(db, journal, file, out, line);
    return 0;
}
