#pragma once

#include "checkout/PaymentRecord.h"
#include "core/Won.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

class Database;

// What the history view asks for. Empty fields do not filter.
struct HistoryFilter
{
    enum class Training
    {
        Exclude, // real sales only (the default everywhere money is summed)
        Only,
        Include
    };

    QDateTime from; // created_at, inclusive
    QDateTime to;   // created_at, exclusive
    QList<PaymentState> states;
    std::optional<Won> minTotal; // inclusive
    std::optional<Won> maxTotal; // inclusive
    QString tid;                 // exact
    QString partnerOrderId;      // exact
    QString text;                // substring of the item name or of any line's name or code
    Training training = Training::Exclude;
};

// Where the next page starts: after the last row shown (keyset paging, never OFFSET).
struct HistoryCursor
{
    qint64 createdAtMs = 0;
    qint64 id = 0;
    bool isValid() const { return id > 0; }
};

// One line of the history list: enough to show it; the full record comes from the journal.
struct HistoryRow
{
    qint64 id = 0;
    QString partnerOrderId;
    QString tid;
    QDateTime createdAt;
    PaymentState state = PaymentState::Created;
    Won total;
    Won refundedTotal;
    QString itemName;
    QString paymentMethodType;
    bool training = false;
};

struct HistoryPage
{
    QList<HistoryRow> rows;
    HistoryCursor next; // valid when hasMore
    bool hasMore = false;
    bool ok = true; // false: the query failed (logged)
};

// Filtered, newest-first pages of payments that stay fast on a million rows: every filter runs
// on an index that is already in (created_at, id) order, so the first page reads about as many
// rows as it shows.
class HistoryQuery
{
public:
    // A text of 3+ characters matching fewer payments than this is looked up in the trigram
    // index; a more common one by scanning newest first (see page()). Tests make it small.
    static constexpr int kDefaultTextIndexLimit = 5000;

    explicit HistoryQuery(Database *db, int textIndexLimit = kDefaultTextIndexLimit);

    HistoryPage page(const HistoryFilter &filter, const HistoryCursor &after = {},
                     int limit = 50) const;
    // The SQL and values page() runs: for EXPLAIN in tests and for the benchmark's sqlite3 runs.
    struct Statement
    {
        QString sql;
        QVariantList values;
    };
    static Statement pageStatement(const HistoryFilter &filter, const HistoryCursor &after,
                                   int limit);

    // Matching rows, counted up to `cap` (the view shows "1,000+"): bounded cost on any filter.
    qint64 count(const HistoryFilter &filter, qint64 cap = 1000) const;

private:
    HistoryPage run(const Statement &statement, int limit) const;
    qint64 textHits(const QString &ftsExpression, qint64 cap) const;
    bool matchingWords(const QString &text, QStringList *words) const;

    Database *m_db;
    int m_textIndexLimit;
};
