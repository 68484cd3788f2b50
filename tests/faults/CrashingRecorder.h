#pragma once

#include "store/Journal.h"

#include <QTimer>

#include <cstdlib>

// The journal, with a trap: once the event named at construction has been written (to disk:
// the journal's transaction has committed), the process aborts, at once or after delayMs of
// event loop (enough for a request sent meanwhile to leave).
class CrashingRecorder : public PaymentRecorder
{
public:
    CrashingRecorder(Journal *journal, QString crashEvent, int delayMs)
        : m_journal(journal), m_crashEvent(std::move(crashEvent)), m_delayMs(delayMs)
    {}

    bool record(const PaymentRecord &record, const QString &event) override
    {
        const bool ok = m_journal->record(record, event);
        if (!m_crashEvent.isEmpty() && event == m_crashEvent) {
            if (m_delayMs <= 0)
                std::abort();
            QTimer::singleShot(m_delayMs, [] { std::abort(); });
        }
        return ok;
    }

private:
    Journal *m_journal;
    QString m_crashEvent;
    int m_delayMs;
};
