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
    bool lab = false; // a lab daemon (chronyd -x) measures but never steps
};

// How a sync-now run ended, in words an admin understands, from the helper's JSON Lines.
struct SyncNowOutcome
{
    enum class Reason {
        Stepped,              // the clock was stepped
        ClockControlDisabled, // chronyd measured but refused the step (e.g. started with -x, as in the lab)
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
    std::optional<double> systemTimeBefore; // chronyd's "System time" (positive: slow)
    std::optional<double> systemTimeAfter;
    std::optional<double> measuredOffset; // positive: this clock was ahead of the source
    QString source;
    QString summary;       // one or two sentences for the admin
    QString helperMessage; // the helper's own words, for details

    static SyncNowOutcome interpret(int exitCode, const QJsonObject& result, const QList<QJsonObject>& steps);
};
