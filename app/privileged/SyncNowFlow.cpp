#include "SyncNowFlow.h"

#include "cmdmon/CmdmonClient.h"
#include "privileged/HelperExitCode.h"
#include "privileged/HelperProgress.h"
#include "privileged/HelperTarget.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int PollIntervalMs = 250;
// chronyc's "burst 4/8": four good samples out of at most eight requests.
constexpr int BurstGood = 4;
constexpr int BurstTotal = 8;
} // namespace

SyncNowFlow::SyncNowFlow(const HelperTarget& target, HelperProgress* progress, QObject* parent)
    : QObject(parent)
    , m_progress(progress)
{
    CmdmonEndpoint endpoint;
    endpoint.socketPath = target.commandSocketPath();
    m_client = new CmdmonClient(endpoint, this);
    // In a lab root the peer's NTP port comes from the lab's settings, like apply's peerNtpPort.
    if (target.isLab())
        m_peerPort = target.labSettings().ntpPort;
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setInterval(PollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &SyncNowFlow::pollSample);
}

void SyncNowFlow::start(const HelperRequest& request)
{
    m_peer = request.peer;
    m_peerAddress = QHostAddress(m_peer); // null for a host name
    trackingBefore();
}

void SyncNowFlow::trackingBefore()
{
    m_client->tracking()->then(this, [this](const CmdmonCallOf<TrackingReport>& call) {
        const Result<TrackingReport> tracking = call.result();
        if (!tracking) {
            m_progress->step(u"before"_s, false, tracking.error());
            finish(HelperExitCode::Failed,
                   u"chronyd does not answer on its command socket: %1"_s.arg(tracking.error()));
            return;
        }
        // chronyd's sign: positive "System time" means the clock is slow.
        m_report.insert(u"systemTimeBefore"_s, tracking->systemTime);
        m_progress->step(u"before"_s, true, {},
                         {{u"systemTime"_s, tracking->systemTime}, {u"reference"_s, tracking->referenceName()}});
        if (m_peer.isEmpty())
            burst();
        else
            addPeer();
    });
}

void SyncNowFlow::addPeer()
{
    AddSourceParameters parameters;
    parameters.name = m_peer.toLatin1(); // validated: ASCII letters, digits, '.', '-', ':'
    parameters.port = m_peerPort;
    parameters.iburst = true;
    parameters.minPoll = 1;
    parameters.maxPoll = 1;
    m_client->addSource(parameters)->then(this, [this](const CmdmonCallOf<Done>& call) {
        if (call.error() == CmdmonError::AlreadyKnown) {
            // Already configured: use it as it is, and leave it configured afterwards.
            m_progress->step(u"add-source"_s, true, u"%1 is already a source of chronyd."_s.arg(m_peer));
            burst();
            return;
        }
        if (!call.result()) {
            m_progress->step(u"add-source"_s, false, call.errorString());
            finish(HelperExitCode::Failed,
                   u"chronyd did not add %1 as a temporary source: %2"_s.arg(m_peer, call.errorString()));
            return;
        }
        m_addedPeer = true;
        m_progress->step(u"add-source"_s, true);
        burst();
    });
}

void SyncNowFlow::burst()
{
    std::optional<QHostAddress> only;
    if (!m_peerAddress.isNull())
        only = m_peerAddress;
    m_measureClock.start();
    m_client->burst(BurstGood, BurstTotal, only)->then(this, [this](const CmdmonCallOf<Done>& call) {
        if (!call.result()) {
            m_progress->step(u"burst"_s, false, call.errorString());
            const QString message = call.error() == CmdmonError::NoSuchSource
                                        ? u"chronyd has no time source to measure against."_s
                                        : u"chronyd did not start fresh measurements: %1"_s.arg(call.errorString());
            finish(HelperExitCode::Failed, message);
            return;
        }
        m_progress->step(u"burst"_s, true);
        pollSample();
    });
}

bool SyncNowFlow::isWantedSource(const SourceReport& source) const
{
    if (m_peer.isEmpty())
        return true;
    if (!m_peerAddress.isNull())
        return source.address.isIp() && source.address.ip.isEqual(m_peerAddress);
    return source.sourceName.compare(m_peer, Qt::CaseInsensitive) == 0;
}

void SyncNowFlow::pollSample()
{
    m_client->sources(true)->then(this, [this](const CmdmonCallOf<QList<SourceReport>>& call) {
        const Result<QList<SourceReport>> sources = call.result();
        if (sources) {
            // A sample newer than the burst: "seconds since the last sample" smaller than our wait.
            const qint64 sinceBurst = m_measureClock.elapsed() / 1000;
            for (const SourceReport& source : *sources) {
                if (!isWantedSource(source) || source.reachability == 0 ||
                    source.sinceSample == SourceReport::NeverSampled || qint64(source.sinceSample) > sinceBurst)
                    continue;
                if (m_addedPeer && source.address.isIp())
                    m_peerAddress = source.address.ip; // a host name's address, to remove it by
                m_report.insert(u"measuredSource"_s, source.name());
                // positive: the local clock is ahead of that source.
                m_report.insert(u"measuredOffset"_s, source.measuredOffset);
                m_progress->step(u"measure"_s, true, {},
                                 {{u"source"_s, source.name()}, {u"offset"_s, source.measuredOffset}});
                stepClock();
                return;
            }
        }
        if (m_measureClock.elapsed() >= m_measureTimeoutMs) {
            const QString reason = u"No fresh measurement from %1 within %2 s."_s
                                       .arg(m_peer.isEmpty() ? u"the configured sources"_s : m_peer)
                                       .arg(m_measureTimeoutMs / 1000.0);
            m_progress->step(u"measure"_s, false, reason);
            finish(HelperExitCode::Failed, reason + u" The clock was not stepped."_s);
            return;
        }
        m_pollTimer.start();
    });
}

void SyncNowFlow::stepClock()
{
    m_client->makeStep()->then(this, [this](const CmdmonCallOf<Done>& call) {
        if (call.result()) {
            m_progress->step(u"step"_s, true);
            m_exitCode = HelperExitCode::Ok;
            m_message = u"The clock was stepped to chronyd's measurement."_s;
        } else {
            // chronyd answers 500 Failure when it may not touch the clock (started with -x) or the
            // kernel refused; the measurement above is still valid.
            const QString reason = call.error() == CmdmonError::Failed
                                       ? u"chronyd refused to step the clock (it reports failure; a chronyd started "
                                         "with -x never steps the clock)."_s
                                       : u"chronyd did not step the clock: %1"_s.arg(call.errorString());
            m_progress->step(u"step"_s, false, reason);
            m_exitCode = HelperExitCode::Failed;
            m_message = reason + u" The measurement succeeded."_s;
        }
        trackingAfter();
    });
}

void SyncNowFlow::trackingAfter()
{
    m_client->tracking()->then(this, [this](const CmdmonCallOf<TrackingReport>& call) {
        const Result<TrackingReport> tracking = call.result();
        if (tracking) {
            m_report.insert(u"systemTimeAfter"_s, tracking->systemTime);
            m_progress->step(u"after"_s, true, {}, {{u"systemTime"_s, tracking->systemTime}});
        } else {
            m_progress->step(u"after"_s, false, tracking.error());
        }
        finish(m_exitCode, m_message);
    });
}

void SyncNowFlow::removePeer()
{
    m_addedPeer = false;
    m_client->deleteSource(m_peerAddress)->then(this, [this](const CmdmonCallOf<Done>& call) {
        m_progress->step(u"remove-source"_s, call.result().ok(), call.errorString());
        finish(m_exitCode, m_message);
    });
}

void SyncNowFlow::finish(int exitCode, const QString& message)
{
    m_exitCode = exitCode;
    m_message = message;
    // The temporary source goes, whatever happened after it was added (a host name that never
    // resolved has no address to remove it by; chronyd forgets it at its next restart).
    if (m_addedPeer && !m_peerAddress.isNull()) {
        removePeer();
        return;
    }
    emit finished(m_exitCode, m_message, m_report);
}
