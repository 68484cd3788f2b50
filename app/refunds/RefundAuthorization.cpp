#include "RefundAuthorization.h"

#include <atomic>

RefundAuthorization RefundAuthorization::grant(const AuthResult &result,
                                               const QString &partnerOrderId, const QDateTime &at)
{
    static std::atomic<quint64> next{1};
    RefundAuthorization a;
    a.m_status = result.status;
    a.m_manager = result.manager;
    a.m_partnerOrderId = partnerOrderId;
    a.m_grantedAt = at;
    a.m_serial = next++;
    return a;
}

bool RefundAuthorization::allows(const QString &partnerOrderId, const QDateTime &now) const
{
    if (!isGranted() || m_manager.isEmpty() || m_partnerOrderId != partnerOrderId ||
        !m_grantedAt.isValid())
        return false;
    const qint64 age = m_grantedAt.msecsTo(now);
    return age >= -1000 && age <= kLifetimeMs;
}
