// The refund half of Journal: a refund (and, by lines, the lines it gives back) is written before
// its cancel call leaves, and settled (done or failed) in one transaction with the payment it
// changes.
#include "Database.h"
#include "Journal.h"
#include "SqlValues.h"
#include "StoreLog.h"
#include "Transaction.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace SqlValues;

namespace {
const char kRefundColumns[] =
    "id, partner_order_id, amount_total, amount_tax_free, amount_vat, aid, requested_at, "
    "completed_at, state, manager, reason, kakaopay_code, error_message, cancel_sends";

QString refundStateName(RefundRecord::State s)
{
    switch (s) {
    case RefundRecord::State::Pending:
        return QStringLiteral("pending");
    case RefundRecord::State::Done:
        return QStringLiteral("done");
    case RefundRecord::State::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

RefundRecord::State refundStateFromName(const QString &name)
{
    if (name == QLatin1String("done"))
        return RefundRecord::State::Done;
    if (name == QLatin1String("failed"))
        return RefundRecord::State::Failed;
    return RefundRecord::State::Pending;
}

// Units given back per line position by a payment's refunds done or pending; %1 is the SQL
// for the payment's id. refunds_payment finds the refunds, refund_lines' key their lines.
const char kRefundedQuantities[] =
    "SELECT l.position, sum(l.quantity) FROM refunds r JOIN refund_lines l ON l.refund_id = r.id "
    "WHERE r.payment_id = %1 AND r.state IN ('done', 'pending') GROUP BY l.position";

std::optional<QMap<int, qint64>> readQuantities(QSqlQuery &q)
{
    if (!q.exec()) {
        qCWarning(lcStore) << "journal: reading refunded lines failed:" << q.lastError().text();
        return std::nullopt;
    }
    QMap<int, qint64> out;
    while (q.next())
        out.insert(q.value(0).toInt(), q.value(1).toLongLong());
    return out;
}

// What can be checked without the payment: units, no line twice, amounts that add up to the
// refund's total ("lines=0x1,2x3" in the audit log).
Journal::RefundRefusal checkLinesAlone(const QList<RefundedLine> &lines, const AmountSplit &amount)
{
    QSet<int> seen;
    Won sum;
    for (const RefundedLine &l : lines) {
        if (l.position < 0 || l.quantity <= 0 || l.amount.isNegative() || seen.contains(l.position))
            return Journal::RefundRefusal::InvalidLines;
        seen.insert(l.position);
        if (!Won::checkedAdd(sum, l.amount, &sum))
            return Journal::RefundRefusal::InvalidAmount;
    }
    return sum == amount.total ? Journal::RefundRefusal::None
                               : Journal::RefundRefusal::InvalidAmount;
}

QString describeLines(const QList<RefundedLine> &lines)
{
    QStringList parts;
    for (const RefundedLine &l : lines)
        parts << QStringLiteral("%1x%2").arg(l.position).arg(l.quantity);
    return parts.join(u',');
}
} // namespace

QList<RefundRecord> Journal::loadRefunds(QSqlQuery &q) const
{
    QList<RefundRecord> out;
    while (q.next()) {
        RefundRecord r;
        r.id = q.value(0).toLongLong();
        r.partnerOrderId = q.value(1).toString();
        r.amount = {Won(q.value(2).toLongLong()), Won(q.value(3).toLongLong()),
                    Won(q.value(4).toLongLong())};
        r.aid = q.value(5).toString();
        r.requestedAt = time(q.value(6));
        r.completedAt = time(q.value(7));
        r.state = refundStateFromName(q.value(8).toString());
        r.manager = q.value(9).toString();
        r.reason = q.value(10).toString();
        r.kakaopayCode = q.value(11).toInt();
        r.errorMessage = q.value(12).toString();
        r.cancelSends = q.value(13).toInt();
        out << r;
    }
    QSqlQuery lines(m_db->connection());
    lines.prepare(QStringLiteral("SELECT position, code, quantity, amount, tax_free FROM "
                                 "refund_lines WHERE refund_id = ? ORDER BY position"));
    for (RefundRecord &r : out) {
        lines.addBindValue(r.id);
        if (!lines.exec()) {
            qCWarning(lcStore) << "journal: reading refund lines failed:"
                               << lines.lastError().text();
            continue;
        }
        while (lines.next())
            r.lines << RefundedLine{lines.value(0).toInt(), lines.value(1).toString(),
                                    lines.value(2).toLongLong(), Won(lines.value(3).toLongLong()),
                                    lines.value(4).toInt() != 0};
    }
    return out;
}

std::optional<QMap<int, qint64>> Journal::refundedQuantities(qint64 paymentId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QString::fromLatin1(kRefundedQuantities).arg(QLatin1Char('?')));
    q.addBindValue(paymentId);
    return readQuantities(q);
}

std::optional<QMap<int, qint64>> Journal::refundedQuantities(const QString &partnerOrderId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QString::fromLatin1(kRefundedQuantities)
                  .arg(QLatin1String("(SELECT id FROM payments WHERE partner_order_id = ?)")));
    q.addBindValue(partnerOrderId);
    return readQuantities(q);
}

qint64 Journal::beginRefund(const QString &partnerOrderId, const AmountSplit &amount,
                            const QString &manager, const QString &reason, RefundRefusal *refusal)
{
    return beginRefund(partnerOrderId, amount, {}, manager, reason, refusal);
}

qint64 Journal::beginRefund(const QString &partnerOrderId, const AmountSplit &amount,
                            const QList<RefundedLine> &lines, const QString &manager,
                            const QString &reason, RefundRefusal *refusal)
{
    RefundRefusal dummy;
    RefundRefusal &why = refusal ? *refusal : dummy;
    why = RefundRefusal::None;
    if (amount.total <= Won(0) || amount.taxFree.isNegative() || amount.vat.isNegative() ||
        amount.taxFree + amount.vat > amount.total) {
        why = RefundRefusal::InvalidAmount;
        return 0;
    }
    if (!lines.isEmpty()) {
        why = checkLinesAlone(lines, amount);
        if (why != RefundRefusal::None)
            return 0;
    }
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive()) {
        why = RefundRefusal::StorageError;
        failedCommit(tx.lastError(), "begin refund");
        return 0;
    }
    // Read and write under the same write lock: two refunds cannot both see the same remainder.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, state, total, refunded_total, tid, "
                             "(SELECT count(*) FROM refunds WHERE payment_id = payments.id AND "
                             "state = 'pending') FROM payments WHERE partner_order_id = ?"));
    q.addBindValue(partnerOrderId);
    if (!q.exec()) {
        why = RefundRefusal::StorageError;
        failed(q, "read payment for refund");
        return 0;
    }
    if (!q.next()) {
        why = RefundRefusal::UnknownPayment;
        return 0;
    }
    const qint64 paymentId = q.value(0).toLongLong();
    PaymentState state = PaymentState::Created;
    paymentStateFromName(q.value(1).toString(), &state);
    const Won remaining = Won(q.value(2).toLongLong()) - Won(q.value(3).toLongLong());
    const QString tid = q.value(4).toString();
    if (q.value(5).toInt() > 0) {
        why = RefundRefusal::AlreadyPending;
        return 0;
    }
    if (state != PaymentState::Approved && state != PaymentState::PartRefunded) {
        why = RefundRefusal::NotRefundable;
        return 0;
    }
    if (!lines.isEmpty()) {
        // Under the same lock as the amounts: two refunds cannot both give back the last unit.
        why = checkLinesLeft(paymentId, lines);
        if (why != RefundRefusal::None)
            return 0;
    }
    if (amount.total > remaining) {
        why = RefundRefusal::ExceedsRemaining;
        return 0;
    }

    const QDateTime now = m_clock->now();
    q.prepare(QStringLiteral("INSERT INTO refunds (payment_id, partner_order_id, amount_total, "
                             "amount_tax_free, amount_vat, requested_at, state, manager, reason) "
                             "VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)"));
    q.addBindValue(paymentId);
    q.addBindValue(partnerOrderId);
    q.addBindValue(amount.total.value());
    q.addBindValue(amount.taxFree.value());
    q.addBindValue(amount.vat.value());
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(required(manager));
    q.addBindValue(required(reason));
    if (!q.exec()) {
        why = RefundRefusal::StorageError;
        failed(q, "insert refund");
        return 0;
    }
    const qint64 refundId = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO refund_lines (refund_id, position, code, quantity, "
                             "amount, tax_free) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const RefundedLine &l : lines) {
        q.addBindValue(refundId);
        q.addBindValue(l.position);
        q.addBindValue(required(l.code));
        q.addBindValue(l.quantity);
        q.addBindValue(l.amount.value());
        q.addBindValue(l.taxFree ? 1 : 0);
        if (!q.exec()) {
            why = RefundRefusal::StorageError;
            failed(q, "insert refund line");
            return 0;
        }
    }
    AuditEntry entry{0,
                     now,
                     manager,
                     QStringLiteral("refund-requested"),
                     partnerOrderId,
                     tid,
                     amount.total,
                     0,
                     QStringLiteral("refund=%1 reason=%2").arg(refundId).arg(reason)};
    bool audited = enqueueRefund(refundId) && insertAudit(entry);
    if (audited && !lines.isEmpty()) {
        entry.action = QStringLiteral("refund-lines");
        entry.detail = QStringLiteral("refund=%1 lines=%2").arg(refundId).arg(describeLines(lines));
        audited = insertAudit(entry);
    }
    if (!audited || !tx.commit()) {
        if (tx.isActive())
            failedCommit(tx.lastError(), "commit refund");
        why = RefundRefusal::StorageError;
        return 0;
    }
    return refundId;
}

Journal::RefundRefusal Journal::checkLinesLeft(qint64 paymentId, const QList<RefundedLine> &lines)
{
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("SELECT position, code, quantity FROM payment_lines WHERE payment_id = ?"));
    q.addBindValue(paymentId);
    if (!q.exec()) {
        failed(q, "read lines for refund");
        return RefundRefusal::StorageError;
    }
    QMap<int, QPair<QString, qint64>> sold;
    while (q.next())
        sold.insert(q.value(0).toInt(), {q.value(1).toString(), q.value(2).toLongLong()});
    const std::optional<QMap<int, qint64>> refunded = refundedQuantities(paymentId);
    if (!refunded)
        return RefundRefusal::StorageError;
    for (const RefundedLine &l : lines) {
        const auto it = sold.constFind(l.position);
        if (it == sold.cend() || it->first != l.code)
            return RefundRefusal::InvalidLines;
        if (l.quantity > it->second - refunded->value(l.position))
            return RefundRefusal::ExceedsLineRemaining;
    }
    return RefundRefusal::None;
}

bool Journal::completeRefund(qint64 refundId, const QString &aid, const AmountSplit &approved,
                             const QDateTime &at)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return failedCommit(tx.lastError(), "begin complete refund");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT r.payment_id, r.partner_order_id, r.manager, p.tid, p.total, "
                             "p.refunded_total FROM refunds r JOIN payments p ON p.id = "
                             "r.payment_id WHERE r.id = ? AND r.state = 'pending'"));
    q.addBindValue(refundId);
    if (!q.exec())
        return failed(q, "read refund");
    if (!q.next()) {
        qCWarning(lcStore) << "journal: refund" << refundId << "is not pending";
        return false;
    }
    const qint64 paymentId = q.value(0).toLongLong();
    const QString orderId = q.value(1).toString();
    const QString manager = q.value(2).toString();
    const QString tid = q.value(3).toString();
    const Won refundedAfter = Won(q.value(5).toLongLong()) + approved.total;
    const PaymentState newState = refundedAfter >= Won(q.value(4).toLongLong())
                                      ? PaymentState::Refunded
                                      : PaymentState::PartRefunded;
    const QDateTime when = at.isValid() ? at : m_clock->now();

    q.prepare(QStringLiteral("UPDATE refunds SET state = 'done', aid = ?, completed_at = ?, "
                             "amount_total = ?, amount_tax_free = ?, amount_vat = ? WHERE id = ?"));
    q.addBindValue(text(aid));
    q.addBindValue(when.toMSecsSinceEpoch());
    q.addBindValue(approved.total.value());
    q.addBindValue(approved.taxFree.value());
    q.addBindValue(approved.vat.value());
    q.addBindValue(refundId);
    if (!q.exec())
        return failed(q, "complete refund");
    q.prepare(QStringLiteral("UPDATE payments SET refunded_total = refunded_total + ?, "
                             "refunded_tax_free = refunded_tax_free + ?, refunded_vat = "
                             "refunded_vat + ?, state = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(approved.total.value());
    q.addBindValue(approved.taxFree.value());
    q.addBindValue(approved.vat.value());
    q.addBindValue(paymentStateName(newState));
    q.addBindValue(m_clock->now().toMSecsSinceEpoch());
    q.addBindValue(paymentId);
    if (!q.exec())
        return failed(q, "update refunded amounts");
    AuditEntry entry{
        0,
        when,
        manager,
        QStringLiteral("refund-done"),
        orderId,
        tid,
        approved.total,
        0,
        QStringLiteral("refund=%1 state=%2").arg(refundId).arg(paymentStateName(newState))};
    if (!enqueueRefund(refundId) || !enqueuePayment(paymentId) || !insertAudit(entry))
        return false;
    if (!tx.commit())
        return failedCommit(tx.lastError(), "commit complete refund");
    return true;
}

bool Journal::noteCancelSending(qint64 refundId, const AuditEntry &entry)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return failedCommit(tx.lastError(), "begin note cancel");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE refunds SET cancel_sends = cancel_sends + 1 WHERE id = ? "
                             "AND state = 'pending'"));
    q.addBindValue(refundId);
    if (!q.exec())
        return failed(q, "note cancel");
    if (q.numRowsAffected() != 1) {
        qCWarning(lcStore) << "journal: refund" << refundId << "is not pending";
        return false;
    }
    if (!insertAudit(entry))
        return false;
    if (!tx.commit())
        return failedCommit(tx.lastError(), "commit note cancel");
    m_lastError = DatabaseError();
    return true;
}

bool Journal::failRefund(qint64 refundId, int kakaopayCode, const QString &message)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.isActive())
        return failedCommit(tx.lastError(), "begin fail refund");
    const std::optional<RefundRecord> r = refund(refundId);
    if (!r || r->state != RefundRecord::State::Pending) {
        qCWarning(lcStore) << "journal: refund" << refundId << "is not pending";
        return false;
    }
    const QDateTime now = m_clock->now();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE refunds SET state = 'failed', completed_at = ?, "
                             "kakaopay_code = ?, error_message = ? WHERE id = ?"));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(kakaopayCode);
    q.addBindValue(required(message));
    q.addBindValue(refundId);
    if (!q.exec())
        return failed(q, "fail refund");
    AuditEntry entry{0,
                     now,
                     r->manager,
                     QStringLiteral("refund-failed"),
                     r->partnerOrderId,
                     QString(),
                     r->amount.total,
                     kakaopayCode,
                     QStringLiteral("refund=%1 %2").arg(refundId).arg(message)};
    if (!enqueueRefund(refundId) || !insertAudit(entry))
        return false;
    if (!tx.commit())
        return failedCommit(tx.lastError(), "commit fail refund");
    return true;
}

std::optional<RefundRecord> Journal::refund(qint64 refundId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM refunds WHERE id = ?").arg(QLatin1String(kRefundColumns)));
    q.addBindValue(refundId);
    if (!q.exec())
        return std::nullopt;
    const QList<RefundRecord> found = loadRefunds(q);
    return found.isEmpty() ? std::nullopt : std::optional<RefundRecord>(found.first());
}

QList<RefundRecord> Journal::refunds(const QString &partnerOrderId) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM refunds WHERE payment_id = (SELECT id FROM payments "
                             "WHERE partner_order_id = ?) ORDER BY id")
                  .arg(QLatin1String(kRefundColumns)));
    q.addBindValue(partnerOrderId);
    if (!q.exec())
        return {};
    return loadRefunds(q);
}

QList<RefundRecord> Journal::pendingRefunds() const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM refunds WHERE state = ? ORDER BY id")
                  .arg(QLatin1String(kRefundColumns)));
    q.addBindValue(refundStateName(RefundRecord::State::Pending));
    if (!q.exec())
        return {};
    return loadRefunds(q);
}
