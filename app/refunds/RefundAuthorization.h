#pragma once

#include "auth/AuthResult.h"

#include <QDateTime>
#include <QString>

// A manager's "yes" to one refund of one payment: made from the ManagerStore's answer to the PIN
// asked for that refund, bound to the payment, short-lived and used once. A login that would
// authorise anything for a while does not exist on purpose.
class RefundAuthorization
{
public:
    static constexpr qint64 kLifetimeMs = 5 * 60 * 1000;

    RefundAuthorization() = default;
    // `result`: what ManagerStore::authorize answered for this refund; `at`: when.
    static RefundAuthorization grant(const AuthResult &result, const QString &partnerOrderId,
                                     const QDateTime &at);

    bool isGranted() const { return m_status == AuthResult::Status::Ok && m_serial > 0; }
    AuthResult::Status status() const { return m_status; }
    QString manager() const { return m_manager; }
    QString partnerOrderId() const { return m_partnerOrderId; }
    QDateTime grantedAt() const { return m_grantedAt; }
    quint64 serial() const { return m_serial; } // unique in this process: used-once checks
    // Granted, for this payment, and not older than kLifetimeMs at `now`.
    bool allows(const QString &partnerOrderId, const QDateTime &now) const;

private:
    AuthResult::Status m_status = AuthResult::Status::StorageError;
    QString m_manager;
    QString m_partnerOrderId;
    QDateTime m_grantedAt;
    quint64 m_serial = 0;
};
