#pragma once

#include "cmdmon/CmdmonReports.h"
#include "monitor/Reachability.h"

#include <QList>
#include <QString>

#include <optional>

// What the panel knows about one system after its latest poll. tracking and sources keep the last
// good values while a system is unreachable, so the card can still say what it last saw.
// Whether chronyd authenticated the last reply of the NTP server it follows (NTP_DATA's flag).
enum class SourceTrust {
    Unknown,          // no NTP server selected, or a system watched over the network
    Authenticated,    // its MAC was checked (a key or NTS)
    NotAuthenticated, // any host answering for that address would be believed
    NotShown,         // chronyd answers this only on its Unix socket, which this user may not use
};

struct SystemSnapshot
{
    int index = 1; // 1: System 1, 2: System 2
    QString title;
    QString endpoint; // "127.0.0.2:11323", for messages
    // Whether it answers: state, the last eight polls, since when and why not (kept by the poller).
    Reachability link;
    std::optional<TrackingReport> tracking;
    QList<SourceReport> sources;
    QString sourcesError;    // why the sources could not be read (tracking may still be fine)
    qint64 lastAnswerMs = 0; // wall time of the last good tracking reply; 0: never
    SourceTrust referenceTrust = SourceTrust::Unknown;

    // Answers (perhaps with losses): its values are current within a poll or two.
    bool reachable() const { return link.answers(); }
};
