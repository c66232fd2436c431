#include "SyncVerifier.h"

#include "cmdmon/CmdmonClient.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int PollIntervalMs = 500;
} // namespace

SyncVerifier::SyncVerifier(QObject* parent)
    : QObject(parent)
{
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setInterval(PollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &SyncVerifier::poll);
}

void SyncVerifier::start(const CmdmonEndpoint& system2, const QString& system1, int deadlineMs)
{
    delete m_client;
    m_client = new CmdmonClient(system2, this);
    m_client->setInitialTimeout(400);
    m_client->setRetries(2);
    m_system1 = system1;
    m_deadlineMs = deadlineMs;
    m_running = true;
    m_elapsed.start();
    poll();
}

void SyncVerifier::stop()
{
    m_running = false;
    m_pollTimer.stop();
}

void SyncVerifier::poll()
{
    if (!m_running)
        return;
    m_client->sources(true)->then(this, [this](const CmdmonCallOf<QList<SourceReport>>& call) {
        VerifyReport report;
        report.system1 = m_system1;
        report.system2 = m_client->endpoint().describe();
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
    m_client->tracking()->then(this, [this](const CmdmonCallOf<TrackingReport>& call) {
        if (const Result<TrackingReport> tracking = call.result()) {
            m_report.tracking = *tracking;
            m_report.answered = true;
        }
        emit updated(m_report);
        if (m_report.success() || m_elapsed.elapsed() >= m_deadlineMs) {
            done(m_report);
            return;
        }
        if (m_running)
            m_pollTimer.start();
    });
}

void SyncVerifier::done(const VerifyReport& report)
{
    m_running = false;
    emit finished(report);
}
