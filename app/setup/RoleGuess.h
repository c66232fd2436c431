#pragma once

#include "config/ConfFile.h"

#include <QString>

// What a chrony.conf makes of this machine today, so the wizard can start from it: Tandem's own
// block says so directly; otherwise the directives tell (a `local` line serves the local clock,
// servers on the LAN only make a follower, pools and online servers a plain internet client).
struct RoleGuess
{
    enum class Role {
        NoSources,  // nothing to follow and no local clock
        PoolClient, // follows online pools/servers (a fresh install)
        Server,     // serves its local clock (System 1)
        Client,     // follows a server on the local network only (System 2)
    };

    Role role = Role::NoSources;
    bool byTandem = false; // the role comes from Tandem's block
    QString peer;          // Server: the first allowed client; Client: the first LAN server

    static RoleGuess fromConfig(const ConfFile& file);
};
