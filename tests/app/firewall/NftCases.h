#pragma once

#include <QTest>

using namespace Qt::StringLiterals;

// The rows shared by tst_NftEvaluator (captured JSON in tests/data/nft) and tst_NftLive (the same
// .nft files loaded into a fresh network namespace and listed by the real nft): what each ruleset
// does with the peer's first datagram, which rule decides, and how many commands open it.
inline void addNftCases()
{
    QTest::addColumn<QString>("ruleset");
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QString>("interface");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("chain");   // "family table chain" of the deciding rule, empty for open
    QTest::addColumn<qint64>("handle");   // -1: the chain's policy
    QTest::addColumn<QString>("command"); // the first opening command, empty when none

    const QString s1 = u"to-s2"_s;
    QTest::addRow("debian default accepts")
        << u"debian-default"_s << u"192.168.77.3"_s << s1 << 123 << u"open"_s << u""_s << qint64(0) << u""_s;
    QTest::addRow("drop rule names its handle")
        << u"drop-ntp"_s << u"192.168.77.3"_s << s1 << 123 << u"blocked"_s << u"inet tandem_test input"_s << qint64(2)
        << u"nft insert rule inet tandem_test input ip saddr 192.168.77.3 udp dport 123 accept"_s;
    QTest::addRow("drop rule: monitoring port open")
        << u"drop-ntp"_s << u"192.168.77.3"_s << s1 << 323 << u"open"_s << u""_s << qint64(0) << u""_s;
    QTest::addRow("drop rule: other peer open")
        << u"drop-ntp"_s << u"192.168.77.4"_s << s1 << 123 << u"open"_s << u""_s << qint64(0) << u""_s;
    QTest::addRow("policy drop") << u"server-policy-drop"_s << u"192.168.77.3"_s << s1 << 123 << u"blocked"_s
                                 << u"inet filter input"_s << qint64(-1)
                                 << u"nft insert rule inet filter input ip saddr 192.168.77.3 udp dport 123 accept"_s;
    QTest::addRow("policy drop: monitoring allowed from the LAN")
        << u"server-policy-drop"_s << u"192.168.77.3"_s << s1 << 323 << u"open"_s << u""_s << qint64(0) << u""_s;
    QTest::addRow("policy drop: monitoring from elsewhere")
        << u"server-policy-drop"_s << u"10.1.1.1"_s << s1 << 323 << u"blocked"_s << u"inet filter input"_s << qint64(-1)
        << u"nft insert rule inet filter input ip saddr 10.1.1.1 udp dport 323 accept"_s;
    QTest::addRow("policy drop: loopback accepted")
        << u"server-policy-drop"_s << u"127.0.0.2"_s << u"lo"_s << 123 << u"open"_s << u""_s << qint64(0) << u""_s;
    QTest::addRow("named set accepts") << u"sets-jumps-vmap"_s << u"192.168.77.3"_s << s1 << 123 << u"open"_s << u""_s
                                       << qint64(0) << u""_s;
    QTest::addRow("jump to a chain that drops")
        << u"sets-jumps-vmap"_s << u"192.168.77.9"_s << s1 << 123 << u"blocked"_s << u"inet filter sub"_s << qint64(14)
        << u"nft insert rule inet filter sub ip saddr 192.168.77.9 udp dport 123 accept"_s;
    QTest::addRow("range does not cover 323")
        << u"sets-jumps-vmap"_s << u"192.168.77.9"_s << s1 << 323 << u"open"_s << u""_s << qint64(0) << u""_s;
    QTest::addRow("unknown interface is unsure") << u"sets-jumps-vmap"_s << u"172.16.0.1"_s << u""_s << 123
                                                 << u"unsure"_s << u"inet filter input"_s << qint64(4) << u""_s;
    QTest::addRow("interface outside the wildcard")
        << u"sets-jumps-vmap"_s << u"172.16.0.1"_s << u"eth0"_s << 123 << u"open"_s << u""_s << qint64(0) << u""_s;
    QTest::addRow("interface wildcard drops")
        << u"sets-jumps-vmap"_s << u"172.16.0.1"_s << u"veth0"_s << 123 << u"blocked"_s << u"inet filter input"_s
        << qint64(12) << u"nft insert rule inet filter input ip saddr 172.16.0.1 udp dport 123 accept"_s;
    QTest::addRow("unknown match that only counts")
        << u"unknown-expression"_s << u"192.168.77.3"_s << s1 << 323 << u"open"_s << u""_s << qint64(0) << u""_s;
    QTest::addRow("unknown match that decides") << u"unknown-expression"_s << u"192.168.77.3"_s << s1 << 123
                                                << u"unsure"_s << u"ip filter input"_s << qint64(4) << u""_s;
    QTest::addRow("ipv6 prefix rejects")
        << u"ipv6-and-prerouting"_s << u"fd00:77::3"_s << s1 << 123 << u"blocked"_s << u"inet filter input"_s
        << qint64(2) << u"nft insert rule inet filter input ip6 saddr fd00:77::3 udp dport 123 accept"_s;
    QTest::addRow("ipv6 outside the prefix")
        << u"ipv6-and-prerouting"_s << u"fd00:78::3"_s << s1 << 123 << u"open"_s << u""_s << qint64(0) << u""_s;
    QTest::addRow("ipv4 passes an ip6 rule")
        << u"ipv6-and-prerouting"_s << u"192.168.77.3"_s << s1 << 123 << u"open"_s << u""_s << qint64(0) << u""_s;
    QTest::addRow("prerouting goto drops")
        << u"ipv6-and-prerouting"_s << u"203.0.113.5"_s << s1 << 123 << u"blocked"_s << u"ip early deny"_s << qint64(4)
        << u"nft insert rule ip early deny ip saddr 203.0.113.5 udp dport 123 accept"_s;
    QTest::addRow("outside the range") << u"ipv6-and-prerouting"_s << u"203.0.113.21"_s << s1 << 123 << u"open"_s
                                       << u""_s << qint64(0) << u""_s;
}
