#pragma once

#include "cmdmon/CmdmonEndpoint.h"
#include "lab/LabSettings.h"

#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

struct MonitoredSystem
{
    QString title;
    CmdmonEndpoint endpoint;
    // This machine's chronyd's Unix socket, for what chronyd answers only there (NTP_DATA: was the
    // source's last reply authenticated?); none for a system watched over the network.
    std::optional<CmdmonEndpoint> localSocket;
    // The pair's key its chrony.conf requires of its server (0: none, or not known from here).
    quint32 pairKeyId = 0;
};

// The pair the panel watches. Either system may be missing (this machine before the wizard knew
// its peer); localSystem says which one is this machine (0: neither, e.g. watching from a third host).
struct PairDefinition
{
    std::optional<MonitoredSystem> system1;
    std::optional<MonitoredSystem> system2;
    // How System 2 may know System 1 (its source address), to recognise System 1 in System 2's
    // reports; all of this machine's addresses when this machine is System 1.
    QList<QHostAddress> system1Addresses;
    int localSystem = 0;
    // Where "Sync now" acts: the helper's --root (a lab system) or empty for this machine, and the
    // server to step to (System 1's address; empty: chronyd's configured sources).
    QString syncRoot;
    QString syncPeer;
    bool lab = false;
    bool clockFixed = false; // the local system's chronyd runs with -x (a lab without virtual clocks)
    // Names the history file: one history per pair ("lab-…", "machine").
    QString pairId = QStringLiteral("default");

    // The lab's pair as the window watches it: lab System 2 plays this machine, so Sync now steps
    // its virtual clock (or, with -x, its chronyd refuses). One history per lab directory.
    static PairDefinition forLab(const LabSettings& settings);

    // This machine's pair, from what chrony.conf's Tandem block says (setup/MachineRole).
    struct Machine
    {
        int self = 0;             // 1 or 2; 0: neither yet (both cards "not set up")
        QString peerName;         // the other system as chrony.conf names it
        QHostAddress peerAddress; // null: not known (then only this system is watched)
        QString pairId;           // one history per role and peer
        CmdmonEndpoint own;       // this system's chronyd
        QString ownSocketPath;    // its Unix command socket (usable by root and chronyd's user)
        quint32 pairKeyId = 0;    // the pair's key its block names
        CmdmonEndpoint peer;      // the other system's chronyd
    };
    static PairDefinition forMachine(const Machine& machine);
};
