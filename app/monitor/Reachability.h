#pragma once

#include "cmdmon/CmdmonError.h"

#include <QString>
#include <QtGlobal>

// Whether a system answers, kept the way chronyd keeps its sources' "reach": an 8-bit register of
// the last eight polls (1: answered). A poll that got no answer makes the link "degraded" (N of the
// last 8 lost) while the system keeps its values; only LostAfter polls in a row without an answer
// make it "unreachable". So a lossy link reads as lossy, one outage gives one lost/regained pair, and
// a dead daemon still shows within a few polls (each poll already retried once, CmdmonClient).
class Reachability
{
public:
    enum class State {
        Unknown,     // never answered yet (and not LostAfter failures in a row either)
        Reachable,   // answered the last eight polls (or every poll so far)
        Degraded,    // answers, but lost some of the last eight polls
        Unreachable, // no answer for LostAfter polls in a row
    };
    enum class Change { None, Lost, Regained, FirstContact };

    static constexpr int LostAfter = 3;
    static constexpr int Window = 8;

    Change succeeded(qint64 nowMs);
    Change failed(qint64 nowMs, const QString& reason, CmdmonError error = CmdmonError::NoAnswer);

    State state() const { return m_state; }
    // Reachable or degraded: it answers, perhaps with losses.
    bool answers() const { return m_state == State::Reachable || m_state == State::Degraded; }
    // The register, newest poll in bit 0, as chronyc shows reach (octal 377: all eight answered).
    quint8 reach() const { return m_reach; }
    // How many of the last Window polls (fewer at the start) got no answer.
    int lostPolls() const;
    int countedPolls() const { return m_polls; }
    bool answeredLastPoll() const { return m_polls > 0 && (m_reach & 1) != 0; }
    // Wall time of the first failed poll of the current run of failures, and why the latest failed.
    qint64 unreachableSinceMs() const { return m_sinceMs; }
    const QString& reason() const { return m_reason; }
    CmdmonError lastError() const { return m_error; }
    // The system answered at least once since it was first asked.
    bool everAnswered() const { return m_everAnswered; }

private:
    void shiftIn(bool answered);

    State m_state = State::Unknown;
    quint8 m_reach = 0;
    int m_polls = 0;
    int m_failuresInRow = 0;
    bool m_everAnswered = false;
    qint64 m_sinceMs = 0;
    QString m_reason;
    CmdmonError m_error = CmdmonError::None;
};
