#pragma once

#include "shegong/core/base/clock.h"

namespace shegong::core {

//! When a session should lock for lack of input (MLPS: 10 minutes by default).
class IdleLock {
public:
    IdleLock(int minutes, Clock clock = systemTime)
        : m_minutes(minutes), m_clock(std::move(clock)), m_last(m_clock())
    {}
    //! Input happened: the idle time starts again.
    void touch() { m_last = m_clock(); }
    bool due() const { return m_last.secsTo(m_clock()) >= 60LL * m_minutes; }

private:
    int m_minutes;
    Clock m_clock;
    QDateTime m_last;
};

} // namespace shegong::core
