#pragma once

#include "history/EventMarkers.h"
#include "history/LeapStatusTrack.h"
#include "history/OffsetHistory.h"

#include <QList>
#include <QPointF>

#include <array>
#include <optional>

// One outage of a system's monitoring: a lost marker and the regained one after it, drawn as one
// shaded span with one label instead of two lines (a flapping link gave dozens of them).
struct OutageSpan
{
    int system = 2;
    qint64 startMs = 0; // clipped to the window
    qint64 endMs = 0;   // clipped to the window; the window's end while it lasts
    bool ongoing = false;
    qint64 durationMs = 0; // the whole outage's, not only the part inside the window
};

// Everything one refresh of the offset chart draws, computed in the core from the history. One sign
// for every line: + = ahead of its reference (System 2 of System 1; each clock of its own source), so
// the system times are chronyd's "System time" (positive when slow) negated (OffsetHistory::aheadSign).
// Per series its decimated points (at most ~2 per pixel column, see Decimator) cut into line segments at
// gaps, the leap status runs of both systems, the step markers and outage spans inside the window,
// and a y range.
// The chart view hands each segment to a QLineSeries with one replace() and paints the rest.
struct ChartFrame
{
    // More segments than this in one window are drawn joined (a flapping link would otherwise need
    // hundreds of line series); the gap markers below still show where contact was lost.
    static constexpr int MaxSegmentsPerSeries = 48;

    qint64 fromMs = 0;
    qint64 toMs = 0;
    int columns = 0;
    std::array<QList<QList<QPointF>>, OffsetHistory::SeriesCount> segments;
    std::array<QList<LeapRun>, 2> leapRuns; // clipped to the window
    QList<EventMarker> markers;             // steps; lost/regained contact is in outages
    QList<OutageSpan> outages;
    double yMin = -1e-3; // seconds
    double yMax = 1e-3;

    qsizetype pointCount() const;
    static ChartFrame build(const OffsetHistory& history, qint64 fromMs, qint64 toMs, int columns);
};

// The value of each series nearest to a time (within `toleranceMs`), for the hover readout.
struct ChartReadout
{
    qint64 timeMs = 0;
    std::array<std::optional<double>, OffsetHistory::SeriesCount> values;
    std::array<std::optional<LeapStatus>, 2> leap;

    static ChartReadout at(const OffsetHistory& history, qint64 timeMs, qint64 toleranceMs);
};
