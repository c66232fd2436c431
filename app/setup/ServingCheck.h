#pragma once

#include "cmdmon/CmdmonEndpoint.h"
#include "cmdmon/CmdmonReports.h"
#include "setup/DeadlinePoller.h"

#include <optional>

// System 1's own half of Verify, read from its chronyd: it is synchronised (leap status not "Not
// synchronised"), so it serves System 2, at the stratum its tracking says: its local clock's
// (`local stratum N`, reference 127.127.1.1) or one below an online source's (mode 2).
struct ServingReport
{
    bool answered = false;
    QString problem; // why this system's chronyd did not answer
    std::optional<TrackingReport> tracking;

    bool serving() const { return tracking && tracking->synchronised(); }
    bool fromLocalClock() const;
};

class ServingCheck : public DeadlinePoller
{
    Q_OBJECT
public:
    using DeadlinePoller::DeadlinePoller;

    // Polls `own` until it serves or the deadline passes (a restarted chronyd takes a moment).
    void start(const CmdmonEndpoint& own, int deadlineMs = 20000) { begin(own, deadlineMs); }

signals:
    void finished(const ServingReport& report);

private:
    void poll() override;
};
