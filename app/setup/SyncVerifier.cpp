#include "SyncVerifier.h"

#include "cmdmon/CmdmonClient.h"

using namespace Qt::StringLiterals;

void SyncVerifier::start(const CmdmonEndpoint& system2, const QString& system1, int deadlineMs)
{
    m_system1 = system1;
    begin(system2, deadlineMs);
}

void SyncVerifier::poll()
{
    client()->sources(true)->then(this, [this](const CmdmonCallOf<QList<SourceReport>>& call) {
        VerifyReport report;
        report.system1 = m_system1;
        report.system2 = client()->endpoint().describe();
        const Result<QList<SourceReport>> sources = call.result();
        if (!sources) {
            report.problem = sources.error();
            m_report = report;
            tracking();
            return;
        }
        report.answered = true;
        const QHostAddress wanted(m_system1);
        for (const SourceReport& source : *sources) {
            const bool match = wanted.isNull() ? source.sourceName.compare(m_system1, Qt::CaseInsensitive) == 0
                                               : source.address.isIp() && source.address.ip.isEqual(wanted);
            if (!match)
                continue;
            report.sourceKnown = true;
            report.selected = source.state == SourceReport::State::Selected;
            report.state = source.stateChar();
            report.reach = source.reachability;
            report.sinceSample = source.sinceSample;
            report.offset = source.measuredOffset;
            report.offsetError = source.error;
            break;
        }
        m_report = report;
        tracking();
    });
}

void SyncVerifier::tracking()
{
    client()->tracking()->then(this, [this](const CmdmonCallOf<TrackingReport>& call) {
        if (const Result<TrackingReport> tracking = call.result()) {
            m_report.tracking = *tracking;
            m_report.answered = true;
        }
        emit updated(m_report);
        if (isFinal(m_report.success()))
            emit finished(m_report);
    });
}
