#pragma once

#include "history/MinMaxLevel.h"
#include "history/Ring.h"

#include <QtGlobal>

#include <array>
#include <limits>

// One stored measurement. A NaN value is a gap: contact was lost (or Tandem was not running) here,
// and a chart must not draw a line across it. Gaps are explicit samples and nothing else: two real
// samples far apart in time are still joined, because only whoever appends knows whether a poll
// was missed or simply not due.
struct Sample
{
    qint64 timeMs = 0; // ms since the Unix epoch
    double value = 0;  // seconds
};

// A bounded, time-ordered ring of samples (16 bytes each) with a few precomputed min/max levels, so
// that drawing 7 days costs about as much as drawing 1 hour (see Decimator). Appending is O(1)
// (amortised while the ring still grows towards its capacity); when full, the oldest sample goes.
class SampleSeries
{
public:
    // 7 days at one sample per second.
    static constexpr qsizetype DefaultCapacity = 7 * 24 * 3600;
    // Coarse bucket widths. A factor of 16 between levels keeps their memory at about 1/15 of a
    // bucket per sample, and any column width finds a level between 1/16 and 1 column wide.
    static constexpr std::array<qint64, 3> LevelWidthsMs{16'000, 256'000, 4'096'000};
    static constexpr qint64 NothingEvicted = std::numeric_limits<qint64>::min();

    explicit SampleSeries(qsizetype capacity = DefaultCapacity);

    // Refuses (returns false) a time that is not after the last sample's: the wall clock can be
    // stepped backwards, and a series out of order would break every range query.
    bool append(qint64 timeMs, double value);
    // A gap. Consecutive gaps collapse into one, so a long outage costs one sample.
    bool appendGap(qint64 timeMs);
    // Drops every sample older than timeMs (the retention window).
    void evictBefore(qint64 timeMs);
    void clear();

    qsizetype size() const { return m_samples.size(); }
    qsizetype capacity() const { return m_samples.maxSize(); }
    bool isEmpty() const { return m_samples.isEmpty(); }
    const Sample& at(qsizetype i) const { return m_samples[i]; }
    const Sample& first() const { return m_samples.front(); }
    const Sample& last() const { return m_samples.back(); }

    // Binary searches over the ring. lowerBound: first index with time >= t; upperBound: first
    // index with time > t. Samples in the closed range [from, to] are [lowerBound(from), upperBound(to)).
    qsizetype lowerBound(qint64 timeMs) const;
    qsizetype upperBound(qint64 timeMs) const;

    template<typename F>
    void forEach(qsizetype first, qsizetype last, F&& f) const
    {
        m_samples.forEach(first, last, std::forward<F>(f));
    }

    // Time of the newest sample ever evicted: coarse buckets at or before it are incomplete.
    qint64 lastEvictedMs() const { return m_lastEvictedMs; }
    static constexpr int levelCount() { return int(LevelWidthsMs.size()); }
    const MinMaxLevel& level(int i) const { return m_levels[size_t(i)]; }

    // Heap bytes held right now (ring slots and levels), for the memory budget.
    qsizetype allocatedBytes() const;

private:
    void popOldest();

    Ring<Sample> m_samples;
    std::array<MinMaxLevel, LevelWidthsMs.size()> m_levels;
    qint64 m_lastEvictedMs = NothingEvicted;
};
