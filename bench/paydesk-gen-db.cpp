// Fills a PayDesk database with realistic sales for the history benchmark:
//   paydesk-gen-db FILE [COUNT=1000000]
// About 2.5 lines per payment from a Korean café/convenience catalogue, one payment a minute on
// average, 1% training, the usual spread of states. Deterministic (fixed seed). Refunded payments
// have one full refund; part-refunded ones a refund by lines (the first line, or one unit of
// it) with its refund_lines row, or half by amount when the payment is one unit of one product.
// search_words is filled as the app fills it.
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

namespace {
struct Product
{
    const char *code;
    const char *name;
    qint64 price;
    bool taxFree;
};

const Product kCatalogue[] = {
    {"C001", "아메리카노", 4500, false},        {"C002", "카페라떼", 5000, false},
    {"C003", "바닐라라떼", 5500, false},        {"C004", "카푸치노", 5000, false},
    {"C005", "녹차라떼", 5500, false},          {"C006", "콜드브루", 5000, false},
    {"C007", "자몽에이드", 6000, false},        {"C008", "레몬티", 4500, false},
    {"B001", "크루아상", 3500, false},          {"B002", "베이글", 3000, false},
    {"B003", "초코케이크", 6500, false},        {"B004", "치즈케이크", 6500, false},
    {"B005", "햄치즈 샌드위치", 5900, false},   {"B006", "마카롱", 2500, false},
    {"F001", "유기농 바나나", 3000, true},      {"F002", "사과 1kg", 9900, true},
    {"F003", "제주 감귤", 7900, true},          {"F004", "방울토마토", 4900, true},
    {"F005", "계란 10구", 5500, true},          {"F006", "두부", 2000, true},
    {"G001", "생수 500ml", 1000, false},        {"G002", "바나나우유", 1700, false},
    {"G003", "삼각김밥 참치마요", 1500, false}, {"G004", "컵라면 신라면", 1600, false},
    {"G005", "초코파이", 4800, false},          {"G006", "새우깡", 1500, false},
    {"G007", "Croissant Butter", 3800, false},  {"G008", "Sparkling Water", 2000, false},
};
// Sold once in about ten thousand payments: the benchmark's rare search term.
const Product kRare = {"X001", "한정판 머그컵", 15000, false};

struct StateShare
{
    const char *state;
    int perMille;
};
const StateShare kStates[] = {{"approved", 930}, {"part_refunded", 20},   {"refunded", 20},
                              {"failed", 10},    {"buyer_cancelled", 10}, {"expired", 5},
                              {"aborted", 4},    {"awaiting_buyer", 1}};
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: paydesk-gen-db FILE [COUNT]\n";
        return 2;
    }
    const qint64 count = args.size() > 2 ? args.at(2).toLongLong() : 1'000'000;
    Database db(args.at(1));
    if (!db.open()) {
        out << "cannot open: " << db.error().detail << "\n";
        return 1;
    }
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA synchronous=OFF")); // generation only; the app uses FULL
    QRandomGenerator rng(20240501);
    QElapsedTimer timer;
    timer.start();

    QSqlQuery pay(db.connection()), line(db.connection()), audit(db.connection());
    pay.prepare(QStringLiteral(
        "INSERT INTO payments (partner_order_id, partner_user_id, training, item_name, quantity, "
        "total, tax_free, vat, state, tid, created_at, expires_at, aid, approved_at, "
        "payment_method_type, refunded_total, refunded_tax_free, refunded_vat, search_text, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // Every part of search_text is a row of search_words, as Journal::record keeps it (the
    // history's one- and two-letter search starts there).
    QSqlQuery word(db.connection());
    word.prepare(QStringLiteral("INSERT OR IGNORE INTO search_words (word) VALUES (?)"));
    QSqlQuery refund(db.connection()), refundLine(db.connection());
    refund.prepare(QStringLiteral(
        "INSERT INTO refunds (payment_id, partner_order_id, amount_total, amount_tax_free, "
        "amount_vat, aid, requested_at, completed_at, state, manager, reason) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'done', ?, ?)"));
    refundLine.prepare(QStringLiteral("INSERT INTO refund_lines (refund_id, position, code, "
                                      "quantity, amount, tax_free) VALUES (?, ?, ?, ?, ?, ?)"));
    line.prepare(QStringLiteral("INSERT INTO payment_lines (payment_id, position, code, name, "
                                "unit_price, quantity, tax_free) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    audit.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, partner_order_id, "
                                 "tid, amount, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"));

    qint64 at = QDateTime(QDate(2023, 1, 1), QTime(8, 0)).toMSecsSinceEpoch();
    q.exec(QStringLiteral("BEGIN"));
    for (qint64 i = 1; i <= count; ++i) {
        at += 20'000 + qint64(rng.bounded(80'000)); // 20 s to 100 s apart
        const int lines = 1 + int(rng.bounded(4));
        qint64 total = 0, taxFree = 0, quantity = 0;
        QStringList search;
        QString firstName;
        QList<const Product *> picked;
        QList<qint64> quantities;
        for (int l = 0; l < lines; ++l) {
            const Product *p = rng.bounded(10'000) == 0
                                   ? &kRare
                                   : &kCatalogue[rng.bounded(int(std::size(kCatalogue)))];
            picked << p;
        }
        const QString orderId =
            QStringLiteral("PD-%1-%2")
                .arg(QDateTime::fromMSecsSinceEpoch(at).toString(QStringLiteral("yyyyMMdd")))
                .arg(i, 7, 10, QLatin1Char('0'));
        const int roll = int(rng.bounded(1000));
        const char *state = "approved";
        int acc = 0;
        for (const StateShare &s : kStates) {
            acc += s.perMille;
            if (roll < acc) {
                state = s.state;
                break;
            }
        }
        const QString tid = QStringLiteral("T%1%2").arg(at, 0, 16).arg(i, 8, 16, QLatin1Char('0'));
        for (int l = 0; l < picked.size(); ++l) {
            const Product *p = picked.at(l);
            const qint64 qty = 1 + int(rng.bounded(3) == 0 ? rng.bounded(3) : 0);
            quantities << qty;
            total += p->price * qty;
            taxFree += p->taxFree ? p->price * qty : 0;
            quantity += qty;
            if (l == 0)
                firstName = QString::fromUtf8(p->name);
            search << QString::fromUtf8(p->name) << QString::fromLatin1(p->code);
        }
        const QString itemName =
            lines > 1 ? firstName + QStringLiteral(" 외 %1건").arg(lines - 1) : firstName;
        search.prepend(itemName);
        const bool approvedLike = qstrcmp(state, "approved") == 0 ||
                                  qstrcmp(state, "part_refunded") == 0 ||
                                  qstrcmp(state, "refunded") == 0;
        // What was given back, and (by lines) which line and how many units of it.
        qint64 refunded = 0, refundedTaxFree = 0, refundedQty = 0;
        if (qstrcmp(state, "refunded") == 0) {
            refunded = total;
            refundedTaxFree = taxFree;
        } else if (qstrcmp(state, "part_refunded") == 0) {
            if (picked.size() > 1 || quantities.first() > 1) {
                refundedQty = picked.size() > 1 ? quantities.first() : 1;
                refunded = picked.first()->price * refundedQty;
                refundedTaxFree = picked.first()->taxFree ? refunded : 0;
            } else {
                refunded = total / 2;
                refundedTaxFree = taxFree / 2;
            }
        }
        const qint64 refundedVat = refunded > 0 ? (refunded - refundedTaxFree + 5) / 11 : 0;
        pay.addBindValue(orderId);
        pay.addBindValue(QStringLiteral("counter-%1").arg(1 + rng.bounded(3)));
        pay.addBindValue(rng.bounded(100) == 0 ? 1 : 0);
        pay.addBindValue(itemName);
        pay.addBindValue(quantity);
        pay.addBindValue(total);
        pay.addBindValue(taxFree);
        pay.addBindValue((total - taxFree + 5) / 11);
        pay.addBindValue(QString::fromLatin1(state));
        pay.addBindValue(tid);
        pay.addBindValue(at);
        pay.addBindValue(at + 15 * 60 * 1000);
        pay.addBindValue(approvedLike ? QVariant(QStringLiteral("A") + tid.mid(1)) : QVariant());
        pay.addBindValue(approvedLike ? QVariant(at + 25'000) : QVariant());
        pay.addBindValue(rng.bounded(2) ? QStringLiteral("MONEY") : QStringLiteral("CARD"));
        pay.addBindValue(refunded);
        pay.addBindValue(refundedTaxFree);
        pay.addBindValue(refundedVat);
        pay.addBindValue(search.join(QLatin1Char('\n')).toLower());
        pay.addBindValue(at);
        if (!pay.exec()) {
            out << "insert failed: " << pay.lastError().text() << "\n";
            return 1;
        }
        const qint64 id = pay.lastInsertId().toLongLong();
        for (const QString &part : std::as_const(search)) {
            word.addBindValue(part.toLower());
            word.exec();
        }
        for (int l = 0; l < picked.size(); ++l) {
            const Product *p = picked.at(l);
            line.addBindValue(id);
            line.addBindValue(l);
            line.addBindValue(QString::fromLatin1(p->code));
            line.addBindValue(QString::fromUtf8(p->name));
            line.addBindValue(p->price);
            line.addBindValue(quantities.at(l));
            line.addBindValue(p->taxFree ? 1 : 0);
            line.exec();
        }
        if (refunded > 0) {
            refund.addBindValue(id);
            refund.addBindValue(orderId);
            refund.addBindValue(refunded);
            refund.addBindValue(refundedTaxFree);
            refund.addBindValue(refundedVat);
            refund.addBindValue(QStringLiteral("R") + tid.mid(1));
            refund.addBindValue(at + 3'600'000);
            refund.addBindValue(at + 3'601'000);
            refund.addBindValue(QStringLiteral("김민지"));
            refund.addBindValue(QStringLiteral("고객 변심"));
            if (!refund.exec()) {
                out << "refund insert failed: " << refund.lastError().text() << "\n";
                return 1;
            }
            if (refundedQty > 0) {
                refundLine.addBindValue(refund.lastInsertId());
                refundLine.addBindValue(0);
                refundLine.addBindValue(QString::fromLatin1(picked.first()->code));
                refundLine.addBindValue(refundedQty);
                refundLine.addBindValue(refunded);
                refundLine.addBindValue(picked.first()->taxFree ? 1 : 0);
                refundLine.exec();
            }
        }
        for (const char *action : {"ready-sent", approvedLike ? "approved" : state}) {
            audit.addBindValue(at);
            audit.addBindValue(QStringLiteral("counter-1"));
            audit.addBindValue(QString::fromLatin1(action));
            audit.addBindValue(orderId);
            audit.addBindValue(tid);
            audit.addBindValue(total);
            audit.addBindValue(QStringLiteral("state=") + QString::fromLatin1(state));
            audit.exec();
        }
        if (i % 50'000 == 0) {
            q.exec(QStringLiteral("COMMIT"));
            q.exec(QStringLiteral("BEGIN"));
            out << i << " payments, " << timer.elapsed() / 1000 << " s\n";
            out.flush();
        }
    }
    q.exec(QStringLiteral("COMMIT"));
    q.exec(QStringLiteral("ANALYZE"));
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    out << count << " payments written in " << timer.elapsed() / 1000 << " s\n";
    return 0;
}
