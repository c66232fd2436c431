#pragma once

#include "util/Result.h"

#include <QString>

class OffsetHistory;
class QIODevice;

// Exports an OffsetHistory as CSV for a spreadsheet or a bug report. One row per poll time:
//   time_utc,epoch_s,system2_ahead_of_system1_s,system1_ahead_s,system2_ahead_s,system1_leap,system2_leap
// time_utc is ISO 8601 in UTC with ms ("2026-01-02T03:04:05.123Z"), epoch_s is seconds since the
// epoch with ms, offsets are seconds with 9 decimals, + = ahead of the reference as on the chart (a
// system's "ahead" is chronyc's "System time" with the opposite sign: it says "slow"), an empty cell is a
// value not measured (a gap), leap status uses chronyc's words (empty when unknown). Markers are not
// part of the rows.
namespace HistoryCsv {

QString header();
Status write(const OffsetHistory& history, QIODevice& out);
// Writes to a file atomically (temporary file + rename).
Status exportTo(const OffsetHistory& history, const QString& path);

} // namespace HistoryCsv
