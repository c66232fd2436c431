#pragma once

#include <QString>
#include <QStringList>

// Before a pid is signalled, what runs there is checked: a pid file can be stale and a pid can be
// reused, and Tandem only ever ends the chronyd it means (never the machine's own by mistake).
namespace ProcessIdentity {

// argv of a process from /proc/PID/cmdline; empty when the process is gone or a zombie.
QStringList commandLine(qint64 pid);

// Whether argv is a chronyd that reads configPath (started with "-f configPath").
bool isChronydWithConfig(const QStringList& argv, const QString& configPath);

// The pid in a chronyd pid file; 0 when the file is missing or does not hold a pid.
qint64 readPidFile(const QString& path);

// When the process started, in clock ticks after boot (field 22 of /proc/PID/stat); 0 when it is
// gone or a zombie. A pid with the same start time is the same process, not a reused pid.
quint64 startTime(qint64 pid);

} // namespace ProcessIdentity
