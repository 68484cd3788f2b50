// The journal's outbox (see Journal.h): snapshots of payments, refunds and audit entries for the
// store server, queued in the same transaction as the change they describe.
#include "Journal.h"

#include "Database.h"
#include "SqlValues.h"
#include "StoreLog.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

using namespace SqlValues;

namespace {

const char kBackfilled[] = "outbox-backfilled";

qint64 ms(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

// What the store keeps of a payment: everything but the pg_token (no use outside the counter).
QJsonObject paymentJson(const PaymentRecord &r)
{
    QJsonArray lines;
    QStringList search{r.itemName.toLower()};
    for (const OrderLine &l : r.lines) {
        lines.append(QJsonObject{{QStringLiteral("code"), l.code},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("unit_price"), l.unitPrice.value()},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("tax_free"), l.taxFree}});
        search << l.name.toLower() << l.code.toLower();
    }
    search << r.partnerOrderId.toLower() << r.tid.toLower();
    return {{QStringLiteral("partner_order_id"), r.partnerOrderId},
            {QStringLiteral("partner_user_id"), r.partnerUserId},
            {QStringLiteral("training"), r.training},
            {QStringLiteral("state"), paymentStateName(r.state)},
            {QStringLiteral("tid"), r.tid},
            {QStringLiteral("item_name"), r.itemName},
            {QStringLiteral("quantity"), r.quantity},
            {QStringLiteral("total"), r.totals.total.value()},
            {QStringLiteral("tax_free"), r.totals.taxFree.value()},
            {QStringLiteral("vat"), r.totals.vat.value()},
            {QStringLiteral("refunded_total"), r.refundedTotal.value()},
            {QStringLiteral("refunded_tax_free"), r.refundedTaxFree.value()},
            {QStringLiteral("refunded_vat"), r.refundedVat.value()},
            {QStringLiteral("created_at"), ms(r.createdAt)},
            {QStringLiteral("expires_at"), ms(r.expiresAt)},
            {QStringLiteral("approved_at"),
             r.approvedAt.isValid() ? QJsonValue(ms(r.approvedAt)) : QJsonValue(QString())},
            {QStringLiteral("aid"), r.aid},
            {QStringLiteral("payment_method_type"), r.paymentMethodType},
            {QStringLiteral("card_json"), r.cardJson},
            {QStringLiteral("last_error_code"), r.lastErrorCode},
            {QStringLiteral("last_error_message"), r.lastErrorMessage},
            {QStringLiteral("released_by"), r.releasedBy},
            {QStringLiteral("search_text"), search.join(u'\n')},
            {QStringLiteral("lines"), lines}};
}

QJsonObject refundJson(const RefundRecord &r)
{
    static const char *const states[] = {"pending", "done", "failed"};
    QJsonArray lines;
    for (const RefundedLine &l : r.lines)
        lines.append(QJsonObject{{QStringLiteral("position"), l.position},
                                 {QStringLiteral("code"), l.code},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("amount"), l.amount.value()},
                                 {QStringLiteral("tax_free"), l.taxFree}});
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("partner_order_id"), r.partnerOrderId},
            {QStringLiteral("state"), QLatin1String(states[int(r.state)])},
            {QStringLiteral("amount_total"), r.amount.total.value()},
            {QStringLiteral("amount_tax_free"), r.amount.taxFree.value()},
            {QStringLiteral("amount_vat"), r.amount.vat.value()},
            {QStringLiteral("aid"), r.aid},
            {QStringLiteral("manager"), r.manager},
            {QStringLiteral("reason"), r.reason},
            {QStringLiteral("requested_at"), ms(r.requestedAt)},
            {QStringLiteral("completed_at"),
             r.completedAt.isValid() ? QJsonValue(ms(r.completedAt)) : QJsonValue(QString())},
            {QStringLiteral("kakaopay_code"), r.kakaopayCode},
            {QStringLiteral("error_message"), r.errorMessage},
            {QStringLiteral("lines"), lines}};
}

QJsonObject auditJson(const AuditEntry &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("at"), ms(e.at)},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("partner_order_id"), e.partnerOrderId},
            {QStringLiteral("tid"), e.tid},
            {QStringLiteral("amount"),
             e.amount ? QJsonValue(e.amount->value()) : QJsonValue(QString())},
            {QStringLiteral("kakaopay_code"), e.kakaopayCode},
            {QStringLiteral("detail"), e.detail}};
}

} // namespace

bool Journal::enqueue(const QString &kind, const QString &key, const QJsonObject &payload)
{
    if (!m_outbox)
        return true;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "INSERT INTO outbox (kind, entry_key, payload, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(kind);
    q.addBindValue(key);
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(m_clock->now().toMSecsSinceEpoch());
    if (!q.exec())
        return failed(q, "queue for the store");
    return true;
}

bool Journal::enqueuePayment(qint64 paymentId)
{
    if (!m_outbox)
        return true;
    const std::optional<PaymentRecord> p = paymentById(paymentId);
    if (!p) {
        qCCritical(lcStore) << "journal: payment" << paymentId << "not found for the store";
        return false;
    }
    return enqueue(QStringLiteral("payment"), p->partnerOrderId, paymentJson(*p));
}

bool Journal::enqueueRefund(qint64 refundId)
{
    if (!m_outbox)
        return true;
    const std::optional<RefundRecord> r = refund(refundId);
    if (!r) {
        qCCritical(lcStore) << "journal: refund" << refundId << "not found for the store";
        return false;
    }
    return enqueue(QStringLiteral("refund"), QString::number(r->id), refundJson(*r));
}

bool Journal::enqueueAudit(const AuditEntry &entry)
{
    return enqueue(QStringLiteral("audit"), QString::number(entry.id), auditJson(entry));
}

bool Journal::setOutboxEnabled(bool enabled)
{
    if (!enabled || m_outbox) {
        m_outbox = enabled;
        return true;
    }
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return failedCommit(tx.lastError(), "begin outbox");
    m_outbox = true;
    if (!backfillOutbox() || !tx.commit()) {
        m_outbox = false;
        if (tx.isActive())
            failedCommit(tx.lastError(), "commit outbox");
        return false;
    }
    m_lastError = DatabaseError();
    return true;
}

bool Journal::backfillOutbox()
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT value FROM journal_meta WHERE key = ?"));
    q.addBindValue(QLatin1String(kBackfilled));
    if (!q.exec())
        return failed(q, "read outbox state");
    if (q.next())
        return true;
    // The first time: everything already in the journal goes too, oldest first, so that the
    // store holds the counter's whole history, not only what comes from now on.
    for (const char *table : {"payments", "refunds"}) {
        QList<qint64> ids;
        if (!q.exec(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(QLatin1String(table))))
            return failed(q, "list for the store");
        while (q.next())
            ids << q.value(0).toLongLong();
        const bool payments = qstrcmp(table, "payments") == 0;
        for (qint64 id : std::as_const(ids)) {
            if (!(payments ? enqueuePayment(id) : enqueueRefund(id)))
                return false;
        }
    }
    AuditFilter all;
    all.limit = std::numeric_limits<int>::max();
    QList<AuditEntry> entries = audit(all);
    std::reverse(entries.begin(), entries.end());
    for (const AuditEntry &e : std::as_const(entries)) {
        if (!enqueueAudit(e))
            return false;
    }
    q.prepare(QStringLiteral("INSERT INTO journal_meta (key, value) VALUES (?, '1')"));
    q.addBindValue(QLatin1String(kBackfilled));
    if (!q.exec())
        return failed(q, "mark outbox filled");
    return true;
}

QList<Journal::OutboxEntry> Journal::outbox(int limit) const
{
    QList<OutboxEntry> out;
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("SELECT seq, kind, entry_key, payload FROM outbox ORDER BY seq LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next())
        out << OutboxEntry{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString().toUtf8()};
    return out;
}

qint64 Journal::outboxSize() const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM outbox")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool Journal::acknowledgeOutbox(qint64 seq)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE seq <= ?"));
    q.addBindValue(seq);
    if (!q.exec())
        return failed(q, "acknowledge outbox");
    return true;
}
