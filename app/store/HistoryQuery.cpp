#include "HistoryQuery.h"

#include "Database.h"
#include "StoreLog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
// The shortest text the trigram index can look up; shorter texts scan with LIKE.
constexpr int kTrigram = 3;

enum class TextMode
{
    Auto, // trigram index for 3 characters or more, LIKE below
    Like,
    Skip
};

struct Where
{
    QStringList clauses;
    QVariantList values;
    void add(const QString &clause, const QVariant &value = {})
    {
        clauses << clause;
        if (value.isValid())
            values << value;
    }
};

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// A phrase query: the trigram tokenizer turns it into "contains this substring".
QString ftsPhrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString normalizedText(const HistoryFilter &f)
{
    return f.text.trimmed().toLower();
}

Where buildWhere(const HistoryFilter &f, const HistoryCursor &after, TextMode mode = TextMode::Auto)
{
    Where w;
    switch (f.training) {
    case HistoryFilter::Training::Exclude:
        w.add(QStringLiteral("training = 0"));
        break;
    case HistoryFilter::Training::Only:
        w.add(QStringLiteral("training = 1"));
        break;
    case HistoryFilter::Training::Include:
        break;
    }
    if (!f.partnerOrderId.isEmpty())
        w.add(QStringLiteral("partner_order_id = ?"), f.partnerOrderId);
    if (!f.tid.isEmpty())
        w.add(QStringLiteral("tid = ?"), f.tid);
    if (f.from.isValid())
        w.add(QStringLiteral("created_at >= ?"), f.from.toMSecsSinceEpoch());
    if (f.to.isValid())
        w.add(QStringLiteral("created_at < ?"), f.to.toMSecsSinceEpoch());
    if (f.states.size() == 1) {
        w.add(QStringLiteral("state = ?"), paymentStateName(f.states.first()));
    } else if (!f.states.isEmpty()) {
        QStringList marks;
        for (PaymentState s : f.states) {
            marks << QStringLiteral("?");
            w.values << paymentStateName(s);
        }
        // Unary + keeps SQLite on the ordered index instead of sorting every matching row.
        w.clauses << QStringLiteral("+state IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    // Amounts filter rows met on the ordered scan; an amount index would need a sort.
    if (f.minTotal)
        w.add(QStringLiteral("+total >= ?"), f.minTotal->value());
    if (f.maxTotal)
        w.add(QStringLiteral("+total <= ?"), f.maxTotal->value());
    const QString text = normalizedText(f);
    if (mode == TextMode::Skip || text.isEmpty()) {
        // no text condition
    } else if (mode == TextMode::Auto && text.size() >= kTrigram) {
        w.add(QStringLiteral("id IN (SELECT rowid FROM payments_fts WHERE payments_fts MATCH ?)"),
              ftsPhrase(text));
    } else {
        w.add(QStringLiteral("search_text LIKE ? ESCAPE '\\'"), likePattern(text));
    }
    if (after.isValid()) {
        w.add(QStringLiteral("(created_at, id) < (?, ?)"), after.createdAtMs);
        w.values << after.id;
    }
    return w;
}

QString whereSql(const Where &w)
{
    return w.clauses.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + w.clauses.join(QStringLiteral(" AND "));
}

HistoryQuery::Statement selectPage(const Where &w, int limit)
{
    HistoryQuery::Statement st;
    st.sql = QStringLiteral("SELECT id, partner_order_id, tid, created_at, state, total, "
                            "refunded_total, item_name, payment_method_type, training "
                            "FROM payments%1 ORDER BY created_at DESC, id DESC LIMIT ?")
                 .arg(whereSql(w));
    st.values = w.values;
    st.values << limit + 1; // one more tells whether there is a next page
    return st;
}
} // namespace

HistoryQuery::HistoryQuery(Database *db, int textWindow)
    : m_db(db), m_textWindow(qMax(1, textWindow))
{}

HistoryQuery::Statement HistoryQuery::pageStatement(const HistoryFilter &filter,
                                                    const HistoryCursor &after, int limit)
{
    return selectPage(buildWhere(filter, after), limit);
}

std::optional<HistoryCursor> HistoryQuery::windowEnd(const HistoryFilter &filter,
                                                     const HistoryCursor &after) const
{
    const Where w = buildWhere(filter, after, TextMode::Skip);
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT created_at, id FROM payments%1 ORDER BY created_at DESC, "
                             "id DESC LIMIT 1 OFFSET ?")
                  .arg(whereSql(w)));
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    q.addBindValue(m_textWindow - 1);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return HistoryCursor{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

HistoryPage HistoryQuery::page(const HistoryFilter &filter, const HistoryCursor &after,
                               int limit) const
{
    limit = qBound(1, limit, 1000);
    if (normalizedText(filter).size() < kTrigram)
        return run(pageStatement(filter, after, limit), limit);

    // A common text ("americano": one sale in ten) matches tens of thousands of rows, which the
    // trigram index returns unordered: sorting them all costs more than scanning the newest rows
    // in order until a page is full. So look among the newest m_textWindow candidates first and
    // ask the index only when they hold less than a page (then the text is rare and the index
    // answers in a few rows).
    const std::optional<HistoryCursor> end = windowEnd(filter, after);
    Where w = buildWhere(filter, after, TextMode::Like);
    if (end) {
        w.add(QStringLiteral("(created_at, id) >= (?, ?)"), end->createdAtMs);
        w.values << end->id;
    }
    HistoryPage page = run(selectPage(w, limit), limit);
    if (!page.ok || page.hasMore || !end)
        return page; // a full page, or every candidate was in the window
    return run(pageStatement(filter, after, limit), limit);
}

HistoryPage HistoryQuery::run(const Statement &st, int limit) const
{
    HistoryPage page;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(st.sql);
    for (const QVariant &v : st.values)
        q.addBindValue(v);
    if (!q.exec()) {
        qCWarning(lcStore) << "history query failed:" << q.lastError().text();
        page.ok = false;
        return page;
    }
    qint64 lastCreated = 0;
    while (q.next()) {
        if (page.rows.size() == limit) {
            page.hasMore = true;
            break;
        }
        HistoryRow row;
        row.id = q.value(0).toLongLong();
        row.partnerOrderId = q.value(1).toString();
        row.tid = q.value(2).toString();
        lastCreated = q.value(3).toLongLong();
        row.createdAt = QDateTime::fromMSecsSinceEpoch(lastCreated);
        paymentStateFromName(q.value(4).toString(), &row.state);
        row.total = Won(q.value(5).toLongLong());
        row.refundedTotal = Won(q.value(6).toLongLong());
        row.itemName = q.value(7).toString();
        row.paymentMethodType = q.value(8).toString();
        row.training = q.value(9).toInt() != 0;
        page.rows << row;
    }
    if (page.hasMore)
        page.next = HistoryCursor{lastCreated, page.rows.last().id};
    return page;
}

qint64 HistoryQuery::count(const HistoryFilter &filter, qint64 cap) const
{
    const Where w = buildWhere(filter, {});
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM payments%1 LIMIT ?)").arg(whereSql(w)));
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    q.addBindValue(qMax<qint64>(1, cap));
    if (!q.exec() || !q.next()) {
        qCWarning(lcStore) << "history count failed:" << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}
