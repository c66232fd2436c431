#include "history/EventMarkers.h"

EventMarkers::EventMarkers(qsizetype capacity)
    : m_markers(capacity)
{}

bool EventMarkers::add(const EventMarker& marker)
{
    if (marker.system != 1 && marker.system != 2)
        return false;
    if (!m_markers.isEmpty() && marker.timeMs < m_markers.back().timeMs)
        return false;
    if (m_markers.isFull())
        m_markers.popFront();
    m_markers.pushBack(marker);
    return true;
}

void EventMarkers::evictBefore(qint64 timeMs)
{
    while (!m_markers.isEmpty() && m_markers.front().timeMs < timeMs)
        m_markers.popFront();
}

qsizetype EventMarkers::lowerBound(qint64 timeMs) const
{
    qsizetype lo = 0;
    qsizetype hi = m_markers.size();
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (m_markers[mid].timeMs < timeMs)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
