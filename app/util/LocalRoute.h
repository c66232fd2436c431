#pragma once

#include <QHostAddress>
#include <QString>

// This system's side of the path to the peer: the address the kernel would send from and the
// interface that has it, which is where the peer's packets arrive on a symmetric route (what the
// firewall's iif/iifname and daddr rules see). Asks the routing table by connecting a UDP socket,
// which sends nothing.
struct LocalRoute
{
    QHostAddress address;  // null when there is no route
    QString interfaceName; // empty when unknown

    static LocalRoute towards(const QHostAddress& peer);
};
