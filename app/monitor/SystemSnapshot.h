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
    qint64 unreachableSinceMs = 0;
    QString unreachableReason;
    std::optional<TrackingReport> tracking;
    QList<SourceReport> sources;
    QString sourcesError;    // why the sources could not be read (tracking may still be fine)
    qint64 lastAnswerMs = 0; // wall time of the last good tracking reply; 0: never

    bool reachable() const { return reachability == Reachability::State::Reachable; }
};
