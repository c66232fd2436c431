#include "LabWatch.h"

#include "cmdmon/CmdmonClient.h"

using namespace Qt::StringLiterals;

namespace {

// chronyd answers loopback commands in well under a millisecond; a short timeout and no retries
// keep each poll quick, and the next poll follows soon anyway.
constexpr int PollTimeoutMs = 300;
constexpr int PollIntervalMs = 150;

CmdmonClient* clientFor(const QHostAddress& address, quint16 port, QObject* parent)
{
    CmdmonEndpoint endpoint;
    endpoint.host = address;
    endpoint.port = port;
    auto* client = new CmdmonClient(endpoint, parent);
    client->setInitialTimeout(PollTimeoutMs);
    client->setRetries(0);
    return client;
}

} // namespace

LabWatch::LabWatch(const LabSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_interval.setSingleShot(true);
    m_interval.setInterval(PollIntervalMs);
}

LabWatch::~LabWatch() = default;

void LabWatch::cancel()
{
    m_cancelled = true;
    m_interval.stop();
    m_interval.disconnect(this);
}

void LabWatch::waitForServer()
{
    m_cancelled = false;
    if (!m_server)
        m_server = clientFor(m_settings.serverAddress, m_settings.cmdPort, this);
    m_interval.disconnect(this);
    connect(&m_interval, &QTimer::timeout, this, &LabWatch::pollServer);
    pollServer();
}

void LabWatch::pollServer()
{
    m_server->tracking()->then(this, [this](const CmdmonCallOf<TrackingReport>& call) {
        if (m_cancelled)
            return;
        if (call.result().ok()) {
            emit serverReady();
            return;
        }
        m_lastSeen = u"System 1 does not answer commands yet (%1)"_s.arg(call.errorString());
        m_interval.start();
    });
}

void LabWatch::waitForSelection()
{
    m_cancelled = false;
    if (!m_client)
        m_client = clientFor(m_settings.clientAddress, m_settings.cmdPort, this);
    m_interval.disconnect(this);
    connect(&m_interval, &QTimer::timeout, this, &LabWatch::pollSelection);
    pollSelection();
}

void LabWatch::pollSelection()
{
    m_client->sources()->then(this, [this](const CmdmonCallOf<QList<SourceReport>>& call) {
        if (m_cancelled)
            return;
        const Result<QList<SourceReport>> sources = call.result();
        if (!sources) {
            m_lastSeen = u"System 2 does not answer commands (%1)"_s.arg(sources.error());
        } else {
            m_lastSeen = u"System 2 has no source yet"_s;
            for (const SourceReport& source : *sources) {
                if (!source.address.isIp() || !source.address.ip.isEqual(m_settings.serverAddress))
                    continue;
                if (source.state == SourceReport::State::Selected) {
                    emit selected();
                    return;
                }
                m_lastSeen = u"System 2 sees %1 in state '%2' with reach %3"_s.arg(source.name())
                                 .arg(source.stateChar())
                                 .arg(source.reachability, 0, 8);
            }
        }
        m_interval.start();
    });
}
