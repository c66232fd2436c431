#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// What the confirmation shows before "Sync now": the offset now, what the clock will be stepped
// to, and on which system.
struct SyncNowPreview
{
    QString systemTitle; // "System 2 (this machine)"
    QString source;      // the server the step measures against ("127.0.0.2", or "the configured sources")
    double offsetS = 0;  // this system's offset to that source now; positive: ahead
    bool offsetKnown = false;
    bool lab = false;        // a lab system (its own virtual clock, or this machine's under -x)
    bool clockFixed = false; // its chronyd runs with -x: it measures but never steps
};

// How a sync-now run ended, in words an admin understands, from the helper's JSON Lines.
struct SyncNowOutcome
{
    enum class Reason {
        Stepped,              // the clock was stepped, and a fresh measurement found it on time
        SteppedNotClose,      // stepped, but the fresh measurement afterwards still finds it off
        ClockControlDisabled, // chronyd refused the step (e.g. started with -x)
        NotFollowing,         // chronyd did not select the reference, so it had no correction to step by
        NotAuthorised,        // pkexec: not authorised or helper missing (127)
        Dismissed,            // pkexec: password dialog dismissed (126)
        NoSource,             // chronyd has no source to measure against
        NoMeasurement,        // the source did not answer in time
        NoAnswer,             // chronyd did not answer on its command socket
        Cancelled,
        Other,
    };

    Reason reason = Reason::Other;
    int exitCode = -1;
    bool stepped() const { return reason == Reason::Stepped; }
    bool clockChanged = false;              // chronyd stepped the clock (whatever the result)
    std::optional<double> systemTimeBefore; // chronyd's "System time" (positive: slow)
    std::optional<double> systemTimeAfter;
    // The helper's own NTP measurements against the source, before and after; positive: this clock
    // is ahead of the source.
    std::optional<double> measuredOffset;
    std::optional<double> offsetAfter;
    QString source;
    QString summary;       // one or two sentences for the admin
    QString helperMessage; // the helper's own words, for details

    static SyncNowOutcome interpret(int exitCode, const QJsonObject& result, const QList<QJsonObject>& steps);
};
