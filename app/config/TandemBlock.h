#pragma once

#include "ConfFile.h"

#include <QByteArray>
#include <QList>

#include <optional>

// How Tandem marks its changes inside someone else's chrony.conf: its own lines live in one block
// between a BEGIN and an END comment, and every line it had to switch off is kept, prefixed with a
// marker, so "remove Tandem's changes" can give back the original bytes.
namespace TandemBlock {

QByteArray beginLine();
QByteArray endLine();
QByteArray disabledMarker(); // "#tandem-disabled# " in front of the original text

bool isDisabled(const ConfLine& line);
ConfLine disable(const ConfLine& line);
ConfLine restore(const ConfLine& line);

// The lines between Tandem's BEGIN and END lines, as strip() finds the block; nullopt when the file has
// no whole block (one missing its END line is plain text, see strip()).
std::optional<QList<ConfLine>> body(const ConfFile& file);

// The file without Tandem's block and with every disabled line restored. *blockIndex receives the
// index of the line where the block was (or -1); a block missing its END line is kept as plain text
// because Tandem cannot tell where it would end.
ConfFile strip(const ConfFile& file, qsizetype* blockIndex = nullptr);

// Inserts the block made of `body` lines (without the BEGIN/END lines) at `index`, or at the end when
// index is -1. A file without a final newline keeps that property (see the .cpp).
ConfFile insert(const ConfFile& file, const QList<QByteArray>& body, qsizetype index);

} // namespace TandemBlock
