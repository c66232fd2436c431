#pragma once

#include <QString>

// The private directories that hold our reply sockets next to chronyd's command socket
// ("tandem.PID.XXXXXX/sock"). Each carries its creator's pid, so that one left by a process that
// was killed (SIGKILL skips every cleanup) is recognised and removed by the next one; a directory
// whose creator still runs, or that another user owns, is never touched.
namespace ReplySocketDirectories {

// A new directory in `parent`, mode 0711 (chronyd, perhaps no longer root, must reach the socket).
// Returns 0 and sets `created`, or the errno of the failure (EACCES tells "not root" apart).
int create(const QString& parent, QString* created);

// Removes the directories (and their sockets) whose creating process is gone. Returns how many.
int removeStale(const QString& parent);

} // namespace ReplySocketDirectories
