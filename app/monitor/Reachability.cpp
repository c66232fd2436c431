#include "Reachability.h"

Reachability::Change Reachability::succeeded(qint64 nowMs)
{
    Q_UNUSED(nowMs);
    const State before = m_state;
    m_state = State::Reachable;
    m_reason.clear();
    if (before == State::Unreachable)
        return Change::Regained;
    return before == State::Unknown ? Change::FirstContact : Change::None;
}

Reachability::Change Reachability::failed(qint64 nowMs, const QString& reason)
{
    // The reason may change during an outage (timeout, then "connection refused"): show the latest,
    // but keep the time it started.
    m_reason = reason;
    if (m_state == State::Unreachable)
        return Change::None;
    m_state = State::Unreachable;
    m_sinceMs = nowMs;
    return Change::Lost;
}
