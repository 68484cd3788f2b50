#include "JournalLock.h"

JournalLock::JournalLock(const QString &journalPath) : m_lock(journalPath + QStringLiteral(".lock"))
{
    m_lock.setStaleLockTime(0); // only a dead holder makes the lock stale, never its age
}

bool JournalLock::tryLock()
{
    if (m_lock.tryLock(0))
        return true;
    QString host;
    QString app;
    m_lock.getLockInfo(&m_holderPid, &host, &app);
    return false;
}
