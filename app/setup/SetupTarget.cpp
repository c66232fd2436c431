#include "SetupTarget.h"

#include "LocalCommandEndpoint.h"
#include "lab/LabLayout.h"
#include "labhelper/LabHelperTarget.h"

using namespace Qt::StringLiterals;

SetupTarget SetupTarget::machine()
{
    return SetupTarget();
}

SetupTarget SetupTarget::labSystem(const LabSettings& settings, int index)
{
    SetupTarget target;
    target.m_lab = settings;
    target.m_index = index == 1 ? 1 : 2;
    return target;
}

HelperTarget SetupTarget::helperTarget() const
{
    return m_lab ? LabHelperTarget::forSystem(*m_lab, m_index) : HelperTarget::machine();
}

QString SetupTarget::helperRoot() const
{
    return helperTarget().host().root();
}

QString SetupTarget::configPath() const
{
    // The helper's own search order, so the wizard previews the file the helper will change.
    return helperTarget().host().configPathOrDefault();
}

QString SetupTarget::backupDirectory() const
{
    return helperTarget().host().backupDirectory();
}

CmdmonEndpoint SetupTarget::ownEndpoint() const
{
    if (!m_lab)
        return LocalCommandEndpoint::fromFile(configPath());
    CmdmonEndpoint endpoint;
    endpoint.host = ownAddress();
    endpoint.port = m_lab->cmdPort;
    return endpoint;
}

QString SetupTarget::ownSocketPath() const
{
    return helperTarget().host().commandSocketPath();
}

CmdmonEndpoint SetupTarget::peerEndpoint(const QHostAddress& peer) const
{
    CmdmonEndpoint endpoint;
    endpoint.host = peer;
    if (m_lab) {
        endpoint.port = m_lab->cmdPort;
        // Each lab system allows only the other one's address on its command port.
        endpoint.sourceAddress = ownAddress();
    }
    return endpoint;
}

quint16 SetupTarget::peerNtpPort() const
{
    return m_lab ? m_lab->ntpPort : quint16(123);
}

QHostAddress SetupTarget::ownAddress() const
{
    if (!m_lab)
        return {};
    return m_index == 1 ? m_lab->serverAddress : m_lab->clientAddress;
}

QString SetupTarget::suggestedPeer(int ownIndex) const
{
    if (!m_lab)
        return {};
    return (ownIndex == 1 ? m_lab->clientAddress : m_lab->serverAddress).toString();
}
