#pragma once

#include <QString>

#include <optional>

// Reads chronyd's log lines for the ones that mean a lab system cannot work. chronyd exits on a
// "Fatal error", but it keeps running after failing to open a socket or disabling its command
// socket, so those lines have to be caught from the log rather than from the exit status.
namespace ChronydLog {

// The line without chronyd's "2024-01-01T00:00:00Z " timestamp prefix.
QString withoutTimestamp(const QString& line);

// The reason (the line without its timestamp) when the line reports a failure that breaks the lab,
// nothing for an ordinary line.
std::optional<QString> failure(const QString& line);

} // namespace ChronydLog
