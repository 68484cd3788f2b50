#pragma once

#include "AuditEntry.h"
#include "DatabaseError.h"
#include "RefundRecord.h"
#include "checkout/PaymentRecord.h"
#include "core/Clock.h"

#include <QList>
#include <QMap>
#include <optional>

class Database;
class QJsonObject;
class QSqlQuery;

// The durable record of every payment, refund and audited action. Each call is one SQLite
// transaction on a WAL file with synchronous=FULL: when it returns true the data is on disk.
class Journal : public PaymentRecorder
{
public:
    enum class RefundRefusal
    {
        None,
        UnknownPayment,
        NotRefundable,        // not approved (or already refunded in full)
        InvalidAmount,        // zero, negative, or parts that do not fit the total
        ExceedsRemaining,     // more than what is left of the payment
        AlreadyPending,       // another refund of this payment is in flight
        InvalidLines,         // a line not on the payment (position or code), twice, or no units
        ExceedsLineRemaining, // more units of a line than were sold less earlier refunds
        StorageError
    };

    explicit Journal(Database *db, Clock *clock = Clock::system());

    // PaymentRecorder: upserts by partnerOrderId and appends an audit entry, in one transaction.
    bool record(const PaymentRecord &record, const QString &event) override;

    std::optional<PaymentRecord> payment(const QString &partnerOrderId) const;
    std::optional<PaymentRecord> paymentByTid(const QString &tid) const;
    // Payments not in a final state, oldest first: what recovery asks KakaoPay about.
    QList<PaymentRecord> pendingPayments() const;

    // Written before the cancel call is sent. Returns the refund id, or 0 (see *refusal).
    qint64 beginRefund(const QString &partnerOrderId, const AmountSplit &amount,
                       const QString &manager, const QString &reason,
                       RefundRefusal *refusal = nullptr);
    // A refund by lines: the lines are written with the refund, in its transaction, after
    // checking them against the payment's lines less what earlier refunds (done or pending) gave
    // back. Their amounts must add up to amount.total.
    qint64 beginRefund(const QString &partnerOrderId, const AmountSplit &amount,
                       const QList<RefundedLine> &lines, const QString &manager,
                       const QString &reason, RefundRefusal *refusal = nullptr);
    // KakaoPay approved the cancel: records what it approved and moves the payment's refunded
    // amounts and state along, in the same transaction.
    bool completeRefund(qint64 refundId, const QString &aid, const AmountSplit &approved,
                        const QDateTime &at);
    bool failRefund(qint64 refundId, int kakaopayCode, const QString &message);
    // Counts one more cancel that may leave for this pending refund, with its audit entry, in
    // one transaction, before the cancel is sent. False: not recorded, so not to be sent.
    bool noteCancelSending(qint64 refundId, const AuditEntry &entry);
    std::optional<RefundRecord> refund(qint64 refundId) const;
    QList<RefundRecord> refunds(const QString &partnerOrderId) const;
    QList<RefundRecord> pendingRefunds() const;
    // Units of each line (by position) that refunds by lines gave back: refunds done or still
    // pending (in doubt) count, failed ones do not. Lines never refunded are absent. nullopt
    // when the journal could not be read.
    std::optional<QMap<int, qint64>> refundedQuantities(const QString &partnerOrderId) const;

    bool appendAudit(const AuditEntry &entry);
    QList<AuditEntry> audit(const AuditFilter &filter = {}) const;

    // The outbox (JournalOutbox.cpp): while on, every change also queues a snapshot for the store
    // server, in the change's own transaction. Turning it on the first time queues everything
    // the journal already holds. False: it could not be turned on (the storage error is kept).
    bool setOutboxEnabled(bool enabled);
    bool isOutboxEnabled() const { return m_outbox; }
    struct OutboxEntry
    {
        qint64 seq = 0;
        QString kind;       // payment, refund, audit
        QString key;        // partner_order_id, refund id, audit id
        QByteArray payload; // compact JSON
    };
    // The oldest `limit` entries not acknowledged yet.
    QList<OutboxEntry> outbox(int limit) const;
    qint64 outboxSize() const;
    // The store has them: forget every entry up to and including `seq`.
    bool acknowledgeOutbox(qint64 seq);

    // The last write failure (disk full, read-only, …), for the UI.
    DatabaseError lastError() const { return m_lastError; }

private:
    bool insertAudit(const AuditEntry &entry);
    bool failed(const QSqlQuery &query, const char *what);
    bool failedCommit(const QSqlError &error, const char *what);
    QList<PaymentRecord> loadPayments(QSqlQuery &query) const;
    std::optional<PaymentRecord> paymentById(qint64 id) const;
    QList<RefundRecord> loadRefunds(QSqlQuery &query) const;
    std::optional<QMap<int, qint64>> refundedQuantities(qint64 paymentId) const;
    RefundRefusal checkLinesLeft(qint64 paymentId, const QList<RefundedLine> &lines);
    // Queue snapshots (inside the caller's transaction); true when off.
    bool enqueuePayment(qint64 paymentId);
    bool enqueueRefund(qint64 refundId);
    bool enqueueAudit(const AuditEntry &entry);
    bool enqueue(const QString &kind, const QString &key, const QJsonObject &payload);
    bool backfillOutbox(); // once per journal: what it held before the outbox was on

    Database *m_db;
    Clock *m_clock;
    DatabaseError m_lastError;
    bool m_outbox = false;
};
