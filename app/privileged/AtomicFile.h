#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <sys/types.h>

// Replaces a file so that a reader (or a crash, or kill -9) only ever sees the old or the new
// contents: a temporary file in the same directory, fsync, rename over the target, fsync the
// directory. The target's owner and mode are kept; a new file gets the given mode.
namespace AtomicFile {

Status write(const QString& path, const QByteArray& contents, mode_t modeForNewFile = 0644);

// The same for a file that holds a secret (chrony's key file): the owner and group are kept, but
// never the bits that let others read it; a new file is 0640 with the given group (chronyd's, as
// Debian ships /etc/chrony/chrony.keys root:_chrony 0640).
Status writeSecret(const QString& path, const QByteArray& contents, std::optional<gid_t> groupForNewFile);

// The file that replacing `path` must replace: `path` itself or, when it is a symlink, the file it
// leads to (a rename over the link would turn it into a regular file and leave its target stale).
// Refused with the reason when the target is missing or not a regular file, or lies in a directory
// that someone other than root or this user could write into (a link there could be swapped).
Result<QString> replacementTarget(const QString& path);

// A new file with these contents, complete or not at all; false (nothing written) when `path`
// exists already, so two writers can never pick the same name and replace each other's file.
Result<bool> create(const QString& path, const QByteArray& contents, mode_t mode);

// Temporaries left by a writer that was killed between creating and renaming them. They never
// hold the live config, so removing them is always safe.
void removeStaleTemporaries(const QString& path);

// The prefix every temporary of this path starts with (".NAME.tandem-"), for tests.
QString temporaryPrefix(const QString& path);

} // namespace AtomicFile
