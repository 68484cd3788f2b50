#include "ExportQuery.h"

#include "Database.h"
#include "SqlValues.h"
#include "StoreLog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
// A sale's approval comes within the tid's 15 minutes of its ready; a day of margin on
// created_at lets the payments_created index narrow the scan whatever the clocks said.
constexpr qint64 kApprovalMarginMs = 24 * 60 * 60 * 1000;

// Sales are payments KakaoPay approved (whatever was refunded since: the refunds are rows of
// their own); refunds are the ones KakaoPay carried out, as negative amounts.
const char kSql[] = R"(
SELECT 0 AS kind, COALESCE(p.approved_at, p.created_at) AS at, p.id AS row_id,
       p.partner_order_id, p.tid, p.aid, p.state, p.payment_method_type, p.item_name,
       p.quantity, p.total, p.tax_free, p.vat, p.training
FROM payments p
WHERE p.state IN ('approved', 'part_refunded', 'refunded')
  AND p.created_at >= ? AND p.created_at < ?
  AND COALESCE(p.approved_at, p.created_at) >= ? AND COALESCE(p.approved_at, p.created_at) < ?
  %1
UNION ALL
SELECT 1, r.completed_at, r.id, r.partner_order_id, p.tid, r.aid, r.state,
       p.payment_method_type, p.item_name, 0, -r.amount_total, -r.amount_tax_free,
       -r.amount_vat, p.training
FROM refunds r JOIN payments p ON p.id = r.payment_id
WHERE r.state = 'done' AND r.completed_at >= ? AND r.completed_at < ?
  %1
ORDER BY at, kind, row_id)";

QString trainingClause(const ExportFilter &filter)
{
    return filter.includeTraining ? QString() : QStringLiteral("AND p.training = 0");
}
} // namespace

ExportQuery::ExportQuery(Database *db) : m_db(db) {}

ExportQuery::~ExportQuery() = default;

bool ExportQuery::fail(const QSqlQuery &query)
{
    m_error = DatabaseError::fromSql(query.lastError());
    qCWarning(lcStore) << "export query failed:" << query.lastError().text();
    return false;
}

bool ExportQuery::start(const ExportFilter &filter)
{
    m_error = DatabaseError();
    m_query.reset(new QSqlQuery(m_db->connection()));
    // Forward only: Qt keeps no copy of the rows already read.
    m_query->setForwardOnly(true);
    if (!m_query->prepare(QString::fromLatin1(kSql).arg(trainingClause(filter))))
        return fail(*m_query);
    const qint64 from = filter.from.toMSecsSinceEpoch();
    const qint64 to = filter.to.toMSecsSinceEpoch();
    for (qint64 value : {from - kApprovalMarginMs, to, from, to, from, to})
        m_query->addBindValue(value);
    if (!m_query->exec())
        return fail(*m_query);
    return true;
}

bool ExportQuery::next(ExportRow *row)
{
    if (!m_query || !m_query->isActive())
        return false;
    if (!m_query->next()) {
        if (m_query->lastError().isValid())
            fail(*m_query);
        m_query->finish();
        return false;
    }
    const QSqlQuery &q = *m_query;
    row->type = q.value(0).toInt() == 0 ? ExportRow::Type::Sale : ExportRow::Type::Refund;
    row->at = SqlValues::time(q.value(1));
    row->id = q.value(2).toLongLong();
    row->partnerOrderId = q.value(3).toString();
    row->tid = q.value(4).toString();
    row->aid = q.value(5).toString();
    row->state = q.value(6).toString();
    row->paymentMethodType = q.value(7).toString();
    row->itemName = q.value(8).toString();
    row->quantity = q.value(9).toLongLong();
    row->total = Won(q.value(10).toLongLong());
    row->taxFree = Won(q.value(11).toLongLong());
    row->vat = Won(q.value(12).toLongLong());
    row->training = q.value(13).toInt() != 0;
    return true;
}

std::optional<ExportQuery::InDoubt> ExportQuery::inDoubt(const ExportFilter &filter) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
                  "SELECT (SELECT COUNT(*) FROM payments p WHERE p.state IN ('created', "
                  "'awaiting_buyer', 'token_received', 'approving') AND p.created_at >= ? AND "
                  "p.created_at < ? %1), (SELECT COUNT(*) FROM refunds r JOIN payments p ON p.id "
                  "= r.payment_id WHERE r.state = 'pending' AND r.requested_at >= ? AND "
                  "r.requested_at < ? %1)")
                  .arg(trainingClause(filter)));
    for (int i = 0; i < 2; ++i) {
        q.addBindValue(filter.from.toMSecsSinceEpoch());
        q.addBindValue(filter.to.toMSecsSinceEpoch());
    }
    if (!q.exec() || !q.next()) {
        qCWarning(lcStore) << "export in-doubt count failed:" << q.lastError().text();
        return std::nullopt;
    }
    return InDoubt{q.value(0).toLongLong(), q.value(1).toLongLong()};
}
