#include "CounterServices.h"

#include "RecoveryLog.h"
#include "kakaopay/KakaoPayClient.h"
#include "refunds/RefundService.h"
#include "store/JournalLock.h"

CounterServices::CounterServices(KakaoPay::Client *client, Journal *journal,
                                 const QString &journalPath, QObject *parent)
    : CounterServices(client, journal, journalPath,
                      optionsFor(client ? client->config().timeoutMs : 10000), parent)
{}

CounterServices::CounterServices(KakaoPay::Client *client, Journal *journal,
                                 const QString &journalPath, const DoubtMonitor::Options &options,
                                 QObject *parent)
    : QObject(parent), m_lock(new JournalLock(journalPath))
{
    if (!m_lock->tryLock()) {
        qCWarning(lcRecovery) << "journal" << journalPath << "is held by process"
                              << m_lock->holderPid() << ": read-only";
        return;
    }
    m_locked = true;
    if (!client || !journal)
        return;
    m_refunds.reset(new RefundService(client, journal));
    m_doubts.reset(new DoubtMonitor(client, journal, nullptr, options));
    m_doubts->setRefundService(m_refunds.data());
    DoubtMonitor *doubts = m_doubts.data();
    connect(m_refunds.data(), &RefundService::finished, doubts, [doubts](const RefundResult &r) {
        if (r.outcome == RefundResult::Outcome::InDoubt)
            doubts->adoptRefund(r.refundId);
    });
}

CounterServices::~CounterServices()
{
    // The monitor asks the refund service; both before the lock goes.
    m_doubts.reset();
    m_refunds.reset();
}

DoubtMonitor::Options CounterServices::optionsFor(int clientTimeoutMs)
{
    DoubtMonitor::Options options;
    options.payments.quietMs = 2 * qint64(clientTimeoutMs);
    options.refundCall.confirmWaitMs = clientTimeoutMs;
    return options;
}

qint64 CounterServices::holderPid() const
{
    return m_lock->holderPid();
}
