#pragma once

#include "AuditEntry.h"
#include "DatabaseError.h"
#include "RefundRecord.h"
#include "checkout/PaymentRecord.h"
#include "core/Clock.h"

#include <QList>
#include <optional>

class Database;
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
        NotRefundable,    // not approved (or already refunded in full)
        InvalidAmount,    // zero, negative, or parts that do not fit the total
        ExceedsRemaining, // more than what is left of the payment
        AlreadyPending,   // another refund of this payment is in flight
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
    // KakaoPay approved the cancel: records what it approved and moves the payment's refunded
    // amounts and state along, in the same transaction.
    bool completeRefund(qint64 refundId, const QString &aid, const AmountSplit &approved,
                        const QDateTime &at);
    bool failRefund(qint64 refundId, int kakaopayCode, const QString &message);
    std::optional<RefundRecord> refund(qint64 refundId) const;
    QList<RefundRecord> refunds(const QString &partnerOrderId) const;
    QList<RefundRecord> pendingRefunds() const;

    bool appendAudit(const AuditEntry &entry);
    QList<AuditEntry> audit(const AuditFilter &filter = {}) const;

    // The last write failure (disk full, read-only, …), for the UI.
    DatabaseError lastError() const { return m_lastError; }

private:
    bool insertAudit(const AuditEntry &entry);
    bool failed(const QSqlQuery &query, const char *what);
    bool failedCommit(const QSqlError &error, const char *what);
    QList<PaymentRecord> loadPayments(QSqlQuery &query) const;
    QList<RefundRecord> loadRefunds(QSqlQuery &query) const;

    Database *m_db;
    Clock *m_clock;
    DatabaseError m_lastError;
};
