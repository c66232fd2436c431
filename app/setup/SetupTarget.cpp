#include "SetupTarget.h"

#include "LocalCommandEndpoint.h"
#include "lab/LabLayout.h"
#include "privileged/HelperTarget.h"

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

QString SetupTarget::helperRoot() const
{
    return m_lab ? LabLayout::systemPaths(m_lab->directory, m_index).root : QString();
}

QString SetupTarget::configPath() const
{
    if (m_lab)
        return LabLayout::systemPaths(m_lab->directory, m_index).configPath;
    // The helper's own search order, so the wizard previews the file the helper will change.
    const Result<QString> found = HelperTarget::system().findConfig();
    return found ? *found : u"/etc/chrony/chrony.conf"_s;
}

QString SetupTarget::backupDirectory() const
{
    if (!m_lab)
        return HelperTarget::system().backupDirectory();
    const Result<HelperTarget> lab = HelperTarget::labRoot(helperRoot());
    return lab ? lab->backupDirectory() : QString();
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
