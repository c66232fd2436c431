#pragma once

#include "cmdmon/CmdmonReports.h"
#include "lab/LabLayout.h"
#include "lab/LabSettings.h"

#include <QByteArray>
#include <QMap>
#include <QString>

// Test helpers around a lab root the helper acts on.
namespace LabFiles {

// path -> contents of every file under `directory` except what chronyd itself keeps writing (logs,
// drift files, the run directory with its socket and pid file, the virtual clock).
QMap<QString, QByteArray> snapshot(const QString& directory);

QByteArray read(const QString& path);

// The system's chronyd's sources, asked over its Unix command socket.
Result<QList<SourceReport>> sources(const LabSystemPaths& paths);

// What the system's chronyd knows of its last exchange with the source at `address` (Unix socket).
Result<NtpDataReport> ntpData(const LabSystemPaths& paths, const QHostAddress& address);

// Ends system `index`'s chronyd and starts it again with `sources` and the lab's own lines as its
// config, waiting until it answers. Empty, or what went wrong.
QString restartWithSources(const LabSettings& settings, int index, const QByteArray& sources);

// The pid the system's pid file names if it is that system's live chronyd, else 0.
qint64 runningPid(const LabSystemPaths& paths);

} // namespace LabFiles
