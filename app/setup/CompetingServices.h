#pragma once

#include <QString>
#include <QStringList>

// Other programs that set this clock and would fight chronyd: systemd-timesyncd (active by default
// on many desktops), ntpd, openntpd. Found by the process names in /proc/PID/comm, which needs
// neither systemd nor root and sees services started any way.
namespace CompetingServices {

// The known names that run, each once, in a fixed order. procRoot is "/proc" except in tests.
QStringList running(const QString& procRoot = QStringLiteral("/proc"));

// The names this looks for.
QStringList knownNames();

} // namespace CompetingServices
