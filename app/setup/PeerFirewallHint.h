#pragma once

#include "PeerTester.h"

#include <QString>

// What System 2 can say about System 1's firewall without reading it: when System 1's chronyd
// answers monitoring (its command port) but its NTP port stays silent, chronyd runs there and the
// NTP request does not reach it or is not answered, which is a firewall on System 1 dropping UDP 123
// from this system, or no `allow` for this system in its chrony.conf. The hint names the check to run
// on System 1. Empty in every other case (no guessing when both ports are silent).
namespace PeerFirewallHint {
// ownAddress: this system's address as System 1 sees it (LocalRoute), for the command; may be null.
QString forReport(const PeerTestReport& report, const QHostAddress& ownAddress);
} // namespace PeerFirewallHint
