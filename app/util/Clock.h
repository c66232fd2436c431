#pragma once

#include <QtGlobal>

// Everything that reads the time (history stamps, timeouts, alerts) asks a Clock, so tests can move
// time forward by hand instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;

    // Wall-clock time in ms since the Unix epoch: what a chart axis and a CSV row show. It can jump
    // when the clock is stepped (which is exactly what "Sync now" may do).
    virtual qint64 nowMs() const = 0;
    // A clock that never goes backwards, for measuring durations and deadlines.
    virtual qint64 monotonicMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
    qint64 monotonicMs() const override;

    // One process-wide instance for code that has no clock injected (shells, the GUI).
    static const SystemClock& instance();
};

// A clock that only moves when told to: set the wall time, or advance both readings together.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 nowMs = 0, qint64 monotonicMs = 0)
        : m_nowMs(nowMs)
        , m_monotonicMs(monotonicMs)
    {}

    qint64 nowMs() const override { return m_nowMs; }
    qint64 monotonicMs() const override { return m_monotonicMs; }

    // Moves only the wall clock, like a step of the system clock: it may go backwards.
    void setNowMs(qint64 nowMs) { m_nowMs = nowMs; }
    // Time passing: both readings move forward by the same amount.
    void advance(qint64 ms);

private:
    qint64 m_nowMs;
    qint64 m_monotonicMs;
};
