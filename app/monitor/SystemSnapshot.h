#pragma once

#include "cmdmon/CmdmonReports.h"
#include "monitor/Reachability.h"

#include <QList>
#include <QString>

#include <optional>

// What the panel knows about one system after its latest poll. tracking and sources keep the last
// good values while a system is unreachable, so the card can still say what it last saw.
struct SystemSnapshot
{
    int index = 1; // 1: System 1, 2: System 2
    QString title;
    QString endpoint; // "127.0.0.2:11323", for messages
    Reachability::State reachability = Reachability::State::Unknown;
    int lostPolls = 0; // of the last Reachability::Window polls
    quint8 reach = 0;  // the register, newest poll in bit 0
    bool answeredLastPoll = false;
    bool everAnswered = false;
    qint64 unreachableSinceMs = 0; // start of the current run of failed polls
    QString unreachableReason;     // why the latest poll failed; empty after an answer
    CmdmonError lastError = CmdmonError::None;
    std::optional<TrackingReport> tracking;
    QList<SourceReport> sources;
    QString sourcesError;    // why the sources could not be read (tracking may still be fine)
    qint64 lastAnswerMs = 0; // wall time of the last good tracking reply; 0: never

    // Answers (perhaps with losses): its values are current within a poll or two.
    bool reachable() const
    {
        return reachability == Reachability::State::Reachable || reachability == Reachability::State::Degraded;
    }
};
