#include "firewall/FirewallCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(FirewallManager)

// Which tool manages the firewall and the command for it (ufw and firewalld are not on the pair bed:
// this is where their commands are tested), iptables-legacy, and the finding's JSON round trip.
class tst_FirewallCheck : public QObject
{
    Q_OBJECT

private slots:
    void manager_data();
    void manager();
    void legacyRules_data();
    void legacyRules();
    void legacyRulesMakeOpenUnsure();
    void findingRoundTrip();
};

namespace {

// A ruleset whose input chain "name" in table "family table" drops UDP 123 by policy.
NftRuleset dropping(const QString& family, const QString& table, const QString& chain)
{
    const QByteArray json =
        QJsonDocument(
            QJsonObject{{u"nftables"_s,
                         QJsonArray{QJsonObject{{u"table"_s, QJsonObject{{u"family"_s, family}, {u"name"_s, table}}}},
                                    QJsonObject{{u"chain"_s, QJsonObject{{u"family"_s, family},
                                                                         {u"table"_s, table},
                                                                         {u"name"_s, chain},
                                                                         {u"type"_s, u"filter"_s},
                                                                         {u"hook"_s, u"input"_s},
                                                                         {u"prio"_s, 0},
                                                                         {u"policy"_s, u"drop"_s}}}}}}})
            .toJson();
    return *NftRuleset::fromJson(json);
}

InboundPacket packet(const QString& peer)
{
    InboundPacket p;
    p.source = QHostAddress(peer);
    p.interfaceName = u"eth0"_s;
    return p;
}

} // namespace

void tst_FirewallCheck::manager_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("chain");
    QTest::addColumn<bool>("firewalldRunning");
    QTest::addColumn<QString>("peer");
    QTest::addColumn<FirewallManager>("manager");
    QTest::addColumn<QStringList>("commands");
    QTest::addColumn<QList<QStringList>>("argv");

    QTest::addRow("plain nftables") << u"inet"_s << u"filter"_s << u"input"_s << false << u"192.168.77.3"_s
                                    << FirewallManager::Nftables
                                    << QStringList{u"nft insert rule inet filter input ip saddr 192.168.77.3 udp "
                                                   u"dport 123 accept"_s}
                                    << QList<QStringList>{{u"nft"_s, u"-j"_s, u"-f"_s, u"-"_s}};
    QTest::addRow("odd chain name is quoted")
        << u"ip"_s << u"my table"_s << u"in put"_s << false << u"192.168.77.3"_s << FirewallManager::Nftables
        << QStringList{u"nft insert rule ip \"my table\" \"in put\" ip saddr 192.168.77.3 udp dport 123 accept"_s}
        << QList<QStringList>{{u"nft"_s, u"-j"_s, u"-f"_s, u"-"_s}};
    // iptables-nft, as ufw drives it on Debian 12: its chains are in the ip filter table.
    QTest::addRow("ufw") << u"ip"_s << u"filter"_s << u"ufw-user-input"_s << false << u"192.168.77.3"_s
                         << FirewallManager::Ufw
                         << QStringList{u"ufw allow from 192.168.77.3 to any port 123 proto udp"_s}
                         << QList<QStringList>{{u"ufw"_s, u"allow"_s, u"from"_s, u"192.168.77.3"_s, u"to"_s, u"any"_s,
                                                u"port"_s, u"123"_s, u"proto"_s, u"udp"_s}};
    const QString rich4 = u"rule family=\"ipv4\" source address=\"192.168.77.3\" port port=\"123\" protocol=\"udp\" "
                          u"accept"_s;
    QTest::addRow("firewalld by its table")
        << u"inet"_s << u"firewalld"_s << u"filter_INPUT"_s << false << u"192.168.77.3"_s << FirewallManager::Firewalld
        << QStringList{u"firewall-cmd --permanent --add-rich-rule='%1' && firewall-cmd --reload"_s.arg(rich4)}
        << QList<QStringList>{{u"firewall-cmd"_s, u"--permanent"_s, u"--add-rich-rule="_s + rich4},
                              {u"firewall-cmd"_s, u"--reload"_s}};
    const QString rich6 =
        u"rule family=\"ipv6\" source address=\"fd00::3\" port port=\"123\" protocol=\"udp\" accept"_s;
    QTest::addRow("firewalld running (iptables backend), ipv6")
        << u"ip6"_s << u"filter"_s << u"INPUT"_s << true << u"fd00::3"_s << FirewallManager::Firewalld
        << QStringList{u"firewall-cmd --permanent --add-rich-rule='%1' && firewall-cmd --reload"_s.arg(rich6)}
        << QList<QStringList>{{u"firewall-cmd"_s, u"--permanent"_s, u"--add-rich-rule="_s + rich6},
                              {u"firewall-cmd"_s, u"--reload"_s}};
}

void tst_FirewallCheck::manager()
{
    QFETCH(QString, family);
    QFETCH(QString, table);
    QFETCH(QString, chain);
    QFETCH(bool, firewalldRunning);
    QFETCH(QString, peer);
    QFETCH(FirewallManager, manager);
    QFETCH(QStringList, commands);
    QFETCH(QList<QStringList>, argv);

    FirewallFacts facts;
    facts.ruleset = dropping(family, table, chain);
    facts.firewalldRunning = firewalldRunning;
    const FirewallFinding finding = FirewallCheck::check(facts, packet(peer));
    QCOMPARE(finding.verdict, FirewallFinding::Verdict::Blocked);
    QCOMPARE(finding.manager, manager);
    QCOMPARE(finding.commands, commands);
    QList<QStringList> steps;
    for (const FirewallOpenStep& step : finding.openSteps)
        steps.append(step.argv);
    QCOMPARE(steps, argv);
    QVERIFY(finding.summary().contains(FirewallFinding::managerName(manager)));
}

void tst_FirewallCheck::legacyRules_data()
{
    QTest::addColumn<QString>("save");
    QTest::addColumn<int>("count");
    QTest::addRow("nothing installed") << QString() << 0;
    QTest::addRow("empty tables") << u"*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n"
                                     u"COMMIT\n"_s
                                  << 0;
    QTest::addRow("a rule and a drop policy")
        << u"*filter\n:INPUT DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n:mine - [0:0]\n-A INPUT -p udp --dport 123 -j "
           u"DROP\nCOMMIT\n"_s
        << 2;
}

void tst_FirewallCheck::legacyRules()
{
    QFETCH(QString, save);
    QFETCH(int, count);
    QCOMPARE(FirewallCheck::legacyRuleCount(save), count);
}

void tst_FirewallCheck::legacyRulesMakeOpenUnsure()
{
    FirewallFacts facts;
    facts.legacySave = u"*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 192.168.77.3 -j DROP\nCOMMIT\n"_s;
    const FirewallFinding finding = FirewallCheck::check(facts, packet(u"192.168.77.3"_s));
    QCOMPARE(finding.verdict, FirewallFinding::Verdict::Unsure);
    QCOMPARE(finding.notes.size(), 1);
    QVERIFY(finding.notes.constFirst().contains(u"iptables-legacy"_s));
    QVERIFY(finding.openSteps.isEmpty());
}

void tst_FirewallCheck::findingRoundTrip()
{
    FirewallFacts facts;
    facts.ruleset = dropping(u"inet"_s, u"filter"_s, u"input"_s);
    const FirewallFinding finding = FirewallCheck::check(facts, packet(u"192.168.77.3"_s));
    const FirewallFinding back = FirewallFinding::fromJson(finding.toJson());
    QCOMPARE(back.verdict, finding.verdict);
    QCOMPARE(back.manager, finding.manager);
    QCOMPARE(back.rule, finding.rule);
    QCOMPARE(back.commands, finding.commands);
    QCOMPARE(back.notes, finding.notes);
    QCOMPARE(back.summary(), finding.summary());
    QVERIFY(back.openSteps.isEmpty()); // what root runs never leaves the helper
}

QTEST_GUILESS_MAIN(tst_FirewallCheck)
#include "tst_FirewallCheck.moc"
