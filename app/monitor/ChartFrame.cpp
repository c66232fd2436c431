#include "ChartFrame.h"

#include "history/Decimator.h"

#include <algorithm>
#include <cmath>

qsizetype ChartFrame::pointCount() const
{
    qsizetype n = 0;
    for (const auto& series : segments) {
        for (const QList<QPointF>& segment : series)
            n += segment.size();
    }
    return n;
}

ChartFrame ChartFrame::build(const OffsetHistory& history, qint64 fromMs, qint64 toMs, int columns)
{
    ChartFrame frame;
    frame.fromMs = fromMs;
    frame.toMs = std::max(toMs, fromMs + 1);
    frame.columns = std::max(columns, 1);
    double low = INFINITY;
    double high = -INFINITY;
    for (int s = 0; s < OffsetHistory::SeriesCount; ++s) {
        const QList<QPointF> points =
            Decimator::decimate(history.series(HistorySeries(s)), frame.fromMs, frame.toMs, frame.columns);
        QList<QList<QPointF>>& out = frame.segments[size_t(s)];
        QList<QPointF> current;
        const double sign = OffsetHistory::aheadSign(HistorySeries(s));
        for (QPointF p : points) {
            p.setY(p.y() * sign);
            if (std::isnan(p.y())) {
                if (!current.isEmpty() && out.size() + 1 < MaxSegmentsPerSeries) {
                    out.append(current);
                    current.clear();
                }
                continue;
            }
            low = std::min(low, p.y());
            high = std::max(high, p.y());
            current.append(p);
        }
        if (!current.isEmpty())
            out.append(current);
    }
    if (low <= high) {
        // 8 % headroom so a peak does not sit on the frame; at least 2 µs tall so a flat line is visible.
        const double span = std::max(high - low, 2e-6);
        const double middle = (low + high) / 2;
        frame.yMin = middle - span * 0.54;
        frame.yMax = middle + span * 0.54;
    }
    for (int system = 1; system <= 2; ++system) {
        const LeapStatusTrack& track = history.leapTrack(system);
        for (qsizetype i = track.firstEndingAtOrAfter(frame.fromMs); i < track.size(); ++i) {
            LeapRun run = track.at(i);
            if (run.startMs > frame.toMs)
                break;
            run.startMs = std::max(run.startMs, frame.fromMs);
            run.endMs = std::min(run.endMs, frame.toMs);
            frame.leapRuns[size_t(system - 1)].append(run);
        }
    }
    const EventMarkers& markers = history.markers();
    const qsizetype first = markers.lowerBound(frame.fromMs);
    // An outage that began before the window: the latest lost/regained marker of each system before it.
    std::array<std::optional<qint64>, 2> lostSince;
    std::array<bool, 2> known{false, false};
    for (qsizetype i = first - 1; i >= 0 && !(known[0] && known[1]); --i) {
        const EventMarker& m = markers.at(i);
        if (m.kind == EventMarker::Kind::Step || known[size_t(m.system - 1)])
            continue;
        known[size_t(m.system - 1)] = true;
        if (m.kind == EventMarker::Kind::ContactLost)
            lostSince[size_t(m.system - 1)] = m.timeMs;
    }
    const auto addSpan = [&frame](int system, qint64 startMs, qint64 endMs, bool ongoing) {
        frame.outages.append(
            OutageSpan{system, std::max(startMs, frame.fromMs), std::min(endMs, frame.toMs), ongoing, endMs - startMs});
    };
    for (qsizetype i = first; i < markers.size() && markers.at(i).timeMs <= frame.toMs; ++i) {
        const EventMarker& m = markers.at(i);
        std::optional<qint64>& since = lostSince[size_t(m.system - 1)];
        if (m.kind == EventMarker::Kind::Step) {
            frame.markers.append(m);
        } else if (m.kind == EventMarker::Kind::ContactLost) {
            if (!since) // a second "lost" without "regained" in between (a restart) extends the first
                since = m.timeMs;
        } else if (since) {
            addSpan(m.system, *since, m.timeMs, false);
            since.reset();
        }
    }
    for (int system = 1; system <= 2; ++system) {
        if (const std::optional<qint64>& since = lostSince[size_t(system - 1)])
            addSpan(system, *since, frame.toMs, true);
    }
    std::sort(frame.outages.begin(), frame.outages.end(),
              [](const OutageSpan& a, const OutageSpan& b) { return a.startMs < b.startMs; });
    return frame;
}

ChartReadout ChartReadout::at(const OffsetHistory& history, qint64 timeMs, qint64 toleranceMs)
{
    ChartReadout readout;
    readout.timeMs = timeMs;
    for (int s = 0; s < OffsetHistory::SeriesCount; ++s) {
        const SampleSeries& series = history.series(HistorySeries(s));
        const qsizetype after = series.lowerBound(timeMs);
        std::optional<qsizetype> best;
        for (qsizetype i : {after - 1, after}) {
            if (i < 0 || i >= series.size() || std::abs(series.at(i).timeMs - timeMs) > toleranceMs)
                continue;
            if (!best || std::abs(series.at(i).timeMs - timeMs) < std::abs(series.at(*best).timeMs - timeMs))
                best = i;
        }
        if (best && !std::isnan(series.at(*best).value))
            readout.values[size_t(s)] = series.at(*best).value * OffsetHistory::aheadSign(HistorySeries(s));
    }
    for (int system = 1; system <= 2; ++system) {
        if (const std::optional<LeapStatus> status = history.leapTrack(system).statusAt(timeMs))
            readout.leap[size_t(system - 1)] = status;
    }
    return readout;
}
