#include "ServingCheck.h"

#include "cmdmon/CmdmonClient.h"
#include "ntp/NtpMeasurement.h"

bool ServingReport::fromLocalClock() const
{
    return tracking && tracking->referenceId == LocalClockReferenceId;
}

void ServingCheck::poll()
{
    client()->tracking()->then(this, [this](const CmdmonCallOf<TrackingReport>& call) {
        ServingReport report;
        if (const Result<TrackingReport> tracking = call.result()) {
            report.answered = true;
            report.tracking = *tracking;
        } else {
            report.problem = tracking.error();
        }
        if (isFinal(report.serving()))
            emit finished(report);
    });
}
