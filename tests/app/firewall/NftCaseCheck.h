#pragma once

#include "firewall/FirewallCheck.h"

#include <QTest>

// Runs one NftCases row against a ruleset (captured or live) and compares; returns the finding.
inline FirewallFinding checkNftCase(const NftRuleset& ruleset)
{
    QFETCH(QString, peer);
    QFETCH(QString, interface);
    QFETCH(int, port);
    InboundPacket packet;
    packet.source = QHostAddress(peer);
    packet.interfaceName = interface;
    packet.port = quint16(port);
    FirewallFacts facts;
    facts.ruleset = ruleset;
    return FirewallCheck::check(facts, packet);
}

#define COMPARE_NFT_CASE(finding)                                                                                      \
    do {                                                                                                               \
        QFETCH(QString, verdict);                                                                                      \
        QFETCH(QString, chain);                                                                                        \
        QFETCH(qint64, handle);                                                                                        \
        QFETCH(QString, command);                                                                                      \
        QVERIFY2(FirewallFinding::verdictName((finding).verdict) == verdict, qPrintable((finding).summary()));         \
        if (!chain.isEmpty()) {                                                                                        \
            QCOMPARE((finding).rule.chainText(), chain);                                                               \
            QCOMPARE((finding).rule.handle, handle);                                                                   \
        }                                                                                                              \
        QCOMPARE((finding).commands.value(0), command);                                                                \
        QCOMPARE((finding).openSteps.isEmpty(), command.isEmpty());                                                    \
    } while (false)
