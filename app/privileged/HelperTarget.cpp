#include "HelperTarget.h"

#include "lab/LabConfig.h"
#include "lab/VirtualSystemTime.h"
#include "ntp/SystemTime.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

HelperTarget HelperTarget::system()
{
    return HelperTarget();
}

Result<HelperTarget> HelperTarget::labRoot(const QString& root)
{
    Result<LabSystemLocation> located = locateLabSystem(root);
    if (!located)
        return Error{u"--root: %1."_s.arg(located.error())};
    HelperTarget target;
    target.m_root = located->root;
    const int index = located->index;
    const QString labDirectory = located->settings.directory;
    target.m_lab = Lab{std::move(located).value().settings, LabLayout::systemPaths(labDirectory, index), index};
    return target;
}

Result<QString> HelperTarget::findConfig() const
{
    // Debian/Ubuntu first, then the upstream default used by Fedora, RHEL, Arch and openSUSE.
    for (const QString& path : {u"/etc/chrony/chrony.conf"_s, u"/etc/chrony.conf"_s}) {
        const QString full = m_root + path;
        if (QFileInfo(full).isFile())
            return full;
    }
    return Error{u"No chrony configuration was found (looked for %1/etc/chrony/chrony.conf and %1/etc/chrony.conf). "
                 "Is chrony installed?"_s.arg(m_root)};
}

QString HelperTarget::backupDirectory() const
{
    return m_root + u"/var/lib/tandem/backups"_s;
}

QString HelperTarget::lockPath() const
{
    return m_root + u"/var/lib/tandem/helper.lock"_s;
}

QString HelperTarget::scratchDirectory() const
{
    return m_root + u"/var/lib/tandem/check"_s;
}

QString HelperTarget::temporarySourceRecordPath() const
{
    return m_root + u"/var/lib/tandem/sync-now-source"_s;
}

QString HelperTarget::chronydPidPath() const
{
    return m_lab ? m_lab->paths.pidPath : u"/run/chrony/chronyd.pid"_s;
}

QString HelperTarget::commandSocketPath() const
{
    return m_lab ? m_lab->paths.socketPath : u"/run/chrony/chronyd.sock"_s;
}

Result<std::shared_ptr<const SystemTime>> HelperTarget::systemTime() const
{
    if (!m_lab)
        return std::shared_ptr<const SystemTime>(&MachineTime::instance(), [](const SystemTime*) {});
    return labSystemTime(m_lab->settings, m_lab->index);
}

quint16 HelperTarget::peerNtpPort() const
{
    return m_lab ? m_lab->settings.ntpPort : 123;
}

QHostAddress HelperTarget::ntpSourceAddress() const
{
    if (!m_lab)
        return {};
    return m_lab->index == 1 ? m_lab->settings.serverAddress : m_lab->settings.clientAddress;
}

Profile HelperTarget::adapt(Profile profile) const
{
    if (!m_lab)
        return profile;
    const Profile lab =
        m_lab->index == 1 ? LabConfig::serverProfile(m_lab->settings) : LabConfig::clientProfile(m_lab->settings);
    profile.commandBindAddress = lab.commandBindAddress;
    profile.peerNtpPort = profile.role == Role::Client ? int(m_lab->settings.ntpPort) : 0;
    return profile;
}
