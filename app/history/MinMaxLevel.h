#pragma once

#include "history/Ring.h"

#include <QtGlobal>

// One precomputed coarse level of a SampleSeries: for each time bucket of a fixed width (aligned to
// the epoch) that holds samples, the exact minimum and maximum sample and where gaps fell. A long
// window is then decimated from a few thousand buckets instead of hundreds of thousands of samples,
// and peaks stay exact because a bucket keeps the real extreme samples, not an average.
class MinMaxLevel
{
public:
    static constexpr qint32 NoOffset = -1;

    // 40 bytes. Times are offsets from the bucket start so four of them fit in 16 bytes.
    struct Bucket
    {
        qint64 key = 0; // bucket index: start time = key * width
        double minValue = 0;
        double maxValue = 0;
        qint32 minOffset = NoOffset; // NoOffset when the bucket holds only gaps
        qint32 maxOffset = NoOffset;
        qint32 firstGapOffset = NoOffset;
        qint32 lastGapOffset = NoOffset;
    };

    MinMaxLevel(qint64 widthMs, qsizetype maxBuckets);

    qint64 widthMs() const { return m_widthMs; }
    qsizetype size() const { return m_buckets.size(); }
    const Bucket& at(qsizetype i) const { return m_buckets[i]; }

    // Samples arrive in time order; a NaN value is a gap.
    void add(qint64 timeMs, double value);
    // Drops buckets all of whose samples are older than the oldest sample still stored.
    void evictBefore(qint64 oldestRemainingMs);
    void clear() { m_buckets.clear(); }

    // Index of the first bucket whose key is >= key.
    qsizetype lowerBound(qint64 key) const;

    template<typename F>
    void forEach(qsizetype first, qsizetype last, F&& f) const
    {
        m_buckets.forEach(first, last, std::forward<F>(f));
    }

    qsizetype allocatedBytes() const { return m_buckets.allocatedBytes(); }

private:
    qint64 m_widthMs;
    Ring<Bucket> m_buckets;
};
