#include "history/SampleSeries.h"

#include <cmath>

SampleSeries::SampleSeries(qsizetype capacity)
    : m_samples(capacity)
    // A level never holds more buckets than there are samples: each bucket keeps at least one.
    , m_levels{MinMaxLevel(LevelWidthsMs[0], capacity), MinMaxLevel(LevelWidthsMs[1], capacity),
               MinMaxLevel(LevelWidthsMs[2], capacity)}
{}

bool SampleSeries::append(qint64 timeMs, double value)
{
    if (!m_samples.isEmpty() && timeMs <= m_samples.back().timeMs)
        return false;
    if (std::isinf(value))
        value = std::nan("");
    if (m_samples.isFull())
        popOldest();
    m_samples.pushBack(Sample{timeMs, value});
    for (MinMaxLevel& level : m_levels)
        level.add(timeMs, value);
    return true;
}

bool SampleSeries::appendGap(qint64 timeMs)
{
    if (!m_samples.isEmpty() && std::isnan(m_samples.back().value))
        return timeMs > m_samples.back().timeMs;
    return append(timeMs, std::nan(""));
}

void SampleSeries::evictBefore(qint64 timeMs)
{
    while (!m_samples.isEmpty() && m_samples.front().timeMs < timeMs)
        popOldest();
}

void SampleSeries::popOldest()
{
    m_lastEvictedMs = m_samples.front().timeMs;
    m_samples.popFront();
    if (m_samples.isEmpty()) {
        for (MinMaxLevel& level : m_levels)
            level.clear();
        return;
    }
    for (MinMaxLevel& level : m_levels)
        level.evictBefore(m_samples.front().timeMs);
}

void SampleSeries::clear()
{
    m_samples.clear();
    for (MinMaxLevel& level : m_levels)
        level.clear();
    m_lastEvictedMs = NothingEvicted;
}

qsizetype SampleSeries::lowerBound(qint64 timeMs) const
{
    qsizetype lo = 0;
    qsizetype hi = m_samples.size();
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (m_samples[mid].timeMs < timeMs)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

qsizetype SampleSeries::upperBound(qint64 timeMs) const
{
    qsizetype lo = 0;
    qsizetype hi = m_samples.size();
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (m_samples[mid].timeMs <= timeMs)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

qsizetype SampleSeries::allocatedBytes() const
{
    qsizetype bytes = m_samples.allocatedBytes();
    for (const MinMaxLevel& level : m_levels)
        bytes += level.allocatedBytes();
    return bytes;
}
