#include "history/MinMaxLevel.h"

#include "history/TimeMath.h"

#include <cmath>

MinMaxLevel::MinMaxLevel(qint64 widthMs, qsizetype maxBuckets)
    : m_widthMs(widthMs)
    , m_buckets(maxBuckets)
{
    // Offsets are stored in 32 bits.
    Q_ASSERT(widthMs > 0 && widthMs < (qint64(1) << 31));
}

void MinMaxLevel::add(qint64 timeMs, double value)
{
    const qint64 key = floorDiv(timeMs, m_widthMs);
    if (m_buckets.isEmpty() || m_buckets.back().key != key) {
        // The owner evicts in step with its samples, so there is always room: every bucket
        // holds at least one stored sample.
        Q_ASSERT(!m_buckets.isFull());
        Bucket fresh;
        fresh.key = key;
        m_buckets.pushBack(fresh);
    }
    Bucket& bucket = m_buckets.back();
    const auto offset = qint32(timeMs - key * m_widthMs);
    if (std::isnan(value)) {
        if (bucket.firstGapOffset == NoOffset)
            bucket.firstGapOffset = offset;
        bucket.lastGapOffset = offset;
        return;
    }
    // Strict comparisons keep the first of equal extremes, like the raw decimation does.
    if (bucket.minOffset == NoOffset || value < bucket.minValue) {
        bucket.minValue = value;
        bucket.minOffset = offset;
    }
    if (bucket.maxOffset == NoOffset || value > bucket.maxValue) {
        bucket.maxValue = value;
        bucket.maxOffset = offset;
    }
}

void MinMaxLevel::evictBefore(qint64 oldestRemainingMs)
{
    while (!m_buckets.isEmpty() && (m_buckets.front().key + 1) * m_widthMs <= oldestRemainingMs)
        m_buckets.popFront();
}

qsizetype MinMaxLevel::lowerBound(qint64 key) const
{
    qsizetype lo = 0;
    qsizetype hi = m_buckets.size();
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (m_buckets[mid].key < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
