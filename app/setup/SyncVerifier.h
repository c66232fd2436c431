#pragma once

#include "SetupTarget.h"
#include "cmdmon/CmdmonReports.h"
#include "setup/DeadlinePoller.h"

#include <QHostAddress>

#include <optional>

// The Verify page's proof, read from System 2's chronyd: has it selected System 1 ('*'), how
// reachable is System 1 (the reach register), the last offset, and System 2's leap status.
struct VerifyReport
{
    bool answered = false;    // System 2's chronyd answered
    QString problem;          // why System 2 did not answer
    bool sourceKnown = false; // System 1 is among System 2's sources
    bool selected = false;
    QChar state; // chronyc's state character of System 1's entry
    quint16 reach = 0;
    quint32 sinceSample = SourceReport::NeverSampled;
    double offset = 0;                      // s, System 2's latest measurement of System 1; positive: System 2 ahead
    double offsetError = 0;                 // s
    std::optional<TrackingReport> tracking; // System 2's
    QString system1;                        // the address System 2 follows
    QString system2;                        // where System 2 was asked

    bool success() const { return selected && tracking && tracking->synchronised(); }
};

class SyncVerifier : public DeadlinePoller
{
    Q_OBJECT
public:
    using DeadlinePoller::DeadlinePoller;

    // system2: the endpoint of System 2's chronyd; system1: System 1's address as System 2 knows it
    // (an address or a host name). Polls until System 1 is selected or the deadline passes.
    void start(const CmdmonEndpoint& system2, const QString& system1, int deadlineMs = 20000);

signals:
    void updated(const VerifyReport& report); // after every poll
    void finished(const VerifyReport& report);

private:
    void poll() override;
    void tracking();

    QString m_system1;
    VerifyReport m_report;
};
