#include "FirewallCheck.h"

#include "NftEvaluator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// A ruleset that needs more inserted rules than this has something the planner does not see through.
constexpr int MaxInserts = 8;

QString addressKeyword(const InboundPacket& packet)
{
    return packet.isIpv6() ? u"ip6"_s : u"ip"_s;
}

// nft's names need quotes when they are not plain identifiers; the ruleset is root's, but the
// command is shown to be typed, so it must parse as what it names.
QString nftName(const QString& name)
{
    static const QRegularExpression plain(QRegularExpression::anchoredPattern(u"[A-Za-z_][A-Za-z0-9_./-]*"_s));
    if (plain.match(name).hasMatch())
        return name;
    return u"\"%1\""_s.arg(QString(name).replace(u'"', u"\\\""_s));
}

QString nftInsertText(const NftRuleRef& chain, const InboundPacket& packet)
{
    return u"nft insert rule %1 %2 %3 %4 saddr %5 udp dport %6 accept"_s.arg(
        chain.family, nftName(chain.table), nftName(chain.chain), addressKeyword(packet), packet.source.toString(),
        QString::number(packet.port));
}

void addUfw(FirewallFinding& finding, const InboundPacket& packet)
{
    const QString address = packet.source.toString();
    const QString port = QString::number(packet.port);
    finding.commands.append(u"ufw allow from %1 to any port %2 proto udp"_s.arg(address, port));
    finding.openSteps.append(
        {{u"ufw"_s, u"allow"_s, u"from"_s, address, u"to"_s, u"any"_s, u"port"_s, port, u"proto"_s, u"udp"_s}, {}});
}

void addFirewalld(FirewallFinding& finding, const InboundPacket& packet)
{
    const QString richRule = u"rule family=\"%1\" source address=\"%2\" port port=\"%3\" protocol=\"udp\" accept"_s.arg(
        packet.isIpv6() ? u"ipv6"_s : u"ipv4"_s, packet.source.toString(), QString::number(packet.port));
    finding.commands.append(u"firewall-cmd --permanent --add-rich-rule='%1' && firewall-cmd --reload"_s.arg(richRule));
    finding.openSteps.append({{u"firewall-cmd"_s, u"--permanent"_s, u"--add-rich-rule=%1"_s.arg(richRule)}, {}});
    finding.openSteps.append({{u"firewall-cmd"_s, u"--reload"_s}, {}});
}

} // namespace

QJsonArray FirewallCheck::acceptStatements(const InboundPacket& packet)
{
    const auto match = [](const QString& protocol, const QString& field, const QJsonValue& right) {
        return QJsonObject{
            {u"match"_s, QJsonObject{{u"op"_s, u"=="_s},
                                     {u"left"_s, QJsonObject{{u"payload"_s, QJsonObject{{u"protocol"_s, protocol},
                                                                                        {u"field"_s, field}}}}},
                                     {u"right"_s, right}}}};
    };
    return {match(addressKeyword(packet), u"saddr"_s, packet.source.toString()),
            match(u"udp"_s, u"dport"_s, int(packet.port)), QJsonObject{{u"accept"_s, QJsonValue::Null}}};
}

FirewallManager FirewallCheck::detectManager(const FirewallFacts& facts)
{
    if (facts.firewalldRunning || facts.ruleset.tables().contains(u"inet firewalld"_s))
        return FirewallManager::Firewalld;
    for (const NftChain& chain : facts.ruleset.chains()) {
        if (chain.name.startsWith(u"ufw-"_s) || chain.name.startsWith(u"ufw6-"_s))
            return FirewallManager::Ufw;
    }
    for (const NftChain& chain : facts.ruleset.chains()) {
        if (chain.isBase())
            return FirewallManager::Nftables;
    }
    return FirewallManager::None;
}

int FirewallCheck::legacyRuleCount(const QString& save)
{
    int count = 0;
    const QStringList lines = save.split(u'\n');
    for (const QString& line : lines) {
        if (line.startsWith(u"-A "_s))
            ++count;
        // ":INPUT DROP [0:0]": a built-in chain whose policy is not ACCEPT drops on its own.
        else if (line.startsWith(u':') && !line.contains(u" ACCEPT "_s) && !line.contains(u" - "_s))
            ++count;
    }
    return count;
}

FirewallFinding FirewallCheck::check(const FirewallFacts& facts, const InboundPacket& packet)
{
    FirewallFinding finding;
    finding.manager = detectManager(facts);
    finding.peer = packet.source.toString();
    finding.port = packet.port;
    finding.interfaceName = packet.interfaceName;

    const NftVerdict verdict = NftEvaluator::evaluate(facts.ruleset, packet);
    finding.rule = verdict.rule;
    finding.reason = verdict.reason;
    switch (verdict.kind) {
    case NftVerdict::Kind::Accepted:
        finding.verdict = FirewallFinding::Verdict::Open;
        break;
    case NftVerdict::Kind::Dropped:
        finding.verdict = FirewallFinding::Verdict::Blocked;
        break;
    case NftVerdict::Kind::Unsure:
        finding.verdict = FirewallFinding::Verdict::Unsure;
        break;
    }

    // iptables-legacy hooks into the kernel beside nftables: its rules apply too, and are not read here.
    if (const int legacy = legacyRuleCount(facts.legacySave); legacy > 0) {
        finding.notes.append(u"iptables-legacy has %1 rule(s) or non-ACCEPT policies that this check does not "
                             u"evaluate; see 'iptables-legacy-save'."_s.arg(legacy));
        if (finding.verdict == FirewallFinding::Verdict::Open) {
            finding.verdict = FirewallFinding::Verdict::Unsure;
            finding.reason = u"iptables-legacy has rules the check cannot evaluate"_s;
        }
    }
    if (finding.verdict != FirewallFinding::Verdict::Blocked)
        return finding;

    switch (finding.manager) {
    case FirewallManager::Ufw:
        addUfw(finding, packet);
        return finding;
    case FirewallManager::Firewalld:
        addFirewalld(finding, packet);
        return finding;
    case FirewallManager::None:
    case FirewallManager::Nftables:
        break;
    }
    // Plain nftables: an accept at the top of each chain that drops, until the packet gets through.
    NftRuleset planned = facts.ruleset;
    QJsonArray inserts;
    NftVerdict next = verdict;
    for (int i = 0; i < MaxInserts && next.kind == NftVerdict::Kind::Dropped; ++i) {
        const NftRuleRef& chain = next.rule;
        finding.commands.append(nftInsertText(chain, packet));
        inserts.append(
            QJsonObject{{u"insert"_s, QJsonObject{{u"rule"_s, QJsonObject{{u"family"_s, chain.family},
                                                                          {u"table"_s, chain.table},
                                                                          {u"chain"_s, chain.chain},
                                                                          {u"expr"_s, acceptStatements(packet)}}}}}});
        planned = planned.withRuleInserted(chain, acceptStatements(packet));
        next = NftEvaluator::evaluate(planned, packet);
    }
    if (next.kind != NftVerdict::Kind::Accepted) {
        finding.notes.append(
            u"After these commands the check would still not be sure the port is open (%1)."_s.arg(next.reason));
        return finding; // no openSteps: the helper does not act on a plan it cannot verify
    }
    finding.notes.append(u"'nft insert' changes the running ruleset only; add the rule to /etc/nftables.conf "
                         u"to keep it after a reboot."_s);
    finding.openSteps.append({{u"nft"_s, u"-j"_s, u"-f"_s, u"-"_s},
                              QJsonDocument(QJsonObject{{u"nftables"_s, inserts}}).toJson(QJsonDocument::Compact)});
    return finding;
}
