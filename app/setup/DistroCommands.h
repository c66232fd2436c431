#pragma once

#include <QByteArray>
#include <QString>

// The exact commands an admin types on this distribution to install and start chrony or to stop a
// competing time service, chosen from /etc/os-release (ID and ID_LIKE), so the window can show a
// command instead of "install chrony somehow".
struct DistroCommands
{
    enum class Family { Debian, Fedora, Arch, Suse, Unknown };
    // How services are started: systemd, or an init script through `service` (containers, sysvinit).
    enum class Init { Systemd, SysV };

    Family family = Family::Unknown;
    QString prettyName; // PRETTY_NAME, for "on Debian GNU/Linux 12 (bookworm)"
    QString installChrony;
    QString startChrony;
    QString stopTimesyncd;

    // Pure: the contents of an os-release file, and the init system.
    static DistroCommands fromOsRelease(const QByteArray& osRelease, Init init = Init::Systemd);
    // This machine's (/etc/os-release, else /usr/lib/os-release; systemd when /run/systemd/system
    // exists, as the helper decides how to restart chrony).
    static DistroCommands forThisMachine();
};
