#pragma once

#include "util/Result.h"

#include <QString>

// The files of one lab system, all inside DIR/systemN/ so that a lab never touches /etc or /run:
// a small root with etc/chrony/chrony.conf, a run directory for the pid file and command socket,
// the log, the drift file and the system's virtual clock.
struct LabSystemPaths
{
    QString root;
    QString configPath;
    QString runDirectory;
    QString socketPath;
    QString pidPath;
    QString logPath;
    QString driftPath;
    QString clockPath; // the virtual clock's state file (see VirtualClock), when the lab has one
};

namespace LabLayout {

// index 1: System 1 (server), index 2: System 2 (client).
LabSystemPaths systemPaths(const QString& labDirectory, int index);

// Creates the directories of one system. The run directory must be mode 0770 or tighter and owned
// by the user chronyd runs as (this process's user), or chronyd only warns and runs without its
// command socket (chronyd 4.3 logs "Disabled command socket"): an existing directory that does not qualify is reported,
// not used.
Status prepare(const LabSystemPaths& paths);

} // namespace LabLayout
