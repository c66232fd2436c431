#include "NftEvaluator.h"

#include "NftMatcher.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// nft itself refuses deeper jump chains; a dump that claims more is not followed.
constexpr qsizetype MaxJumpDepth = 16;
// Each rule the check cannot evaluate doubles the ways to follow; beyond these the answer is Unsure.
constexpr int MaxSteps = 100000;
constexpr int MaxBranchDepth = 24;

// Statements that decide the packet's fate in ways the check does not model (queueing to a program,
// address translation, forwarding): the answer is Unsure as soon as one of them is reached.
const QStringList& unmodelledActions()
{
    static const QStringList actions{u"queue"_s,  u"dnat"_s, u"snat"_s,     u"redirect"_s, u"masquerade"_s,
                                     u"tproxy"_s, u"fwd"_s,  u"synproxy"_s, u"dup"_s};
    return actions;
}

// Statements that never change whether the packet passes (they count, log, or set marks that a
// later match would have to read, and such a match is itself Unknown).
const QStringList& neutralStatements()
{
    static const QStringList statements{u"counter"_s, u"log"_s,       u"mangle"_s,     u"set"_s,
                                        u"map"_s,     u"ct helper"_s, u"ct timeout"_s, u"ct expectation"_s};
    return statements;
}

int hookOrder(const QString& hook)
{
    if (hook == u"ingress"_s)
        return 0;
    if (hook == u"prerouting"_s)
        return 1;
    return 2; // input
}

struct Frame
{
    const NftChain* chain = nullptr;
    qsizetype rule = 0;
    qsizetype statement = 0;
};

struct Path
{
    qsizetype base = 0; // index into the base chains
    QList<Frame> stack;
    InboundPacket packet;
    int branches = 0;
};

class Evaluation
{
public:
    Evaluation(const NftRuleset& ruleset, QList<const NftChain*> bases)
        : m_ruleset(ruleset)
        , m_bases(std::move(bases))
    {}

    NftVerdict run(Path path);

private:
    NftVerdict branch(const Path& path, const NftRuleRef& here, const QString& why);
    // A verdict statement ({"accept":null}, {"jump":{...}}...): nullopt when the path goes on.
    std::optional<NftVerdict> verdict(Path& path, const QString& kind, const QJsonValue& body, const NftRuleRef& here);
    void endChain(Path& path);

    const NftRuleset& m_ruleset;
    const QList<const NftChain*> m_bases;
    int m_steps = 0;
};

NftVerdict unsure(const NftRuleRef& rule, const QString& reason)
{
    return {NftVerdict::Kind::Unsure, rule, reason};
}

void Evaluation::endChain(Path& path)
{
    path.stack.removeLast();
}

NftVerdict Evaluation::branch(const Path& path, const NftRuleRef& here, const QString& why)
{
    if (path.branches >= MaxBranchDepth)
        return unsure(here, u"%1 (and too many other rules the check cannot evaluate)"_s.arg(why));
    Path applies = path;
    ++applies.branches;
    Path skips = applies;
    skips.stack.last().rule += 1;
    skips.stack.last().statement = 0;
    const NftVerdict ifApplies = run(applies);
    const NftVerdict ifSkipped = run(skips);
    if (ifApplies.kind == ifSkipped.kind && ifApplies.kind != NftVerdict::Kind::Unsure)
        return ifSkipped; // the same either way: this rule does not matter
    // Both ways unsure because of the same later rule: that rule is the one to name.
    if (ifApplies.kind == NftVerdict::Kind::Unsure && ifSkipped.kind == NftVerdict::Kind::Unsure &&
        ifApplies.rule == ifSkipped.rule && !ifApplies.rule.isNull())
        return ifApplies;
    return unsure(here, why);
}

std::optional<NftVerdict> Evaluation::verdict(Path& path, const QString& kind, const QJsonValue& body,
                                              const NftRuleRef& here)
{
    if (kind == u"accept"_s) {
        // Accepted by this base chain; the next base chain still sees the packet.
        path.stack.clear();
        ++path.base;
        return std::nullopt;
    }
    if (kind == u"drop"_s || kind == u"reject"_s)
        return NftVerdict{NftVerdict::Kind::Dropped, here, kind};
    if (kind == u"continue"_s)
        return std::nullopt;
    if (kind == u"return"_s) {
        endChain(path);
        return std::nullopt;
    }
    if (kind == u"jump"_s || kind == u"goto"_s) {
        const QString target = body.toObject().value(u"target"_s).toString();
        const NftChain* chain = m_ruleset.chain(here.family, here.table, target);
        if (!chain)
            return unsure(here, u"it jumps to the chain \"%1\", which is not in the ruleset"_s.arg(target));
        if (path.stack.size() >= MaxJumpDepth)
            return unsure(here, u"the jumps go deeper than %1 chains"_s.arg(MaxJumpDepth));
        if (kind == u"goto"_s)
            path.stack.last() = Frame{chain};
        else
            path.stack.append(Frame{chain});
        return std::nullopt;
    }
    return unsure(here, u"the check does not know the verdict \"%1\""_s.arg(kind));
}

NftVerdict Evaluation::run(Path path)
{
    while (true) {
        if (++m_steps > MaxSteps)
            return unsure({}, u"the ruleset has too many rules the check cannot evaluate"_s);
        if (path.stack.isEmpty()) {
            if (path.base >= m_bases.size())
                return {NftVerdict::Kind::Accepted, {}, {}};
            path.stack.append(Frame{m_bases.at(path.base)});
        }
        Frame& frame = path.stack.last();
        const NftChain& chain = *frame.chain;
        if (frame.rule >= chain.rules.size()) {
            endChain(path);
            if (path.stack.isEmpty()) {
                // The end of a base chain (or of a chain it went to with goto): its policy decides.
                const NftChain& base = *m_bases.at(path.base);
                if (base.policy == u"drop"_s)
                    return {NftVerdict::Kind::Dropped, base.ref(), u"policy drop"_s};
                ++path.base;
            }
            continue;
        }
        const NftRule& rule = chain.rules.at(frame.rule);
        if (frame.statement >= rule.statements.size()) {
            ++frame.rule;
            frame.statement = 0;
            continue;
        }
        const QJsonObject statement = rule.statements.at(frame.statement).toObject();
        ++frame.statement;
        const NftRuleRef here = chain.ref(rule.handle);
        const QString kind = statement.keys().value(0);
        const QJsonValue body = statement.value(kind);

        if (kind == u"match"_s) {
            QString why;
            const Tri result = NftMatcher(m_ruleset, chain, path.packet).match(body.toObject(), &why);
            if (result == Tri::False) {
                ++frame.rule;
                frame.statement = 0;
            } else if (result == Tri::Unknown) {
                return branch(path, here, why);
            }
            continue;
        }
        if (neutralStatements().contains(kind))
            continue;
        if (kind == u"limit"_s) {
            // One new packet is within any rate; "limit rate over" matches only above it.
            if (body.toObject().value(u"inv"_s).toBool()) {
                ++frame.rule;
                frame.statement = 0;
            }
            continue;
        }
        if (kind == u"notrack"_s) {
            path.packet.ctState = u"untracked"_s;
            continue;
        }
        if (kind == u"vmap"_s) {
            QString why;
            const QJsonValue chosen = NftMatcher(m_ruleset, chain, path.packet).verdictMapLookup(body.toObject(), &why);
            if (chosen.isUndefined())
                return unsure(here, why);
            if (chosen.isObject()) {
                const QString verdictKind = chosen.toObject().keys().value(0);
                if (auto decided = verdict(path, verdictKind, chosen.toObject().value(verdictKind), here))
                    return *decided;
            }
            continue;
        }
        if (unmodelledActions().contains(kind) ||
            (kind == u"xt"_s && body.toObject().value(u"type"_s).toString() == u"target"_s))
            return unsure(here, u"the check does not model the statement \"%1\""_s.arg(kind));
        if (kind == u"accept"_s || kind == u"drop"_s || kind == u"reject"_s || kind == u"continue"_s ||
            kind == u"return"_s || kind == u"jump"_s || kind == u"goto"_s) {
            if (auto decided = verdict(path, kind, body, here))
                return *decided;
            continue;
        }
        // Anything else (an iptables-nft "xt" match, quota, meter, ct count...) may or may not match.
        return branch(path, here, u"the check cannot evaluate the expression \"%1\""_s.arg(kind));
    }
}

} // namespace

NftVerdict NftEvaluator::evaluate(const NftRuleset& ruleset, const InboundPacket& packet)
{
    QList<const NftChain*> bases;
    for (const NftChain& chain : ruleset.chains()) {
        if (!chain.isBase() || chain.type != u"filter"_s)
            continue;
        const bool familyApplies = chain.family == u"inet"_s || chain.family == u"netdev"_s ||
                                   chain.family == (packet.isIpv6() ? u"ip6"_s : u"ip"_s);
        if (!familyApplies)
            continue;
        if (chain.hook == u"ingress"_s) {
            if (chain.family != u"netdev"_s && chain.family != u"inet"_s)
                continue;
            // An ingress chain sees only its device's packets; unknown interface: assume it may.
            if (!packet.interfaceName.isEmpty() && !chain.device.isEmpty() && chain.device != packet.interfaceName)
                continue;
        } else if (chain.hook != u"prerouting"_s && chain.hook != u"input"_s) {
            continue;
        }
        bases.append(&chain);
    }
    std::stable_sort(bases.begin(), bases.end(), [](const NftChain* a, const NftChain* b) {
        if (hookOrder(a->hook) != hookOrder(b->hook))
            return hookOrder(a->hook) < hookOrder(b->hook);
        return a->priority < b->priority;
    });
    Evaluation evaluation(ruleset, bases);
    Path path;
    path.packet = packet;
    return evaluation.run(path);
}
