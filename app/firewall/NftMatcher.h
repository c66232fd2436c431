#pragma once

#include "InboundPacket.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

class NftRuleset;
struct NftChain;
struct NftSet;

// Three answers, because a rule the check cannot evaluate must not be guessed either way.
enum class Tri { False, True, Unknown };

// Does one nft expression hold for the packet? Knows the expressions that decide whether an NTP or
// chronyc datagram gets in: ip/ip6 saddr and daddr (single, prefix, range, anonymous or named set),
// udp/th dport, meta l4proto/nfproto/protocol/iif/iifname/pkttype, ip protocol, ip6 nexthdr, ct state,
// fib daddr type. Any other expression is Unknown, and `why` names it.
class NftMatcher
{
public:
    NftMatcher(const NftRuleset& ruleset, const NftChain& chain, const InboundPacket& packet);

    // A {"match": {...}} statement's body.
    Tri match(const QJsonObject& match, QString* why) const;
    // A vmap: the verdict object of the entry the packet's key selects; Null when no entry does
    // (the rule does nothing), Undefined when the key or an entry cannot be evaluated.
    QJsonValue verdictMapLookup(const QJsonObject& vmap, QString* why) const;

private:
    struct Left;
    Left evaluateLeft(const QJsonValue& left) const;
    Tri equals(const Left& left, const QJsonValue& right, QString* why) const;
    Tri compareElement(const Left& left, const QJsonValue& element, QString* why) const;
    Tri inSet(const Left& left, const QJsonArray& elements, QString* why) const;
    const NftSet* namedSet(const QString& reference, QString* why) const;

    const NftRuleset& m_ruleset;
    const NftChain& m_chain;
    const InboundPacket& m_packet;
};
