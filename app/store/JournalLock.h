#pragma once

#include <QLockFile>
#include <QString>

// Marks a journal as in use by one process that settles payments (the app, or
// `paydesk-cli reconcile`). Two settlers at once could both approve the same payment: KakaoPay
// refuses the second approve, but the journal of the loser would be wrong until the next
// reconcile. A lock left by a process that died is stale and taken over.
class JournalLock
{
public:
    explicit JournalLock(const QString &journalPath);

    bool tryLock(); // false: another live process holds it
    qint64 holderPid() const { return m_holderPid; }

private:
    QLockFile m_lock;
    qint64 m_holderPid = 0;
};
