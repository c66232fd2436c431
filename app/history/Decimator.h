#pragma once

#include <QList>
#include <QPointF>

class SampleSeries;

// Reduces the samples of a time window to what a chart of N pixel columns can show: per column,
// the minimum and the maximum sample (in time order; one point when they are the same sample), so
// every peak and trough is drawn at its exact value and time. The result goes to the chart with a
// single QXYSeries::replace(): x = ms since the epoch (what QDateTimeAxis expects), y = seconds.
//
// Gaps: a point with a NaN y is a gap marker, emitted between two drawn points when a gap sample
// (see Sample) lies between them; never first or last. The panel breaks the line there (Qt Charts
// 6.4 does not skip NaN by itself, so it splits the points into one line segment per run).
//
// Cost: for a column wider than a SampleSeries min/max level bucket, whole buckets inside the
// window are read instead of their samples (each bucket contributes its real extreme samples, at
// their own times), and raw samples only at the two window edges. So refreshing 7 days at 1 Hz
// reads ~2400 buckets, about what 1 hour of raw samples costs. The price: where a bucket straddles
// a column boundary, a column may show its bucket's extreme (up to one bucket width away) instead
// of its own; no value is invented and every extreme of a bucket is kept.
namespace Decimator {

enum class Mode {
    Auto,   // use the coarsest level no wider than a column
    RawOnly // read every sample (exact per column; for tests and comparisons)
};

QList<QPointF> decimate(const SampleSeries& series, qint64 fromMs, qint64 toMs, int columns, Mode mode = Mode::Auto);

// The pixel column of a time in the closed window [fromMs, toMs], as decimate() assigns it.
int columnOf(qint64 timeMs, qint64 fromMs, qint64 toMs, int columns);

} // namespace Decimator
