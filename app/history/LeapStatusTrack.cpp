#include "history/LeapStatusTrack.h"

using namespace Qt::StringLiterals;

LeapStatusTrack::LeapStatusTrack(qsizetype maxRuns)
    : m_runs(maxRuns)
{}

bool LeapStatusTrack::record(qint64 timeMs, LeapStatus status)
{
    if (!m_runs.isEmpty()) {
        LeapRun& last = m_runs.back();
        if (timeMs <= last.endMs)
            return false;
        if (last.status == status) {
            last.endMs = timeMs;
            return true;
        }
    }
    if (m_runs.isFull())
        m_runs.popFront();
    m_runs.pushBack(LeapRun{timeMs, timeMs, status});
    return true;
}

void LeapStatusTrack::evictBefore(qint64 timeMs)
{
    while (!m_runs.isEmpty() && m_runs.front().endMs < timeMs)
        m_runs.popFront();
    if (!m_runs.isEmpty() && m_runs.front().startMs < timeMs)
        m_runs[0].startMs = timeMs;
}

qsizetype LeapStatusTrack::firstEndingAtOrAfter(qint64 timeMs) const
{
    qsizetype lo = 0;
    qsizetype hi = m_runs.size();
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (m_runs[mid].endMs < timeMs)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

std::optional<LeapStatus> LeapStatusTrack::statusAt(qint64 timeMs) const
{
    const qsizetype i = firstEndingAtOrAfter(timeMs);
    if (i < m_runs.size() && m_runs[i].startMs <= timeMs)
        return m_runs[i].status;
    return std::nullopt;
}
