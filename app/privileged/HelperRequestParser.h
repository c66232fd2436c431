#pragma once

#include "helperprotocol/HelperRequest.h"
#include "util/Result.h"

#include <QByteArrayView>

// The first thing tandem-helper does with its input, before any file or process is touched:
// strict JSON (see FlatJsonObject), then an allow-list per action, exact types, ranges, and
// addresses that cannot carry anything into chrony.conf (AddressValidator: a request's peer is a
// client's server or a sync-now's peer (Use::Host), a server's client (HostOrSubnet) or a firewall
// rule's peer (IpOnly)). A pure function, tested row by row.
namespace HelperRequestParser {
Result<HelperRequest> parse(QByteArrayView input);

// chrony's two ports, the only ones the firewall requests may name. Addresses are checked by
// AddressValidator (its Tandem dialect), the same check the wizard and tandem-cli make.
Status checkFirewallPort(int port);
} // namespace HelperRequestParser
