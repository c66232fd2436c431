#include "util/Clock.h"

#include <QDateTime>
#include <QElapsedTimer>

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 SystemClock::monotonicMs() const
{
    // QElapsedTimer's epoch is arbitrary but fixed for the process; its monotonic reference
    // (CLOCK_MONOTONIC on Linux) is what makes this immune to clock steps.
    static const QElapsedTimer started = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return started.elapsed();
}

const SystemClock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

void ManualClock::advance(qint64 ms)
{
    Q_ASSERT(ms >= 0);
    m_nowMs += ms;
    m_monotonicMs += ms;
}
