#pragma once

#include "privileged/HelperRequest.h"
#include "util/Result.h"

#include <QByteArrayView>

// The first thing tandem-helper does with its input, before any file or process is touched:
// strict JSON (see FlatJsonObject), then an allow-list per action, exact types, ranges, and
// addresses that cannot carry anything into chrony.conf. A pure function, tested row by row.
namespace HelperRequestParser {
Result<HelperRequest> parse(QByteArrayView input);

// The address checks on their own, for the CLI to refuse early with the same words.
// An IPv4/IPv6 address or a host name (the server a client follows, a one-time sync peer).
Status checkHostOrAddress(const QString& text);
// One IPv4/IPv6 address in canonical form, no name and no subnet (a firewall rule's peer).
Status checkAddress(const QString& text);
// chrony's two ports, the only ones the firewall requests may name.
Status checkFirewallPort(int port);
// An IPv4/IPv6 address or subnet (the clients a server allows), e.g. 192.168.1.3 or 192.168.1.0/24.
Status checkAddressOrSubnet(const QString& text);
} // namespace HelperRequestParser
