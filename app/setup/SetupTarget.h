#pragma once

#include "cmdmon/CmdmonEndpoint.h"
#include "lab/LabSettings.h"
#include "privileged/HelperTarget.h"

#include <QHostAddress>
#include <QString>

#include <optional>

// Where the wizard acts and what it talks to: this machine's chronyd (through pkexec and the
// installed helper), or one system of a lab (through "tandem-helper --root DIR/systemN"). Every
// address, port and path the wizard needs comes from here, so the pages never ask "lab or not?".
class SetupTarget
{
public:
    static SetupTarget machine();
    // index 1: this machine plays System 1 of the lab; 2: System 2.
    static SetupTarget labSystem(const LabSettings& settings, int index);

    bool isLab() const { return m_lab.has_value(); }
    const LabSettings& labSettings() const { return *m_lab; }
    int labIndex() const { return m_index; }
    // The same lab, this machine playing the other system.
    SetupTarget withLabIndex(int index) const { return labSystem(*m_lab, index); }

    // What the helper acts on: the machine, or this lab system (the same paths, clock and lab-only
    // settings as tandem-lab-helper --root uses).
    HelperTarget helperTarget() const;
    // The helper's --root (empty for the machine: pkexec and the installed helper).
    QString helperRoot() const;
    // The chrony.conf the helper will change.
    QString configPath() const;
    // Where the helper keeps that file's backups (BackupCatalog reads them).
    QString backupDirectory() const;
    // This system's own chronyd, monitoring over UDP from localhost (LocalCommandEndpoint).
    CmdmonEndpoint ownEndpoint() const;
    // This system's chronyd's Unix socket (full access; on a machine only root and chronyd's user
    // may use it).
    QString ownSocketPath() const;
    // The other system's chronyd command port at `peer` (an address or host name resolved by the caller).
    CmdmonEndpoint peerEndpoint(const QHostAddress& peer) const;
    quint16 peerNtpPort() const;
    // The address this system sends from (lab: its own loopback address; machine: any).
    QHostAddress ownAddress() const;
    // The other lab system's address, the natural peer; empty for the machine.
    QString suggestedPeer(int ownIndex) const;

private:
    std::optional<LabSettings> m_lab;
    int m_index = 0;
};
