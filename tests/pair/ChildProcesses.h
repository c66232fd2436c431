#pragma once

#include <QByteArray>
#include <QList>

// This process's children, read from /proc: the pair test finds the helper its HelperRunner started
// (pkexec replaced itself with it, as root) by its argv[0], so the bed's script can kill it.
namespace ChildProcesses {

// The children of every thread of this process (QProcess may fork from any of them).
QList<qint64> all();
// The first child whose argv[0] is `program`, else 0.
qint64 running(const QByteArray& program);

} // namespace ChildProcesses
