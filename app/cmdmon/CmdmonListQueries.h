#pragma once

#include "CmdmonCall.h"
#include "CmdmonReports.h"

#include <QList>

class CmdmonClient;

// Calls that need a chain of exchanges: the source count first, then one request per index. They
// are built on CmdmonClient::exchange() only; CmdmonClient exposes them as sources()/allSourceStats().
namespace CmdmonListQueries {

CmdmonCallOf<QList<SourceReport>>* sources(CmdmonClient* client, bool withNames);
CmdmonCallOf<QList<SourceStatsReport>>* sourceStats(CmdmonClient* client);

} // namespace CmdmonListQueries
