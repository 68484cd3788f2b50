#pragma once

#include "core/Clock.h"

// The simulator's clock: a base clock (the system's, or a test's ManualClock) plus an offset
// that POST /__sim/clock/advance moves forward.
class SimClock : public Clock
{
public:
    explicit SimClock(Clock *base) : m_base(base ? base : Clock::system()) {}
    QDateTime now() const override { return m_base->now().addMSecs(m_offsetMs); }
    void advance(qint64 ms) { m_offsetMs += ms; }

private:
    Clock *m_base;
    qint64 m_offsetMs = 0;
};
