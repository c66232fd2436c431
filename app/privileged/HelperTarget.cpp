#include "HelperTarget.h"

#include "lab/VirtualSystemTime.h"
#include "ntp/SystemTime.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

HelperTarget HelperTarget::system()
{
    return HelperTarget();
}

Result<HelperTarget> HelperTarget::labRoot(const QString& root)
{
    const QFileInfo info(root);
    if (!info.isAbsolute() || !info.isDir())
        return Error{u"--root must name an existing directory by its absolute path."_s};
    const QString canonical = info.canonicalFilePath();
    const QString name = QFileInfo(canonical).fileName();
    if (name != u"system1"_s && name != u"system2"_s)
        return Error{u"--root must be a lab system directory (DIR/system1 or DIR/system2)."_s};
    const QString labDirectory = QFileInfo(canonical).path();
    Result<LabSettings> settings = loadLabSettings(labDirectory);
    if (!settings)
        return Error{u"%1 is not a lab made by Tandem: %2"_s.arg(labDirectory, settings.error())};
    HelperTarget target;
    target.m_root = canonical;
    const int index = name == u"system1"_s ? 1 : 2;
    target.m_lab = Lab{std::move(settings).value(), LabLayout::systemPaths(labDirectory, index), index};
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

QString HelperTarget::scratchDirectory() const
{
    return m_root + u"/var/lib/tandem/check"_s;
}

QString HelperTarget::commandSocketPath() const
{
    return m_lab ? m_lab->paths.socketPath : u"/run/chrony/chronyd.sock"_s;
}

Result<std::shared_ptr<const SystemTime>> HelperTarget::systemTime() const
{
    if (!m_lab || !m_lab->settings.virtualClocks)
        return std::shared_ptr<const SystemTime>(&MachineTime::instance(), [](const SystemTime*) {});
    Result<VirtualClock> clock = VirtualClock::open(m_lab->paths.clockPath);
    if (!clock)
        return Error{clock.error()};
    return std::shared_ptr<const SystemTime>(std::make_shared<VirtualSystemTime>(std::move(clock).value()));
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
