#pragma once

#include "InboundPacket.h"
#include "NftRuleset.h"

// What nftables does with the packet: accepted by every base chain it passes, dropped (or rejected)
// by one rule or chain policy, or unsure because a rule that decides it cannot be evaluated.
struct NftVerdict
{
    enum class Kind { Accepted, Dropped, Unsure };
    Kind kind = Kind::Accepted;
    // Dropped: the rule (or chain policy) that drops. Unsure: the rule the check cannot evaluate.
    NftRuleRef rule;
    // Dropped: "drop", "reject" or "policy drop". Unsure: what cannot be evaluated.
    QString reason;
};

// Follows the packet through every base chain nftables runs on the way in (netdev ingress on its
// interface, prerouting, input; filter chains of the packet's family, by priority), with jump, goto,
// return and verdict maps as the kernel runs them. A base chain's accept ends only that chain; a drop
// anywhere ends it all. A rule that cannot be evaluated is followed both ways: when both ways end the
// same, the answer is still sure; otherwise the answer is Unsure and names that rule.
namespace NftEvaluator {
NftVerdict evaluate(const NftRuleset& ruleset, const InboundPacket& packet);
} // namespace NftEvaluator
