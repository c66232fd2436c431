#include "FirewallFinding.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QString ruleText(const NftRuleRef& rule)
{
    if (rule.isNull())
        return {};
    if (rule.isPolicy())
        return u"the policy of chain \"%1\""_s.arg(rule.chainText());
    return u"rule handle %1 in chain \"%2\""_s.arg(rule.handle).arg(rule.chainText());
}

QString serviceName(quint16 port)
{
    return port == 123 ? u"NTP requests"_s : (port == 323 ? u"monitoring requests"_s : u"datagrams"_s);
}

} // namespace

QString FirewallFinding::managerName(FirewallManager manager)
{
    switch (manager) {
    case FirewallManager::None:
        return u"none"_s;
    case FirewallManager::Nftables:
        return u"nftables"_s;
    case FirewallManager::Ufw:
        return u"ufw"_s;
    case FirewallManager::Firewalld:
        return u"firewalld"_s;
    }
    return {};
}

QString FirewallFinding::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Open:
        return u"open"_s;
    case Verdict::Blocked:
        return u"blocked"_s;
    case Verdict::Unsure:
        return u"unsure"_s;
    }
    return {};
}

QJsonObject FirewallFinding::toJson() const
{
    QJsonObject object{
        {u"verdict"_s, verdictName(verdict)},
        {u"manager"_s, managerName(manager)},
        {u"peer"_s, peer},
        {u"port"_s, port},
        {u"interface"_s, interfaceName},
        {u"reason"_s, reason},
        {u"commands"_s, QJsonArray::fromStringList(commands)},
        {u"notes"_s, QJsonArray::fromStringList(notes)},
    };
    if (!rule.isNull()) {
        object.insert(u"rule"_s, QJsonObject{{u"family"_s, rule.family},
                                             {u"table"_s, rule.table},
                                             {u"chain"_s, rule.chain},
                                             {u"handle"_s, rule.handle}});
    }
    return object;
}

FirewallFinding FirewallFinding::fromJson(const QJsonObject& object)
{
    FirewallFinding finding;
    const QString verdict = object.value(u"verdict"_s).toString();
    for (Verdict v : {Verdict::Open, Verdict::Blocked, Verdict::Unsure}) {
        if (verdictName(v) == verdict)
            finding.verdict = v;
    }
    const QString manager = object.value(u"manager"_s).toString();
    for (FirewallManager m :
         {FirewallManager::None, FirewallManager::Nftables, FirewallManager::Ufw, FirewallManager::Firewalld}) {
        if (managerName(m) == manager)
            finding.manager = m;
    }
    finding.peer = object.value(u"peer"_s).toString();
    finding.port = quint16(object.value(u"port"_s).toInt(123));
    finding.interfaceName = object.value(u"interface"_s).toString();
    finding.reason = object.value(u"reason"_s).toString();
    for (const QJsonValue& command : object.value(u"commands"_s).toArray())
        finding.commands.append(command.toString());
    for (const QJsonValue& note : object.value(u"notes"_s).toArray())
        finding.notes.append(note.toString());
    const QJsonObject rule = object.value(u"rule"_s).toObject();
    if (!rule.isEmpty()) {
        finding.rule = {rule.value(u"family"_s).toString(), rule.value(u"table"_s).toString(),
                        rule.value(u"chain"_s).toString(), rule.value(u"handle"_s).toInteger(-1)};
    }
    return finding;
}

QString FirewallFinding::summary() const
{
    const QString what = u"%1 (UDP %2) from %3"_s.arg(serviceName(port)).arg(port).arg(peer);
    const QString by = manager == FirewallManager::None ? QString() : u" (managed by %1)"_s.arg(managerName(manager));
    switch (verdict) {
    case Verdict::Open:
        return u"The firewall%1 lets %2 in."_s.arg(by, what);
    case Verdict::Blocked:
        return u"The firewall%1 drops %2: %3 (%4)."_s.arg(by, what, ruleText(rule), reason);
    case Verdict::Unsure:
        return rule.isNull() ? u"Cannot tell whether the firewall%1 lets %2 in: %3."_s.arg(by, what, reason)
                             : u"Cannot tell whether the firewall%1 lets %2 in: %3 in %4."_s.arg(by, what, reason,
                                                                                                 ruleText(rule));
    }
    return {};
}
