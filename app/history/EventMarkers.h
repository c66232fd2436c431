#pragma once

#include "history/Ring.h"

#include <QString>

// Something that happened at one instant, drawn as a marker on the chart.
struct EventMarker
{
    enum class Kind : quint8 {
        Step = 0,            // "Sync now" stepped System 2's clock
        ContactLost = 1,     // a system stopped answering
        ContactRegained = 2, // ... and answers again
    };
    static constexpr Kind LastKind = Kind::ContactRegained;

    qint64 timeMs = 0;
    Kind kind = Kind::Step;
    quint8 system = 2; // which system: 1 or 2
    // For a step: System 2's offset to System 1 just before and just after, in seconds; NaN otherwise.
    double beforeS = 0;
    double afterS = 0;
};

// A bounded, time-ordered list of markers: when full, the oldest goes.
class EventMarkers
{
public:
    static constexpr qsizetype DefaultCapacity = 10'000;

    explicit EventMarkers(qsizetype capacity = DefaultCapacity);

    // Refuses a marker older than the last one (several may share one ms) or for a system other than 1 or 2.
    bool add(const EventMarker& marker);
    void evictBefore(qint64 timeMs);
    void clear() { m_markers.clear(); }

    qsizetype size() const { return m_markers.size(); }
    qsizetype capacity() const { return m_markers.maxSize(); }
    bool isEmpty() const { return m_markers.isEmpty(); }
    const EventMarker& at(qsizetype i) const { return m_markers[i]; }
    // Index of the first marker at or after timeMs.
    qsizetype lowerBound(qint64 timeMs) const;

private:
    Ring<EventMarker> m_markers;
};
