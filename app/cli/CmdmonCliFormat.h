#pragma once

#include "cmdmon/CmdmonReports.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// Text and JSON for the cmdmon subcommands. JSON keys and numbers follow chronyc -c's columns,
// units and signs, so scripts can switch between the two; the text adds units and words instead.
namespace CmdmonCliFormat {

QJsonObject trackingJson(const TrackingReport& report);
QJsonObject sourceJson(const SourceReport& report);
QJsonObject sourceStatsJson(const SourceStatsReport& report);
QJsonObject activityJson(const ActivityReport& report);
QString jsonLine(const QJsonObject& object);

// Names come from the network (a server's name, a reference ID's four bytes): on a terminal, without
// the control characters (C0, DEL, C1) that would move the cursor, retitle the window or erase a line.
QString terminalSafe(const QString& text);

// `configuredName` is the reference's name from chronyd's configuration, when known.
QString trackingText(const TrackingReport& report, const QString& configuredName);
QString sourcesText(const QList<SourceReport>& sources);
QString sourceStatsText(const QList<SourceStatsReport>& stats);
QString activityText(const ActivityReport& report);

} // namespace CmdmonCliFormat
