#pragma once

#include <QDateTime>

// Time source. Expiry (a tid lives 15 minutes) and lockouts (5 wrong PINs) are decided against
// a Clock so tests can move time instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The process-wide wall clock.
    static Clock *system();
};

// A clock a test sets and advances by hand.
class ManualClock : public Clock
{
public:
    explicit ManualClock(const QDateTime &start = QDateTime::currentDateTime()) : m_now(start) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t; }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};
