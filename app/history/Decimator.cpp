#include "history/Decimator.h"

#include "history/SampleSeries.h"
#include "history/TimeMath.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace {

constexpr int MaxColumns = 100'000;

// Collects the points and gaps of a window in time order and emits, per column, min and max with
// gap markers between them. Order between a gap and a point is kept by a running ordinal rather
// than by time, so a gap and a sample stamped in the same ms still come out in the order they came in.
class ColumnReducer
{
public:
    ColumnReducer(qint64 fromMs, qint64 toMs, int columns, QList<QPointF>& out)
        : m_fromMs(fromMs)
        , m_spanMs(toMs - fromMs + 1)
        , m_columns(columns)
        , m_out(out)
    {}

    void point(qint64 timeMs, double value)
    {
        if (timeMs >= m_columnEndMs)
            startColumnAt(timeMs);
        const qint64 ordinal = ++m_ordinal;
        if (!m_hasCandidates) {
            m_min = m_max = Candidate{timeMs, value, ordinal};
            m_hasCandidates = true;
            return;
        }
        if (value < m_min.value)
            m_min = Candidate{timeMs, value, ordinal};
        if (value > m_max.value)
            m_max = Candidate{timeMs, value, ordinal};
    }

    // A bucket's two extremes (distinct samples). Usually both fall in the current column, and then
    // each needs one comparison instead of two: this is what keeps a 7-day refresh as cheap as 1 hour.
    void extremes(qint64 minTimeMs, double minValue, qint64 maxTimeMs, double maxValue)
    {
        if (!m_hasCandidates || std::max(minTimeMs, maxTimeMs) >= m_columnEndMs) {
            if (minTimeMs < maxTimeMs) {
                point(minTimeMs, minValue);
                point(maxTimeMs, maxValue);
            } else {
                point(maxTimeMs, maxValue);
                point(minTimeMs, minValue);
            }
            return;
        }
        const qint64 minOrdinal = m_ordinal + (minTimeMs < maxTimeMs ? 1 : 2);
        const qint64 maxOrdinal = m_ordinal + (minTimeMs < maxTimeMs ? 2 : 1);
        m_ordinal += 2;
        if (minValue < m_min.value)
            m_min = Candidate{minTimeMs, minValue, minOrdinal};
        if (maxValue > m_max.value)
            m_max = Candidate{maxTimeMs, maxValue, maxOrdinal};
    }

    void gap(qint64 timeMs)
    {
        if (timeMs >= m_columnEndMs)
            startColumnAt(timeMs);
        m_gaps.append(Gap{timeMs, ++m_ordinal});
    }

    void finish() { flush(); }

private:
    struct Candidate
    {
        qint64 timeMs;
        double value;
        qint64 ordinal;
    };
    struct Gap
    {
        qint64 timeMs;
        qint64 ordinal;
    };

    void startColumnAt(qint64 timeMs)
    {
        flush();
        const qint64 column = (timeMs - m_fromMs) * m_columns / m_spanMs;
        m_columnEndMs = m_fromMs + ceilDiv((column + 1) * m_spanMs, m_columns);
    }

    // First gap in the current column with an ordinal in (after, before).
    std::optional<qint64> gapBetween(qint64 after, qint64 before) const
    {
        for (const Gap& g : m_gaps) {
            if (g.ordinal > after && g.ordinal < before)
                return g.timeMs;
        }
        return std::nullopt;
    }

    void emitPoint(const Candidate& c, std::optional<qint64> gapBefore)
    {
        if (gapBefore && !m_out.isEmpty())
            m_out.append(QPointF(double(*gapBefore), std::nan("")));
        m_out.append(QPointF(double(c.timeMs), c.value));
    }

    void flush()
    {
        constexpr qint64 None = std::numeric_limits<qint64>::max();
        if (!m_hasCandidates) {
            if (!m_pendingGapMs && !m_gaps.isEmpty())
                m_pendingGapMs = m_gaps.first().timeMs;
            m_gaps.clear();
            return;
        }
        const Candidate& first = m_min.ordinal <= m_max.ordinal ? m_min : m_max;
        const Candidate& second = m_min.ordinal <= m_max.ordinal ? m_max : m_min;
        const std::optional<qint64> before = m_pendingGapMs ? m_pendingGapMs : gapBetween(0, first.ordinal);
        emitPoint(first, before);
        qint64 lastOrdinal = first.ordinal;
        if (second.ordinal != first.ordinal) {
            emitPoint(second, gapBetween(first.ordinal, second.ordinal));
            lastOrdinal = second.ordinal;
        }
        m_pendingGapMs = gapBetween(lastOrdinal, None);
        m_gaps.clear();
        m_hasCandidates = false;
    }

    const qint64 m_fromMs;
    const qint64 m_spanMs;
    const qint64 m_columns;
    QList<QPointF>& m_out;
    qint64 m_columnEndMs = std::numeric_limits<qint64>::min();
    qint64 m_ordinal = 0;
    bool m_hasCandidates = false;
    Candidate m_min{};
    Candidate m_max{};
    // Gaps are rare: almost always empty, never allocates in practice.
    QVarLengthArray<Gap, 4> m_gaps;
    std::optional<qint64> m_pendingGapMs;
};

void feedRaw(const SampleSeries& series, qint64 fromMs, qint64 toMs, ColumnReducer& reducer)
{
    if (toMs < fromMs)
        return;
    series.forEach(series.lowerBound(fromMs), series.upperBound(toMs), [&reducer](const Sample& s) {
        if (std::isnan(s.value))
            reducer.gap(s.timeMs);
        else
            reducer.point(s.timeMs, s.value);
    });
}

void feedBucket(const MinMaxLevel::Bucket& b, qint64 startMs, ColumnReducer& reducer)
{
    if (b.firstGapOffset == MinMaxLevel::NoOffset) {
        // The common case: no gap, just the two extremes.
        if (b.minOffset == b.maxOffset)
            reducer.point(startMs + b.minOffset, b.minValue);
        else
            reducer.extremes(startMs + b.minOffset, b.minValue, startMs + b.maxOffset, b.maxValue);
        return;
    }
    struct Item
    {
        qint32 offset;
        double value; // NaN: gap
    };
    QVarLengthArray<Item, 4> items;
    items.append(Item{b.firstGapOffset, std::nan("")});
    if (b.lastGapOffset != b.firstGapOffset)
        items.append(Item{b.lastGapOffset, std::nan("")});
    if (b.minOffset != MinMaxLevel::NoOffset) {
        items.append(Item{b.minOffset, b.minValue});
        if (b.maxOffset != b.minOffset)
            items.append(Item{b.maxOffset, b.maxValue});
    }
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& c) { return a.offset < c.offset; });
    for (const Item& item : items) {
        if (std::isnan(item.value))
            reducer.gap(startMs + item.offset);
        else
            reducer.point(startMs + item.offset, item.value);
    }
}

// The coarsest level whose buckets are no wider than a column, or -1 for raw samples.
int chooseLevel(const SampleSeries& series, qint64 columnWidthMs)
{
    int chosen = -1;
    for (int i = 0; i < series.levelCount(); ++i) {
        if (series.level(i).widthMs() <= columnWidthMs)
            chosen = i;
    }
    return chosen;
}

} // namespace

namespace Decimator {

int columnOf(qint64 timeMs, qint64 fromMs, qint64 toMs, int columns)
{
    return int((timeMs - fromMs) * columns / (toMs - fromMs + 1));
}

QList<QPointF> decimate(const SampleSeries& series, qint64 fromMs, qint64 toMs, int columns, Mode mode)
{
    QList<QPointF> out;
    if (columns <= 0 || columns > MaxColumns || toMs < fromMs || series.isEmpty())
        return out;
    out.reserve(2 * columns + 8);
    ColumnReducer reducer(fromMs, toMs, columns, out);

    const int levelIndex = mode == Mode::RawOnly ? -1 : chooseLevel(series, (toMs - fromMs + 1) / columns);
    if (levelIndex < 0) {
        feedRaw(series, fromMs, toMs, reducer);
        reducer.finish();
        return out;
    }

    const MinMaxLevel& level = series.level(levelIndex);
    const qint64 width = level.widthMs();
    // Whole buckets inside the window whose samples are all still stored; the rest is read raw.
    qint64 firstKey = ceilDiv(fromMs, width);
    if (series.lastEvictedMs() != SampleSeries::NothingEvicted)
        firstKey = std::max(firstKey, floorDiv(series.lastEvictedMs(), width) + 1);
    const qint64 lastKey = floorDiv(toMs + 1, width) - 1;
    if (firstKey > lastKey) {
        feedRaw(series, fromMs, toMs, reducer);
        reducer.finish();
        return out;
    }
    feedRaw(series, fromMs, firstKey * width - 1, reducer);
    level.forEach(
        level.lowerBound(firstKey), level.lowerBound(lastKey + 1),
        [&reducer, width](const MinMaxLevel::Bucket& bucket) { feedBucket(bucket, bucket.key * width, reducer); });
    feedRaw(series, (lastKey + 1) * width, toMs, reducer);
    reducer.finish();
    return out;
}

} // namespace Decimator
