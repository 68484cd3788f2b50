#include "HistoryQuery.h"

#include "Database.h"
#include "StoreLog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
// The shortest text the trigram index can look up; shorter texts scan with LIKE.
constexpr int kTrigram = 3;

// Short texts are first looked up among the distinct search words; more matches than this and
// the text is common enough for the newest-first scan.
constexpr int kMaxWords = 100;

enum class TextMode
{
    Auto, // trigram index for 3 characters or more, LIKE below
    Like,
    Fts // the given FTS expression
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

Where buildWhere(const HistoryFilter &f, const HistoryCursor &after, TextMode mode = TextMode::Auto,
                 const QString &ftsExpression = {})
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
    if (text.isEmpty()) {
        // no text condition
    } else if (mode == TextMode::Fts || (mode == TextMode::Auto && text.size() >= kTrigram)) {
        w.add(QStringLiteral("id IN (SELECT rowid FROM payments_fts WHERE payments_fts MATCH ?)"),
              mode == TextMode::Fts ? ftsExpression : ftsPhrase(text));
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

HistoryQuery::HistoryQuery(Database *db, int textIndexLimit)
    : m_db(db), m_textIndexLimit(qMax(1, textIndexLimit))
{}

HistoryQuery::Statement HistoryQuery::pageStatement(const HistoryFilter &filter,
                                                    const HistoryCursor &after, int limit)
{
    return selectPage(buildWhere(filter, after), limit);
}

qint64 HistoryQuery::textHits(const QString &ftsExpression, qint64 cap) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM payments_fts WHERE "
                             "payments_fts MATCH ? LIMIT ?)"));
    q.addBindValue(ftsExpression);
    q.addBindValue(cap);
    if (!q.exec() || !q.next()) {
        qCWarning(lcStore) << "history text probe failed:" << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

bool HistoryQuery::matchingWords(const QString &text, QStringList *words) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT word FROM search_words WHERE word LIKE ? ESCAPE '\\' "
                             "LIMIT ?"));
    q.addBindValue(likePattern(text));
    q.addBindValue(kMaxWords + 1);
    if (!q.exec()) {
        qCWarning(lcStore) << "history word lookup failed:" << q.lastError().text();
        return false;
    }
    while (q.next())
        *words << q.value(0).toString();
    return words->size() <= kMaxWords;
}

HistoryPage HistoryQuery::page(const HistoryFilter &filter, const HistoryCursor &after,
                               int limit) const
{
    limit = qBound(1, limit, 1000);
    const QString text = normalizedText(filter);
    if (text.isEmpty())
        return run(pageStatement(filter, after, limit), limit);
    const Statement scan = selectPage(buildWhere(filter, after, TextMode::Like), limit);

    QString expression = ftsPhrase(text);
    if (text.size() < kTrigram) {
        // Too short for the trigram index: every row that contains the text has a search word
        // that contains it, so the words found (long enough themselves) make the index query.
        QStringList words;
        if (!matchingWords(text, &words))
            return run(scan, limit);
        if (words.isEmpty())
            return HistoryPage(); // sold nothing of that name: no need to read a million rows
        QStringList phrases;
        for (const QString &word : std::as_const(words)) {
            if (word.size() < kTrigram)
                return run(scan, limit);
            phrases << ftsPhrase(word);
        }
        expression = phrases.join(QStringLiteral(" OR "));
    }
    // The trigram index returns its matches unordered, so the page costs a sort of all of them:
    // cheap for a rare text, not for "americano" (one sale in ten). A common text is found
    // sooner by the newest-first scan, a few rows per match. Both give the same rows.
    const qint64 hits = textHits(expression, m_textIndexLimit);
    if (hits >= 0 && hits < m_textIndexLimit)
        return run(selectPage(buildWhere(filter, after, TextMode::Fts, expression), limit), limit);
    return run(scan, limit);
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
