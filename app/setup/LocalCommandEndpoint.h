#pragma once

#include "cmdmon/CmdmonEndpoint.h"
#include "config/ConfFile.h"

#include <QString>

// Where a process on this machine reaches its own chronyd over UDP, without root. chronyd binds one
// command address per IP family, loopback by default; a pair's `bindcmdaddress` (the address that
// faces the peer) replaces the IPv4 one, so 127.0.0.1:323 no longer answers. The request then goes
// to that address, sent from 127.0.0.1: the kernel delivers it locally, and chronyd still counts it
// as localhost, so no cmdallow for this machine is needed.
namespace LocalCommandEndpoint {

// From the active bindcmdaddress lines of `config` (files it includes are not read).
CmdmonEndpoint fromConfig(const ConfFile& config);

// From the chrony.conf at `configPath`; the default (127.0.0.1:323) when it cannot be read.
CmdmonEndpoint fromFile(const QString& configPath);

} // namespace LocalCommandEndpoint
