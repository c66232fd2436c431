#pragma once

#include "config/PairKey.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

// What carries the pair's key from System 1 to System 2 once, by the admin: a small text file with
// the pairing code and the other system's config lines (the wizard's export, tandem-cli pair-key),
// or the code alone, typed. Written for the owner only (0600, never over an existing file).
namespace PairBundle {

QByteArray render(const PairKey& key, const QString& otherSystemTitle, const QByteArray& otherSystemConfig);
// The key in a bundle, or in a text that is only the code.
Result<PairKey> read(const QByteArray& text);
// A new file, 0600, that did not exist before.
Status writeNew(const QString& path, const QByteArray& bundle);
// A bundle file ("-": standard input).
Result<PairKey> readFile(const QString& path);

} // namespace PairBundle
