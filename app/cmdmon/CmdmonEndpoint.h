#pragma once

#include "CmdmonProtocol.h"

#include <QHostAddress>
#include <QString>

// Where a chronyd listens for commands: its Unix datagram socket (full access, needs root or
// chronyd's user) when socketPath is set, else UDP host:port (monitoring only, from localhost or a
// cmdallow'ed address). sourceAddress binds our end, for a daemon that only answers one address.
struct CmdmonEndpoint
{
    QHostAddress host{QHostAddress::LocalHost};
    quint16 port = Cmdmon::DefaultPort;
    QHostAddress sourceAddress; // null: any
    QString socketPath;

    bool isUnixSocket() const { return !socketPath.isEmpty(); }
    // "127.0.0.1:323", "[::1]:323" or the socket path, for messages.
    QString describe() const;
};
