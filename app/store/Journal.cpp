#include "Journal.h"

#include "Database.h"
#include "SqlValues.h"
#include "StoreLog.h"
#include "Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace SqlValues;

namespace {
const char kPaymentColumns[] =
    "id, partner_order_id, partner_user_id, training, item_name, quantity, total, tax_free, vat, "
    "state, tid, pg_token, created_at, expires_at, aid, approved_at, payment_method_type, "
    "card_json, refunded_total, refunded_tax_free, refunded_vat, last_error_code, "
    "last_error_message, approve_sends, released_by";

// What the item-text search looks in: the name sent to KakaoPay and every line's name and code,
// lower-cased, one per line of search_text and each one a row of search_words.
QStringList searchParts(const PaymentRecord &r)
{
    QStringList raw{r.itemName};
    for (const OrderLine &line : r.lines)
        raw << line.name << line.code;
    QStringList parts;
    for (const QString &part : raw) {
        const QString clean = part.toLower().replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (!clean.isEmpty())
            parts << clean;
    }
    return parts;
}
} // namespace

Journal::Journal(Database *db, Clock *clock) : m_db(db), m_clock(clock) {}

bool Journal::failed(const QSqlQuery &query, const char *what)
{
    m_lastError = DatabaseError::fromSql(query.lastError());
    m_db->setError(m_lastError);
    qCCritical(lcStore) << "journal:" << what << "failed:" << query.lastError().text();
    return false;
}

bool Journal::failedCommit(const QSqlError &error, const char *what)
{
    m_lastError = DatabaseError::fromSql(error);
    m_db->setError(m_lastError);
    qCCritical(lcStore) << "journal:" << what << "failed:" << error.text();
    return false;
}

bool Journal::record(const PaymentRecord &r, const QString &event)
{
    if (r.partnerOrderId.isEmpty()) {
        qCCritical(lcStore) << "journal: record without partner_order_id refused";
        return false;
    }
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return failedCommit(tx.lastError(), "begin record");

    const QDateTime now = m_clock->now();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO payments (partner_order_id, partner_user_id, training, item_name, quantity, "
        "total, tax_free, vat, state, tid, pg_token, created_at, expires_at, aid, approved_at, "
        "payment_method_type, card_json, refunded_total, refunded_tax_free, refunded_vat, "
        "last_error_code, last_error_message, search_text, updated_at, approve_sends, "
        "released_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?) "
        "ON CONFLICT (partner_order_id) DO UPDATE SET partner_user_id = excluded.partner_user_id, "
        "training = excluded.training, item_name = excluded.item_name, "
        "quantity = excluded.quantity, total = excluded.total, tax_free = excluded.tax_free, "
        "vat = excluded.vat, state = excluded.state, tid = excluded.tid, "
        "pg_token = excluded.pg_token, created_at = excluded.created_at, "
        "expires_at = excluded.expires_at, aid = excluded.aid, approved_at = excluded.approved_at, "
        "payment_method_type = excluded.payment_method_type, card_json = excluded.card_json, "
        "refunded_total = excluded.refunded_total, refunded_tax_free = excluded.refunded_tax_free, "
        "refunded_vat = excluded.refunded_vat, last_error_code = excluded.last_error_code, "
        "last_error_message = excluded.last_error_message, search_text = excluded.search_text, "
        "updated_at = excluded.updated_at, approve_sends = excluded.approve_sends, "
        "released_by = excluded.released_by"));
    q.addBindValue(r.partnerOrderId);
    q.addBindValue(required(r.partnerUserId));
    q.addBindValue(r.training ? 1 : 0);
    q.addBindValue(required(r.itemName));
    q.addBindValue(r.quantity);
    q.addBindValue(r.totals.total.value());
    q.addBindValue(r.totals.taxFree.value());
    q.addBindValue(r.totals.vat.value());
    q.addBindValue(paymentStateName(r.state));
    q.addBindValue(text(r.tid));
    q.addBindValue(text(r.pgToken));
    q.addBindValue(r.createdAt.isValid() ? r.createdAt.toMSecsSinceEpoch()
                                         : now.toMSecsSinceEpoch());
    q.addBindValue(time(r.expiresAt));
    q.addBindValue(text(r.aid));
    q.addBindValue(time(r.approvedAt));
    q.addBindValue(text(r.paymentMethodType));
    q.addBindValue(text(r.cardJson));
    q.addBindValue(r.refundedTotal.value());
    q.addBindValue(r.refundedTaxFree.value());
    q.addBindValue(r.refundedVat.value());
    q.addBindValue(r.lastErrorCode);
    q.addBindValue(text(r.lastErrorMessage));
    const QStringList parts = searchParts(r);
    q.addBindValue(required(parts.join(QLatin1Char('\n'))));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(r.approveSends);
    q.addBindValue(text(r.releasedBy));
    if (!q.exec())
        return failed(q, "upsert payment");

    q.prepare(QStringLiteral("SELECT id FROM payments WHERE partner_order_id = ?"));
    q.addBindValue(r.partnerOrderId);
    if (!q.exec() || !q.next())
        return failed(q, "find payment id");
    const qint64 paymentId = q.value(0).toLongLong();

    // Lines are replaced as a whole: the record passed in is the truth.
    q.prepare(QStringLiteral("DELETE FROM payment_lines WHERE payment_id = ?"));
    q.addBindValue(paymentId);
    if (!q.exec())
        return failed(q, "clear lines");
    q.prepare(QStringLiteral("INSERT INTO payment_lines (payment_id, position, code, name, "
                             "unit_price, quantity, tax_free) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < r.lines.size(); ++i) {
        const OrderLine &line = r.lines.at(i);
        q.addBindValue(paymentId);
        q.addBindValue(i);
        q.addBindValue(required(line.code));
        q.addBindValue(required(line.name));
        q.addBindValue(line.unitPrice.value());
        q.addBindValue(line.quantity);
        q.addBindValue(line.taxFree ? 1 : 0);
        if (!q.exec())
            return failed(q, "insert line");
    }

    q.prepare(QStringLiteral("INSERT OR IGNORE INTO search_words (word) VALUES (?)"));
    for (const QString &part : parts) {
        q.addBindValue(part);
        if (!q.exec())
            return failed(q, "insert search word");
    }

    if (!enqueuePayment(paymentId))
        return false;

    AuditEntry entry;
    entry.at = now;
    entry.actor = r.partnerUserId;
    entry.action = event;
    entry.partnerOrderId = r.partnerOrderId;
    entry.tid = r.tid;
    entry.amount = r.totals.total;
    entry.kakaopayCode = r.lastErrorCode;
    entry.detail = QStringLiteral("state=") + paymentStateName(r.state) +
                   (r.training ? QStringLiteral(" training") : QString());
    if (!insertAudit(entry))
        return false;
    if (!tx.commit())
        return failedCommit(tx.lastError(), "commit record");
    m_lastError = DatabaseError();
    return true;
}

QList<PaymentRecord> Journal::loadPayments(QSqlQuery &q) const
{
    QList<PaymentRecord> out;
    QList<qint64> ids;
    while (q.next()) {
        PaymentRecord r;
        ids << q.value(0).toLongLong();
        r.partnerOrderId = q.value(1).toString();
        r.partnerUserId = q.value(2).toString();
        r.training = q.value(3).toInt() != 0;
        r.itemName = q.value(4).toString();
        r.quantity = q.value(5).toLongLong();
        r.totals.total = Won(q.value(6).toLongLong());
        r.totals.taxFree = Won(q.value(7).toLongLong());
        r.totals.vat = Won(q.value(8).toLongLong());
        if (!paymentStateFromName(q.value(9).toString(), &r.state))
            qCWarning(lcStore) << "journal: unknown state" << q.value(9).toString();
        r.tid = q.value(10).toString();
        r.pgToken = q.value(11).toString();
        r.createdAt = time(q.value(12));
        r.expiresAt = time(q.value(13));
        r.aid = q.value(14).toString();
        r.approvedAt = time(q.value(15));
        r.paymentMethodType = q.value(16).toString();
        r.cardJson = q.value(17).toString();
        r.refundedTotal = Won(q.value(18).toLongLong());
        r.refundedTaxFree = Won(q.value(19).toLongLong());
        r.refundedVat = Won(q.value(20).toLongLong());
        r.lastErrorCode = q.value(21).toInt();
        r.lastErrorMessage = q.value(22).toString();
        r.approveSends = q.value(23).toInt();
        r.releasedBy = q.value(24).toString();
        out << r;
    }
    QSqlQuery lines(m_db->connection());
    lines.prepare(QStringLiteral("SELECT code, name, unit_price, quantity, tax_free FROM "
                                 "payment_lines WHERE payment_id = ? ORDER BY position"));
    for (int i = 0; i < out.size(); ++i) {
        lines.addBindValue(ids.at(i));
        if (!lines.exec()) {
            qCWarning(lcStore) << "journal: reading lines failed:" << lines.lastError().text();
            continue;
        }
        while (lines.next()) {
            OrderLine line;
            line.code = lines.value(0).toString();
            line.name = lines.value(1).toString();
            line.unitPrice = Won(lines.value(2).toLongLong());
            line.quantity = lines.value(3).toLongLong();
            line.taxFree = lines.value(4).toInt() != 0;
            out[i].lines << line;
        }
    }
    return out;
}

std::optional<PaymentRecord> Journal::payment(const QString &partnerOrderId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM payments WHERE partner_order_id = ?")
                  .arg(QLatin1String(kPaymentColumns)));
    q.addBindValue(partnerOrderId);
    if (!q.exec())
        return std::nullopt;
    const QList<PaymentRecord> found = loadPayments(q);
    return found.isEmpty() ? std::nullopt : std::optional<PaymentRecord>(found.first());
}

std::optional<PaymentRecord> Journal::paymentById(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM payments WHERE id = ?").arg(QLatin1String(kPaymentColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return std::nullopt;
    const QList<PaymentRecord> found = loadPayments(q);
    return found.isEmpty() ? std::nullopt : std::optional<PaymentRecord>(found.first());
}

std::optional<PaymentRecord> Journal::paymentByTid(const QString &tid) const
{
    if (tid.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM payments WHERE tid = ? ORDER BY id DESC LIMIT 1")
                  .arg(QLatin1String(kPaymentColumns)));
    q.addBindValue(tid);
    if (!q.exec())
        return std::nullopt;
    const QList<PaymentRecord> found = loadPayments(q);
    return found.isEmpty() ? std::nullopt : std::optional<PaymentRecord>(found.first());
}

QList<PaymentRecord> Journal::pendingPayments() const
{
    QStringList open;
    for (PaymentState s :
         {PaymentState::Created, PaymentState::AwaitingBuyer, PaymentState::TokenReceived,
          PaymentState::Approving, PaymentState::InDoubt}) {
        Q_ASSERT(!isFinalPaymentState(s));
        open << QLatin1Char('\'') + paymentStateName(s) + QLatin1Char('\'');
    }
    // The states are constants of this build, not input. INDEXED BY: left to itself SQLite walks
    // payments_created to avoid a sort, reading every row (1.2 s at a million payments, on the
    // start path); the few open payments are found through payments_state and sorted instead.
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM payments INDEXED BY payments_state WHERE state IN "
                             "(%2) ORDER BY created_at, id")
                  .arg(QLatin1String(kPaymentColumns), open.join(QLatin1Char(','))));
    if (!q.exec())
        return {};
    return loadPayments(q);
}

bool Journal::insertAudit(const AuditEntry &e)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, partner_order_id, tid, "
                             "amount, kakaopay_code, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue((e.at.isValid() ? e.at : m_clock->now()).toMSecsSinceEpoch());
    q.addBindValue(required(e.actor));
    q.addBindValue(required(e.action));
    q.addBindValue(text(e.partnerOrderId));
    q.addBindValue(text(e.tid));
    q.addBindValue(e.amount ? QVariant(e.amount->value()) : QVariant());
    q.addBindValue(e.kakaopayCode);
    q.addBindValue(required(e.detail));
    if (!q.exec())
        return failed(q, "append audit");
    AuditEntry stored = e;
    stored.id = q.lastInsertId().toLongLong();
    stored.at = e.at.isValid() ? e.at : m_clock->now();
    return enqueueAudit(stored);
}

bool Journal::appendAudit(const AuditEntry &entry)
{
    if (!insertAudit(entry))
        return false;
    m_lastError = DatabaseError();
    return true;
}

QList<AuditEntry> Journal::audit(const AuditFilter &f) const
{
    QStringList where;
    QVariantList values;
    auto add = [&](const char *clause, const QVariant &value) {
        where << QLatin1String(clause);
        values << value;
    };
    if (!f.partnerOrderId.isEmpty())
        add("partner_order_id = ?", f.partnerOrderId);
    if (!f.actor.isEmpty())
        add("actor = ?", f.actor);
    if (!f.action.isEmpty())
        add("action = ?", f.action);
    if (f.from.isValid())
        add("at >= ?", f.from.toMSecsSinceEpoch());
    if (f.to.isValid())
        add("at < ?", f.to.toMSecsSinceEpoch());
    if (f.beforeId > 0)
        add("id < ?", f.beforeId);
    QString sql = QStringLiteral("SELECT id, at, actor, action, partner_order_id, tid, amount, "
                                 "kakaopay_code, detail FROM audit_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values << qMax(1, f.limit);

    QSqlQuery q(m_db->connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<AuditEntry> out;
    if (!q.exec()) {
        qCWarning(lcStore) << "journal: reading audit failed:" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = time(q.value(1));
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.partnerOrderId = q.value(4).toString();
        e.tid = q.value(5).toString();
        if (!q.value(6).isNull())
            e.amount = Won(q.value(6).toLongLong());
        e.kakaopayCode = q.value(7).toInt();
        e.detail = q.value(8).toString();
        out << e;
    }
    return out;
}
