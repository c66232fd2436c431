#pragma once

#include "NftRuleset.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// Who manages this system's firewall: the tool whose command an admin should use to open a port
// (a rule inserted with nft into ufw's or firewalld's tables is lost on their next reload).
enum class FirewallManager { None, Nftables, Ufw, Firewalld };

// One command the helper runs to open the port: a program (looked up in the helper's fixed PATH)
// with its arguments, and what it reads on stdin (nft's JSON commands). Never a shell.
struct FirewallOpenStep
{
    QStringList argv;
    QByteArray input;
};

// The answer to "would this system's firewall let the peer's first datagram to UDP port P in?",
// as the helper sends it to tandem-cli and the GUI (toJson/fromJson are the one home of its keys).
struct FirewallFinding
{
    enum class Verdict { Open, Blocked, Unsure };
    Verdict verdict = Verdict::Unsure;
    FirewallManager manager = FirewallManager::None;
    QString peer;
    quint16 port = 123;
    QString interfaceName; // the interface facing the peer, as the check assumed it
    // Blocked: the rule or chain policy that drops. Unsure: the rule the check cannot evaluate.
    NftRuleRef rule;
    QString reason;
    // Blocked: the exact commands that open just this port for just the peer, for an admin to type.
    QStringList commands;
    // Things the admin should know that do not change the verdict (iptables-legacy rules, persistence).
    QStringList notes;
    // Blocked: what the helper runs for firewall-open (not sent to callers).
    QList<FirewallOpenStep> openSteps;

    QJsonObject toJson() const;
    static FirewallFinding fromJson(const QJsonObject& object);
    // One or two sentences for a terminal or a label: the verdict, the rule, the reason.
    QString summary() const;

    static QString managerName(FirewallManager manager);
    static QString verdictName(Verdict verdict);
};
