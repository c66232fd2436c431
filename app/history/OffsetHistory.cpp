#include "history/OffsetHistory.h"

#include "util/Clock.h"

using namespace Qt::StringLiterals;

OffsetHistory::OffsetHistory(const Clock& clock)
    : OffsetHistory(clock, Limits{})
{}

OffsetHistory::OffsetHistory(const Clock& clock, const Limits& limits)
    : m_clock(clock)
    , m_limits(limits)
    , m_series{SampleSeries(limits.samplesPerSeries), SampleSeries(limits.samplesPerSeries),
               SampleSeries(limits.samplesPerSeries)}
    , m_leap{LeapStatusTrack(limits.maxLeapRuns), LeapStatusTrack(limits.maxLeapRuns)}
    , m_markers(limits.maxMarkers)
{}

QString OffsetHistory::seriesName(HistorySeries series)
{
    switch (series) {
    case HistorySeries::System2ToSystem1:
        return u"system2_to_system1"_s;
    case HistorySeries::System1SystemTime:
        return u"system1_system_time"_s;
    case HistorySeries::System2SystemTime:
        return u"system2_system_time"_s;
    }
    return QString();
}

bool OffsetHistory::append(const OffsetReading& reading)
{
    const qint64 now = m_clock.nowMs();
    // All parts are stamped with the same time, so one check up front keeps them aligned.
    for (const SampleSeries& s : m_series) {
        if (!s.isEmpty() && now <= s.last().timeMs)
            return false;
    }
    for (const LeapStatusTrack& track : m_leap) {
        if (!track.isEmpty() && now <= track.at(track.size() - 1).endMs)
            return false;
    }
    const std::array<double, SeriesCount> values{reading.system2ToSystem1, reading.system1SystemTime,
                                                 reading.system2SystemTime};
    // System 2's offset to System 1 comes from System 2's answer.
    const std::array<bool, SeriesCount> missed{reading.system2Missed, reading.system1Missed, reading.system2Missed};
    for (size_t i = 0; i < m_series.size(); ++i) {
        if (missed[i])
            continue;
        if (std::isfinite(values[i]))
            m_series[i].append(now, values[i]);
        else
            m_series[i].appendGap(now);
    }
    if (!reading.system1Missed)
        m_leap[0].record(now, reading.system1Leap);
    if (!reading.system2Missed)
        m_leap[1].record(now, reading.system2Leap);
    evictOld(now);
    return true;
}

bool OffsetHistory::markStep(double beforeS, double afterS)
{
    EventMarker marker;
    marker.kind = EventMarker::Kind::Step;
    marker.system = 2;
    marker.beforeS = beforeS;
    marker.afterS = afterS;
    return addMarker(marker);
}

bool OffsetHistory::markContactLost(int system)
{
    EventMarker marker;
    marker.kind = EventMarker::Kind::ContactLost;
    marker.system = quint8(system);
    marker.beforeS = marker.afterS = std::nan("");
    return (system == 1 || system == 2) && addMarker(marker);
}

bool OffsetHistory::markContactRegained(int system)
{
    EventMarker marker;
    marker.kind = EventMarker::Kind::ContactRegained;
    marker.system = quint8(system);
    marker.beforeS = marker.afterS = std::nan("");
    return (system == 1 || system == 2) && addMarker(marker);
}

bool OffsetHistory::addMarker(EventMarker marker)
{
    marker.timeMs = m_clock.nowMs();
    if (!m_markers.add(marker))
        return false;
    evictOld(marker.timeMs);
    return true;
}

void OffsetHistory::clear()
{
    for (SampleSeries& s : m_series)
        s.clear();
    for (LeapStatusTrack& track : m_leap)
        track.clear();
    m_markers.clear();
}

void OffsetHistory::evictOld(qint64 nowMs)
{
    const qint64 oldest = nowMs - m_limits.retentionMs;
    for (SampleSeries& s : m_series)
        s.evictBefore(oldest);
    for (LeapStatusTrack& track : m_leap)
        track.evictBefore(oldest);
    m_markers.evictBefore(oldest);
}

void OffsetHistory::restore(std::array<SampleSeries, SeriesCount>&& series, std::array<LeapStatusTrack, 2>&& leap,
                            EventMarkers&& markers, qint64 savedAtMs)
{
    m_series = std::move(series);
    m_leap = std::move(leap);
    m_markers = std::move(markers);
    for (SampleSeries& s : m_series) {
        if (!s.isEmpty())
            s.appendGap(std::max(savedAtMs, s.last().timeMs + 1));
    }
    for (LeapStatusTrack& track : m_leap) {
        if (!track.isEmpty())
            track.record(std::max(savedAtMs, track.at(track.size() - 1).endMs + 1), LeapStatus::Unknown);
    }
    evictOld(m_clock.nowMs());
}
