#pragma once

#include "CmdmonReports.h"
#include "util/Result.h"

#include <QByteArray>

// Decoders for reply data (the bytes after the 28-byte header; layouts as in
// chrony's candm.h). Each checks the
// length itself, so they are safe on any input, not only on replies that passed validation, and
// every count and value against what a real chronyd can report ("implausible reply: ...").
namespace CmdmonDecoders {

// More sources than any chrony.conf has (a pool adds at most 16); each is one more request.
constexpr quint32 MaxSources = 1024;

Result<TrackingReport> tracking(const QByteArray& data);
Result<quint32> sourceCount(const QByteArray& data);
Result<SourceReport> sourceData(const QByteArray& data);
Result<SourceStatsReport> sourceStats(const QByteArray& data);
Result<ActivityReport> activity(const QByteArray& data);
Result<QString> sourceName(const QByteArray& data);
Result<NtpDataReport> ntpData(const QByteArray& data);

} // namespace CmdmonDecoders
