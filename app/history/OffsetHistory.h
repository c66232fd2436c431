#pragma once

#include "history/EventMarkers.h"
#include "history/LeapStatusTrack.h"
#include "history/SampleSeries.h"

#include <QString>

#include <array>
#include <cmath>

class Clock;

// The series of one pair, in a fixed order (also the order of the file and the CSV columns).
enum class HistorySeries {
    System2ToSystem1 = 0,  // System 2's offset to System 1
    System1SystemTime = 1, // System 1's TRACKING current_correction ("System time")
    System2SystemTime = 2, // System 2's TRACKING current_correction
};

// One poll of both systems. NaN means "not measured this time" (that system did not answer).
struct OffsetReading
{
    double system2ToSystem1 = std::nan("");
    double system1SystemTime = std::nan("");
    double system2SystemTime = std::nan("");
    LeapStatus system1Leap = LeapStatus::Unknown;
    LeapStatus system2Leap = LeapStatus::Unknown;
    // A system that missed only this poll (its link is degraded, not down): its series get no
    // sample and no gap, so a lossy link does not chop the lines into dots.
    bool system1Missed = false;
    bool system2Missed = false;
};

// Everything the live panel charts for one pair of systems: three offset series, the two leap
// status tracks and the event markers, all bounded to the same window (7 days by default) and
// stamped by an injected Clock. Persistence is HistoryFile's job, CSV is HistoryCsv's.
class OffsetHistory
{
public:
    static constexpr int SeriesCount = 3;

    struct Limits
    {
        qsizetype samplesPerSeries = SampleSeries::DefaultCapacity;
        qint64 retentionMs = qint64(7) * 24 * 3600 * 1000;
        qsizetype maxLeapRuns = LeapStatusTrack::DefaultMaxRuns;
        qsizetype maxMarkers = EventMarkers::DefaultCapacity;
    };

    explicit OffsetHistory(const Clock& clock);
    OffsetHistory(const Clock& clock, const Limits& limits);

    // Stable names: file format, CSV header, chart legend keys.
    static QString seriesName(HistorySeries series);
    // Everything Tandem shows (chart, readout, CSV) uses one sign: + = ahead of the reference. The
    // history keeps each value as measured: System 2 to System 1 already so (factor 1), the system
    // times as chronyd reports them, positive when the clock is slow (factor -1).
    static double aheadSign(HistorySeries series) { return series == HistorySeries::System2ToSystem1 ? 1.0 : -1.0; }

    // Stamps the reading with the clock's wall time. A missing value becomes a gap in its series.
    // Returns false (and stores nothing) when the clock went backwards past the last stored poll,
    // e.g. after a step of this machine's clock: the history stays in time order.
    bool append(const OffsetReading& reading);
    bool markStep(double beforeS, double afterS);
    bool markContactLost(int system);
    bool markContactRegained(int system);
    void clear();

    const SampleSeries& series(HistorySeries series) const { return m_series[size_t(series)]; }
    const LeapStatusTrack& leapTrack(int system) const { return m_leap[system == 1 ? 0 : 1]; }
    const EventMarkers& markers() const { return m_markers; }
    const Limits& limits() const { return m_limits; }
    const Clock& clock() const { return m_clock; }

    // Replaces the contents with what a file held (HistoryFile checked it), drops what is older
    // than the window, and marks a gap where recording stopped: the time Tandem was not running
    // must not be drawn as a straight line.
    void restore(std::array<SampleSeries, SeriesCount>&& series, std::array<LeapStatusTrack, 2>&& leap,
                 EventMarkers&& markers, qint64 savedAtMs);

private:
    bool addMarker(EventMarker marker);
    void evictOld(qint64 nowMs);

    const Clock& m_clock;
    Limits m_limits;
    std::array<SampleSeries, SeriesCount> m_series;
    std::array<LeapStatusTrack, 2> m_leap;
    EventMarkers m_markers;
};
