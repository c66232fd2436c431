#pragma once

#include <QString>
#include <QtGlobal>

// Whether a system answers, as a tiny state machine fed with each poll's outcome. One failed poll
// is enough to call a system unreachable: the poll itself already retried (CmdmonClient), so a
// single lost datagram does not flip it, and an admin wants to see a dead daemon within seconds.
class Reachability
{
public:
    enum class State { Unknown, Reachable, Unreachable };
    enum class Change { None, Lost, Regained, FirstContact };

    Change succeeded(qint64 nowMs);
    Change failed(qint64 nowMs, const QString& reason);

    State state() const { return m_state; }
    // Wall time of the first failed poll of the current outage, and why it failed.
    qint64 unreachableSinceMs() const { return m_sinceMs; }
    const QString& reason() const { return m_reason; }

private:
    State m_state = State::Unknown;
    qint64 m_sinceMs = 0;
    QString m_reason;
};
