#pragma once

#include "config/ConfFile.h"
#include "setup/RoleGuess.h"

#include <QHostAddress>
#include <QString>

// Which of the two systems this machine is, read from the machine itself: Tandem's block in its
// chrony.conf, whoever wrote it (the wizard, `tandem-cli apply`, another user, root). A user's
// settings do not say it: they differ per user and go stale when someone else changes the file.
struct MachineRole
{
    enum class Role {
        NotSetUp, // no Tandem block: the window says so and what the wizard would start from
        System1,  // the block serves the local clock (`local stratum …`)
        System2,  // the block follows a server
    };

    Role role = Role::NotSetUp;
    // The other system as the block names it: System 2's first allowed client, System 1's server.
    QString peer;
    // Where the other system's chronyd answers commands: the peer itself when it is an address,
    // else the address the block recorded for it (allow/cmdallow); null when unknown (a subnet).
    QHostAddress peerAddress;
    // The pair's key the block names (its "# Pair key N:" line); 0: none.
    quint32 pairKeyId = 0;
    // Without a block: what the directives make of this machine (what the wizard's Detect page says).
    RoleGuess guess;

    // index 1 or 2 for System 1 or 2; 0 when not set up.
    int systemIndex() const;
    // Names this pair's history ("machine-system2-192_168_1_2"): a new role or peer starts a new
    // series, and samples recorded as System 1 never turn into System 2's.
    QString pairId() const;

    static MachineRole fromConfig(const ConfFile& file);
    // A file that is missing or unreadable reads as "not set up".
    static MachineRole read(const QString& configPath);
};
