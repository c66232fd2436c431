#include "SyncNowFlow.h"

#include "cmdmon/CmdmonClient.h"
#include "helperprotocol/HelperExitCode.h"
#include "helperprotocol/HelperSteps.h"
#include "ntp/NtpBestProbe.h"
#include "privileged/HelperProgress.h"
#include "privileged/HelperTarget.h"

#include <QHostInfo>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int FollowPollMs = 100;
// How long chronyd may take to select the reference and update from it, over all rounds.
constexpr int FollowTimeoutMs = 20000;
constexpr int MeasureTimeoutMs = 2000;
// Exchanges per measurement, the least delayed one counts (a few hundred µs on a LAN in all).
constexpr int MeasureExchanges = 4;
// Step and verify at most this often: the first step can be short of the mark when chronyd's
// estimate still held samples from before the clock went wrong.
constexpr int MaxRounds = 3;
// chronyc's "burst 4/8": four good samples out of at most eight requests.
constexpr int BurstGood = 4;
constexpr int BurstTotal = 8;
// The temporary source is polled every 2^-2 s, so chronyd has the samples it needs to select it
// (three) within about a second; chronyd itself keeps sub-second polling to sources on a LAN.
constexpr int TemporaryPoll = -2;

// Positive: this clock is ahead of the reference (the NTP offset is the reference's lead).
double thisClockAhead(const NtpMeasurement& measurement)
{
    return -measurement.offset;
}

QString stateWords(SourceReport::State state)
{
    switch (state) {
    case SourceReport::State::Selected:
        return u"selected"_s;
    case SourceReport::State::NonSelectable:
        return u"not usable yet (too few samples, unreachable, or too far away)"_s;
    case SourceReport::State::Falseticker:
        return u"a falseticker (it disagrees with chronyd's other sources)"_s;
    case SourceReport::State::Jittery:
        return u"too variable"_s;
    case SourceReport::State::Unselected:
    case SourceReport::State::Selectable:
        return u"usable but not selected"_s;
    }
    return {};
}

} // namespace

SyncNowFlow::SyncNowFlow(const HelperTarget& target, HelperProgress* progress, QObject* parent)
    : QObject(parent)
    , m_progress(progress)
    , m_record(target.host().temporarySourceRecordPath(), target.host().chronydPidPath())
{
    CmdmonEndpoint endpoint;
    endpoint.socketPath = target.host().commandSocketPath();
    m_client = new CmdmonClient(endpoint, this);
    m_peerPort = target.peerNtpPort();
    m_ntpSource = target.ntpSourceAddress();
    Result<std::shared_ptr<const SystemTime>> time = target.systemTime();
    if (time)
        m_time = *time;
    else
        m_timeError = time.error();
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setInterval(FollowPollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &SyncNowFlow::pollFollow);
}

SyncNowFlow::~SyncNowFlow() = default;

void SyncNowFlow::start(const HelperRequest& request)
{
    m_peer = request.peer;
    m_clock.start();
    if (!m_time) {
        m_progress->step(HelperStep::Before, false, m_timeError);
        finish(HelperExitCode::Failed, u"This system's clock cannot be read: %1"_s.arg(m_timeError));
        return;
    }
    trackingBefore();
}

void SyncNowFlow::interrupt()
{
    m_interrupted = true;
    // Waiting between two polls: stop now rather than after the wait.
    if (m_pollTimer.isActive()) {
        m_pollTimer.stop();
        pollFollow();
    }
}

bool SyncNowFlow::stopIfInterrupted()
{
    if (!m_interrupted)
        return false;
    const QString message = m_stepped ? u"Interrupted (SIGTERM) after the clock was stepped; the result was not "
                                        u"checked."_s
                                      : u"Interrupted (SIGTERM). The clock was not stepped."_s;
    m_progress->step(HelperStep::Interrupted, false, message);
    finish(HelperExitCode::Failed, message);
    return true;
}

QString SyncNowFlow::reference() const
{
    return m_referenceAddress.isNull() ? m_peer : m_referenceAddress.toString();
}

qint64 SyncNowFlow::remainingMs() const
{
    return FollowTimeoutMs - m_clock.elapsed();
}

void SyncNowFlow::trackingBefore()
{
    m_client->tracking()->then(this, [this](const CmdmonCallOf<TrackingReport>& call) {
        const Result<TrackingReport> tracking = call.result();
        if (!tracking) {
            m_progress->step(HelperStep::Before, false, tracking.error());
            finish(HelperExitCode::Failed,
                   u"chronyd does not answer on its command socket: %1"_s.arg(tracking.error()));
            return;
        }
        // chronyd's sign: positive "System time" means the clock is slow.
        m_report.insert(u"systemTimeBefore"_s, tracking->systemTime);
        m_progress->step(HelperStep::Before, true, {},
                         {{u"systemTime"_s, tracking->systemTime}, {u"reference"_s, tracking->referenceName()}});
        if (!m_peer.isEmpty()) {
            resolvePeer();
            return;
        }
        // Without a peer the reference is the server chronyd follows now or, when it follows none at
        // the moment (e.g. it dropped its sources after the clock jumped), the one it selects after a
        // burst of fresh samples from all of them.
        if (tracking->referenceAddress.isIp()) {
            m_referenceAddress = tracking->referenceAddress.ip;
            measureBefore();
        } else {
            burst();
        }
    });
}

void SyncNowFlow::waitForReference()
{
    if (stopIfInterrupted())
        return;
    m_client->tracking()->then(this, [this](const CmdmonCallOf<TrackingReport>& call) {
        const Result<TrackingReport> tracking = call.result();
        if (tracking && tracking->referenceAddress.isIp()) {
            m_referenceAddress = tracking->referenceAddress.ip;
            measureBefore();
            return;
        }
        if (remainingMs() <= 0) {
            const QString reason = u"chronyd follows no time server, so there is nothing to step to; name the server "
                                   u"to sync with."_s;
            m_progress->step(HelperStep::Measure, false, reason);
            finish(HelperExitCode::Failed, reason + u" The clock was not stepped."_s);
            return;
        }
        QTimer::singleShot(FollowPollMs, this, &SyncNowFlow::waitForReference);
    });
}

void SyncNowFlow::resolvePeer()
{
    if (stopIfInterrupted())
        return;
    const QHostAddress literal(m_peer);
    if (!literal.isNull()) {
        m_referenceAddress = literal;
        measureBefore();
        return;
    }
    // A name is resolved once, here: the temporary source is added (and removed) by that address,
    // so it can never outlive the run under a name chronyd resolves differently.
    QHostInfo::lookupHost(m_peer, this, [this](const QHostInfo& info) {
        for (const QHostAddress& address : info.addresses()) {
            if (m_ntpSource.isNull() || address.protocol() == m_ntpSource.protocol()) {
                m_referenceAddress = address;
                measureBefore();
                return;
            }
        }
        const QString reason = u"%1 cannot be resolved: %2"_s.arg(m_peer, info.errorString());
        m_progress->step(HelperStep::Measure, false, reason);
        finish(HelperExitCode::Failed, reason + u" The clock was not stepped."_s);
    });
}

void SyncNowFlow::measure(const std::function<void(const NtpMeasurement&)>& done,
                          const std::function<void(const QString&)>& failed)
{
    auto* probe = new NtpBestProbe(MeasureExchanges, this);
    connect(probe, &NtpBestProbe::finished, this, [probe, done](const NtpMeasurement& measurement) {
        probe->deleteLater();
        done(measurement);
    });
    connect(probe, &NtpBestProbe::failed, this, [probe, failed](const QString& reason) {
        probe->deleteLater();
        failed(reason);
    });
    NtpProbeRequest request;
    request.host = m_referenceAddress.toString();
    request.port = m_peerPort;
    request.source = m_ntpSource;
    request.timeoutMs = MeasureTimeoutMs;
    request.time = m_time.get();
    probe->start(request);
}

void SyncNowFlow::measureBefore()
{
    if (stopIfInterrupted())
        return;
    measure(
        [this](const NtpMeasurement& measurement) {
            if (!measurement.synchronised()) {
                const QString reason = u"%1 answers but is not synchronised itself (leap status 3), so its time is "
                                       u"no reference."_s.arg(reference());
                m_progress->step(HelperStep::Measure, false, reason);
                finish(HelperExitCode::Failed, reason + u" The clock was not stepped."_s);
                return;
            }
            m_report.insert(u"measuredSource"_s, reference());
            m_report.insert(u"measuredOffset"_s, thisClockAhead(measurement));
            m_report.insert(u"delayBefore"_s, measurement.delay);
            m_progress->step(HelperStep::Measure, true, {},
                             {{u"source"_s, reference()},
                              {u"offset"_s, thisClockAhead(measurement)},
                              {u"delay"_s, measurement.delay}});
            if (!m_peer.isEmpty())
                addPeer();
            else if (m_burstDone)
                waitForFollow();
            else
                burst();
        },
        [this](const QString& reason) {
            m_progress->step(HelperStep::Measure, false, reason);
            finish(HelperExitCode::Failed,
                   u"%1 does not answer: %2. The clock was not stepped."_s.arg(reference(), reason));
        });
}

void SyncNowFlow::addPeer()
{
    if (stopIfInterrupted())
        return;
    AddSourceParameters parameters;
    parameters.name = m_referenceAddress.toString().toLatin1();
    parameters.port = m_peerPort;
    parameters.iburst = true;
    parameters.prefer = true;
    parameters.trust = true;
    parameters.minPoll = TemporaryPoll;
    parameters.maxPoll = TemporaryPoll;
    // Noted first: killed after the add, the note is what lets the next run remove it.
    const std::optional<TemporarySourceRecord::Entry> entry = m_record.forRunningChronyd(m_referenceAddress);
    const Status noted = entry ? m_record.note(*entry) : Status(Error{u"chronyd's pid file cannot be read"_s});
    if (!noted) {
        const QString reason = u"cannot note the temporary source before adding it: %1"_s.arg(noted.error());
        m_progress->step(HelperStep::AddSource, false, reason);
        finish(HelperExitCode::Failed, reason + u" The clock was not stepped."_s);
        return;
    }
    m_client->addSource(parameters)->then(this, [this](const CmdmonCallOf<Done>& call) {
        if (call.error() == CmdmonError::AlreadyKnown) {
            // Already configured: use it as it is, and leave it configured afterwards.
            m_record.forget();
            m_progress->step(HelperStep::AddSource, true, u"%1 is already a source of chronyd."_s.arg(reference()));
            burst();
            return;
        }
        if (!call.result()) {
            // Not added as far as chronyd says; a lost reply leaves the note for the next run.
            if (call.error() != CmdmonError::NoAnswer)
                m_record.forget();
            m_progress->step(HelperStep::AddSource, false, call.errorString());
            finish(HelperExitCode::Failed,
                   u"chronyd did not add %1 as a temporary source: %2"_s.arg(reference(), call.errorString()));
            return;
        }
        m_addedPeer = true;
        m_progress->step(HelperStep::AddSource, true);
        burst();
    });
}

void SyncNowFlow::burst()
{
    if (stopIfInterrupted())
        return;
    m_clock.restart();
    m_burstDone = true;
    std::optional<QHostAddress> only;
    if (!m_referenceAddress.isNull())
        only = m_referenceAddress;
    m_client->burst(BurstGood, BurstTotal, only)->then(this, [this](const CmdmonCallOf<Done>& call) {
        if (!call.result()) {
            m_progress->step(HelperStep::Burst, false, call.errorString());
            const QString message = call.error() == CmdmonError::NoSuchSource
                                        ? u"chronyd has no time source to measure against."_s
                                        : u"chronyd did not start fresh measurements: %1"_s.arg(call.errorString());
            finish(HelperExitCode::Failed, message + u" The clock was not stepped."_s);
            return;
        }
        m_progress->step(HelperStep::Burst, true);
        if (m_referenceAddress.isNull())
            waitForReference();
        else
            waitForFollow();
    });
}

void SyncNowFlow::waitForFollow()
{
    ++m_rounds;
    m_updateSeen.reset();
    pollFollow();
}

void SyncNowFlow::pollFollow()
{
    if (stopIfInterrupted())
        return;
    m_client->tracking()->then(this, [this](const CmdmonCallOf<TrackingReport>& trackingCall) {
        const Result<TrackingReport> tracking = trackingCall.result();
        m_client->sources()->then(this, [this, tracking](const CmdmonCallOf<QList<SourceReport>>& sourcesCall) {
            const Result<QList<SourceReport>> sources = sourcesCall.result();
            if (tracking && sources) {
                bool selected = false;
                for (const SourceReport& source : *sources) {
                    if (source.address.isIp() && source.address.ip.isEqual(m_referenceAddress))
                        selected = source.state == SourceReport::State::Selected;
                }
                selected = selected && tracking->referenceAddress.isIp() &&
                           tracking->referenceAddress.ip.isEqual(m_referenceAddress);
                // The update that selected the reference may have used older samples; the next one
                // made with it selected is chronyd's estimate from the reference alone.
                if (selected && m_updateSeen && *m_updateSeen != tracking->referenceTime) {
                    m_progress->step(HelperStep::Follow, true, {},
                                     {{u"source"_s, reference()}, {u"correction"_s, tracking->systemTime}});
                    stepClock();
                    return;
                }
                if (selected && !m_updateSeen)
                    m_updateSeen = tracking->referenceTime;
                if (!selected)
                    m_updateSeen.reset();
                m_lastFollowState = whyNotFollowing(*sources, *tracking);
            } else {
                m_lastFollowState = tracking ? sources.error() : tracking.error();
            }
            if (remainingMs() <= 0) {
                const QString reason = u"chronyd did not follow %1 within %2 s: %3"_s.arg(reference())
                                           .arg(FollowTimeoutMs / 1000)
                                           .arg(m_lastFollowState);
                m_progress->step(HelperStep::Follow, false, reason);
                if (m_stepped)
                    verify();
                else
                    finish(HelperExitCode::Failed, reason + u" The clock was not stepped."_s);
                return;
            }
            m_pollTimer.start();
        });
    });
}

QString SyncNowFlow::whyNotFollowing(const QList<SourceReport>& sources, const TrackingReport& tracking) const
{
    QString referenceState;
    QString selectedInstead;
    for (const SourceReport& source : sources) {
        const bool isReference = source.address.isIp() && source.address.ip.isEqual(m_referenceAddress);
        const QString words = u"%1 is %2"_s.arg(source.name(), stateWords(source.state));
        if (isReference)
            referenceState = words;
        else if (source.state == SourceReport::State::Selected)
            selectedInstead = words;
    }
    if (referenceState.isEmpty())
        referenceState = u"%1 is not one of its sources"_s.arg(reference());
    if (tracking.referenceAddress.isIp() && !selectedInstead.isEmpty())
        return u"%1; %2 instead."_s.arg(referenceState, selectedInstead);
    return referenceState + u'.';
}

void SyncNowFlow::stepClock()
{
    if (stopIfInterrupted())
        return;
    m_client->makeStep()->then(this, [this](const CmdmonCallOf<Done>& call) {
        if (call.result()) {
            m_stepped = true;
            m_progress->step(HelperStep::Step, true);
            verify();
            return;
        }
        // chronyd answers 500 Failure when it may not touch the clock (started with -x) or the kernel
        // refused.
        const QString reason = call.error() == CmdmonError::Failed
                                   ? u"chronyd refused to step the clock (it reports failure: it may not change this "
                                     "clock, e.g. it was started with -x)."_s
                                   : u"chronyd did not step the clock: %1"_s.arg(call.errorString());
        m_progress->step(HelperStep::Step, false, reason);
        m_exitCode = HelperExitCode::Failed;
        m_message = reason + u" The clock was not stepped."_s;
        verify();
    });
}

void SyncNowFlow::verify()
{
    if (stopIfInterrupted())
        return;
    measure(
        [this](const NtpMeasurement& measurement) {
            const double after = thisClockAhead(measurement);
            const double tolerance = VerifyToleranceS + measurement.delay / 2;
            const bool close = std::abs(after) <= tolerance;
            m_report.insert(u"offsetAfter"_s, after);
            m_report.insert(u"delayAfter"_s, measurement.delay);
            m_progress->step(HelperStep::Verify, close, {},
                             {{u"source"_s, reference()}, {u"offset"_s, after}, {u"delay"_s, measurement.delay}});
            if (!m_stepped) {
                trackingAfter(); // a refused step: its reason is the result
                return;
            }
            if (close) {
                m_exitCode = HelperExitCode::Ok;
                m_message = u"The clock was stepped to %1's time."_s.arg(reference());
                trackingAfter();
            } else if (m_rounds < MaxRounds && remainingMs() > 0) {
                waitForFollow();
            } else {
                m_exitCode = HelperExitCode::Failed;
                m_message = u"The clock was stepped, but it is still off %1 by more than %2 s; chronyd may need more "
                            u"samples."_s.arg(reference())
                                .arg(tolerance);
                trackingAfter();
            }
        },
        [this](const QString& reason) {
            m_progress->step(HelperStep::Verify, false, reason);
            if (m_stepped) {
                m_exitCode = HelperExitCode::Failed;
                m_message = u"The clock was stepped, but %1 no longer answers, so the result is not known: %2"_s.arg(
                    reference(), reason);
            }
            trackingAfter();
        });
}

void SyncNowFlow::trackingAfter()
{
    m_report.insert(u"stepped"_s, m_stepped);
    m_client->tracking()->then(this, [this](const CmdmonCallOf<TrackingReport>& call) {
        const Result<TrackingReport> tracking = call.result();
        if (tracking) {
            m_report.insert(u"systemTimeAfter"_s, tracking->systemTime);
            m_progress->step(HelperStep::After, true, {}, {{u"systemTime"_s, tracking->systemTime}});
        } else {
            m_progress->step(HelperStep::After, false, tracking.error());
        }
        finish(m_exitCode, m_message);
    });
}

void SyncNowFlow::removePeer()
{
    m_addedPeer = false;
    m_client->deleteSource(m_referenceAddress)->then(this, [this](const CmdmonCallOf<Done>& call) {
        const bool removed = call.result().ok();
        // Kept when chronyd did not confirm: the next helper run tries again.
        if (removed || call.error() == CmdmonError::NoSuchSource)
            m_record.forget();
        m_progress->step(HelperStep::RemoveSource, removed, call.errorString());
        emitFinished();
    });
}

void SyncNowFlow::finish(int exitCode, const QString& message)
{
    if (m_finishing)
        return; // once
    m_finishing = true;
    m_exitCode = exitCode;
    m_message = message;
    m_pollTimer.stop();
    // The temporary source goes, whatever happened after it was added.
    if (m_addedPeer) {
        removePeer();
        return;
    }
    emitFinished();
}

void SyncNowFlow::emitFinished()
{
    m_report.insert(u"stepped"_s, m_stepped);
    emit finished(m_exitCode, m_message, m_report);
}
