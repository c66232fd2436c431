#include "HelperTarget.h"

#include "ntp/SystemTime.h"
#include "privileged/SystemChronyRestarter.h"
#include "privileged/SysvChronyRestarter.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

HelperTarget HelperTarget::machine()
{
    return HelperTarget();
}

HelperTarget HelperTarget::underRoot(ChronyHost host, Rooted rooted)
{
    HelperTarget target;
    target.m_host = std::move(host);
    target.m_rooted = std::move(rooted);
    return target;
}

Result<std::shared_ptr<const SystemTime>> HelperTarget::systemTime() const
{
    if (m_rooted)
        return m_rooted->clock();
    return std::shared_ptr<const SystemTime>(&MachineTime::instance(), [](const SystemTime*) {});
}

Profile HelperTarget::adapt(Profile profile) const
{
    return m_rooted ? m_rooted->adapt(std::move(profile)) : profile;
}

ChronyRestarter* HelperTarget::createRestarter(QObject* parent) const
{
    if (m_rooted)
        return m_rooted->restarter(parent);
    // systemd is running when /run/systemd/system exists (sd_booted()'s test).
    if (!QFileInfo(u"/run/systemd/system"_s).isDir())
        return new SysvChronyRestarter(SysvChronyRestarter::serviceProgram(), m_host.chronydPidPath(), parent);
    return new SystemChronyRestarter(parent);
}
