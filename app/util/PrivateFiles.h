#pragma once

#include <QString>

// The user's own Tandem files (settings with the peers, offset history) are nobody else's business:
// directories 0700, files 0600, also in a home directory that is 0755, and also those an earlier
// version left 0644.
namespace PrivateFiles {

// From now on this process creates files 0600 and directories 0700 (umask 077).
void restrictNewFiles();

// `directory` 0700, and everything under it 0700 (directories) or 0600 (files); links are not
// followed. A directory that does not exist is left alone.
void tighten(const QString& directory);

} // namespace PrivateFiles
