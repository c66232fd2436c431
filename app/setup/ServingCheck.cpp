#include "ServingCheck.h"

#include "cmdmon/CmdmonClient.h"

namespace {
// chronyd's reference ID while it serves its local clock: 127.127.1.1 (chrony's "LOCAL" refid).
constexpr quint32 LocalReferenceId = 0x7F7F0101;
} // namespace

bool ServingReport::fromLocalClock() const
{
    return tracking && tracking->referenceId == LocalReferenceId;
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
