#pragma once

#include "cmdmon/LeapStatus.h"
#include "history/Ring.h"

#include <QString>

#include <optional>

// A run of one status, as observed: first and last time it was seen.
struct LeapRun
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    LeapStatus status = LeapStatus::Unknown;
};

// Leap status over time as a change list: one entry per run, not per sample, so a week of "Normal"
// is a single entry. Bounded by a number of runs and trimmed to the history window.
class LeapStatusTrack
{
public:
    // One run per second of a week: the worst case of a status that flips on every poll.
    static constexpr qsizetype DefaultMaxRuns = 7 * 24 * 3600;

    explicit LeapStatusTrack(qsizetype maxRuns = DefaultMaxRuns);

    // Extends the last run when the status is unchanged, else starts a new one. Refuses a time
    // not after the last one recorded.
    bool record(qint64 timeMs, LeapStatus status);
    // Drops runs that ended before timeMs and clips the first remaining run to start there.
    void evictBefore(qint64 timeMs);
    void clear() { m_runs.clear(); }

    qsizetype size() const { return m_runs.size(); }
    qsizetype maxRuns() const { return m_runs.maxSize(); }
    bool isEmpty() const { return m_runs.isEmpty(); }
    const LeapRun& at(qsizetype i) const { return m_runs[i]; }

    // The status of the run covering timeMs (startMs <= t <= endMs), if any.
    std::optional<LeapStatus> statusAt(qint64 timeMs) const;
    // Index of the first run that ends at or after timeMs: where a band starting at timeMs begins.
    qsizetype firstEndingAtOrAfter(qint64 timeMs) const;

private:
    Ring<LeapRun> m_runs;
};
