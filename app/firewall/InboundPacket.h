#pragma once

#include <QHostAddress>
#include <QString>

// The one packet the firewall check asks about: the first UDP datagram the peer sends to one of
// chrony's ports here (NTP 123, or the command port 323). It opens a connection, so conntrack sees
// it as "new". What is not known is left empty, and rules that test it are "unsure", never guessed.
struct InboundPacket
{
    QHostAddress source;      // the peer
    QHostAddress destination; // this system's address facing the peer; null when unknown
    QString interfaceName;    // the interface facing the peer; empty when unknown
    quint16 port = 123;
    // What conntrack says of the packet; "untracked" after a `notrack` statement in an earlier chain.
    QString ctState = QStringLiteral("new");

    bool isIpv6() const { return source.protocol() == QAbstractSocket::IPv6Protocol; }
};
