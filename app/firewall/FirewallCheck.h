#pragma once

#include "FirewallFinding.h"
#include "InboundPacket.h"
#include "NftRuleset.h"

// What the helper gathered about this system's firewall, as root (reading rulesets needs CAP_NET_ADMIN).
struct FirewallFacts
{
    NftRuleset ruleset;            // `nft -j list ruleset`; empty when nft is not installed
    bool firewalldRunning = false; // `firewall-cmd --state` said "running"
    QString legacySave;            // `iptables-legacy-save` and `ip6tables-legacy-save`, when installed
};

// The firewall check itself, pure: which tool manages the firewall, what nftables does with the
// packet, what iptables-legacy might do, and the commands that open just this port for just this
// peer. For plain nftables the commands insert an accept rule at the top of each chain that drops,
// planned by evaluating the ruleset again with that rule in place, so they are known to be enough.
namespace FirewallCheck {
FirewallFinding check(const FirewallFacts& facts, const InboundPacket& packet);

FirewallManager detectManager(const FirewallFacts& facts);
// The number of rules and non-ACCEPT policies in iptables-legacy-save output (0: no effect).
int legacyRuleCount(const QString& save);
// The accept rule for the peer and port, in nft's JSON (the same statements the evaluator reads).
QJsonArray acceptStatements(const InboundPacket& packet);
} // namespace FirewallCheck
