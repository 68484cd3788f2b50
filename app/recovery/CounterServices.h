#pragma once

#include "DoubtMonitor.h"

#include <QObject>
#include <QScopedPointer>

class Journal;
class JournalLock;
class RefundService;
namespace KakaoPay {
class Client;
}

// What a counter needs to move money on one journal, shared by the app and paydesk-cli: the
// journal's lock (one journal, one writer), the refund service and the DoubtMonitor. Without
// the lock (another PayDesk, or paydesk-cli reconcile, holds the journal) it is read-only:
// no payments, no refunds, no recovery, and it says who holds it.
class CounterServices : public QObject
{
    Q_OBJECT

public:
    // `journalPath`: the journal's file (the lock sits next to it). The monitor's timing
    // follows the client's timeout: the quiet period before the one re-send of an approve is
    // twice it, a manager's re-send of a refund waits one.
    CounterServices(KakaoPay::Client *client, Journal *journal, const QString &journalPath,
                    QObject *parent = nullptr);
    CounterServices(KakaoPay::Client *client, Journal *journal, const QString &journalPath,
                    const DoubtMonitor::Options &options, QObject *parent = nullptr);
    ~CounterServices() override;

    static DoubtMonitor::Options optionsFor(int clientTimeoutMs);

    bool isReadOnly() const { return !m_locked; }
    qint64 holderPid() const; // of the lock, when read-only
    RefundService *refunds() const { return m_refunds.data(); }
    DoubtMonitor *doubts() const { return m_doubts.data(); }

private:
    QScopedPointer<JournalLock> m_lock;
    QScopedPointer<RefundService> m_refunds;
    QScopedPointer<DoubtMonitor> m_doubts;
    bool m_locked = false;
};
