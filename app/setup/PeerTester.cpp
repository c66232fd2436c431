#include "PeerTester.h"

#include "cmdmon/CmdmonClient.h"
#include "lab/VirtualSystemTime.h"
#include "ntp/NtpBestProbe.h"

#include <QCoreApplication>
#include <QHostInfo>

using namespace Qt::StringLiterals;

PeerTester::PeerTester(QObject* parent)
    : QObject(parent)
{}

PeerTester::~PeerTester()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    delete m_ntp; // before m_time, which it reads
}

void PeerTester::start(const QString& peer, const SetupTarget& target)
{
    m_target = target;
    m_report = PeerTestReport();
    m_report.peer = peer;
    m_report.ntpPort = target.peerNtpPort();
    m_report.cmdPort = target.peerEndpoint({}).port;
    const QHostAddress literal(peer);
    if (!literal.isNull()) {
        m_report.address = literal;
        QMetaObject::invokeMethod(this, &PeerTester::probe, Qt::QueuedConnection);
        return;
    }
    m_lookupId = QHostInfo::lookupHost(peer, this, &PeerTester::resolved);
}

void PeerTester::resolved(const QHostInfo& info)
{
    m_lookupId = -1;
    const QHostAddress own = m_target.ownAddress();
    for (const QHostAddress& address : info.addresses()) {
        if (own.isNull() || address.protocol() == own.protocol()) {
            m_report.address = address;
            probe();
            return;
        }
    }
    m_report.resolveError = info.error() != QHostInfo::NoError
                                ? info.errorString()
                                : QCoreApplication::translate("PeerTester", "the name has no usable address");
    emit finished(m_report);
}

Status PeerTester::openTargetClock()
{
    m_time.reset();
    if (!m_target.isLab())
        return success();
    Result<std::shared_ptr<const SystemTime>> time = labSystemTime(m_target.labSettings(), m_target.labIndex());
    if (!time)
        return Error{QCoreApplication::translate("PeerTester", "lab System %1's clock cannot be read: %2")
                         .arg(m_target.labIndex())
                         .arg(time.error())};
    m_time = *time;
    return success();
}

void PeerTester::probe()
{
    m_pending = 2;
    delete m_ntp;
    m_ntp = nullptr;
    // The probe runs before the command port is asked: a clock that cannot be read still lets the
    // command port answer, and finished() comes once, after both.
    if (const Status opened = openTargetClock(); !opened) {
        m_report.ntpError = opened.error();
        --m_pending;
    } else {
        // The least delayed of a few exchanges, as the helper's Sync now measures.
        m_ntp = new NtpBestProbe(4, this);
        NtpProbeRequest request;
        request.host = m_report.address.toString();
        request.port = m_report.ntpPort;
        request.source = m_target.ownAddress();
        request.timeoutMs = m_timeoutMs;
        request.time = m_time.get();
        connect(m_ntp, &NtpBestProbe::finished, this, [this](const NtpMeasurement& measurement) {
            m_report.ntp = measurement;
            oneDone();
        });
        connect(m_ntp, &NtpBestProbe::failed, this, [this](const QString& reason) {
            m_report.ntpError = reason;
            oneDone();
        });
        m_ntp->start(request);
    }

    delete m_cmd;
    m_cmd = new CmdmonClient(m_target.peerEndpoint(m_report.address), this);
    // Two tries within the NTP probe's deadline: a dropped request (not allowed) never gets an answer.
    m_cmd->setInitialTimeout(qMax(100, m_timeoutMs / 3));
    m_cmd->setRetries(1);
    m_cmd->tracking()->then(this, [this](const CmdmonCallOf<TrackingReport>& call) {
        const Result<TrackingReport> tracking = call.result();
        if (tracking)
            m_report.tracking = *tracking;
        else
            m_report.cmdError = tracking.error();
        oneDone();
    });
}

void PeerTester::oneDone()
{
    if (--m_pending == 0)
        emit finished(m_report);
}
