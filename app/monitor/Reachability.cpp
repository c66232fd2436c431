#include "Reachability.h"

#include <bit>

void Reachability::shiftIn(bool answered)
{
    m_reach = quint8((m_reach << 1) | (answered ? 1 : 0));
    m_polls = qMin(m_polls + 1, Window);
}

int Reachability::lostPolls() const
{
    const unsigned counted = m_polls >= Window ? 0xffu : (1u << m_polls) - 1u;
    return m_polls - std::popcount(unsigned(m_reach) & counted);
}

Reachability::Change Reachability::succeeded(qint64 nowMs)
{
    Q_UNUSED(nowMs);
    shiftIn(true);
    const State before = m_state;
    m_failuresInRow = 0;
    m_everAnswered = true;
    m_reason.clear();
    m_error = CmdmonError::None;
    m_state = lostPolls() > 0 ? State::Degraded : State::Reachable;
    if (before == State::Unreachable)
        return Change::Regained;
    return before == State::Unknown ? Change::FirstContact : Change::None;
}

Reachability::Change Reachability::failed(qint64 nowMs, const QString& reason, CmdmonError error)
{
    shiftIn(false);
    // The reason may change during an outage (timeout, then "connection refused"): keep the latest,
    // and the time the run of failures started.
    m_reason = reason;
    m_error = error;
    if (m_failuresInRow++ == 0)
        m_sinceMs = nowMs;
    const State before = m_state;
    if (m_failuresInRow >= LostAfter)
        m_state = State::Unreachable;
    else if (m_everAnswered)
        m_state = State::Degraded;
    return m_state == State::Unreachable && before != State::Unreachable ? Change::Lost : Change::None;
}
