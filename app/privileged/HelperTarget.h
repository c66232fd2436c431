#pragma once

#include "config/Profile.h"
#include "lab/LabLayout.h"
#include "lab/LabSettings.h"
#include "util/Result.h"

#include <QHostAddress>
#include <QString>

#include <memory>
#include <optional>

class SystemTime;

// Where the helper acts: this machine (/etc/chrony, the system's chronyd and service) or, with
// --root, one lab system's small root (DIR/systemN of a lab made by tandem-cli lab or the tests).
class HelperTarget
{
public:
    // The machine itself.
    static HelperTarget system();
    // A lab system: `root` must be DIR/system1 or DIR/system2 with DIR/lab.json next to it, so that
    // the helper knows that lab's addresses, ports, pid file and socket (from the lab's own files,
    // never from the request).
    static Result<HelperTarget> labRoot(const QString& root);

    bool isLab() const { return m_lab.has_value(); }

    // The first of /etc/chrony/chrony.conf and /etc/chrony.conf (under the root) that exists.
    Result<QString> findConfig() const;
    QString backupDirectory() const;
    // Where the candidate config is written for chronyd -p: root-only under /var/lib/tandem (inside
    // the root for a lab), not /tmp, so a helper killed half-way leaves nothing in a shared place.
    QString scratchDirectory() const;
    // One helper at a time changes a system (HelperLock).
    QString lockPath() const;
    // What a sync-now added to chronyd at run time, until it is removed again (TemporarySourceRecord).
    QString temporarySourceRecordPath() const;
    // chronyd's pid file: which chronyd a temporary source was added to.
    QString chronydPidPath() const;
    // chronyd's Unix command socket: full access, for the waits, the burst and the step.
    QString commandSocketPath() const;

    // The clock this system keeps: the machine's, or a lab system's virtual clock.
    Result<std::shared_ptr<const SystemTime>> systemTime() const;
    // The NTP port of the servers this system syncs with (a lab's own port), and the address its
    // NTP requests must come from (a lab system's own, the one its peer allows; null: any).
    quint16 peerNtpPort() const;
    QHostAddress ntpSourceAddress() const;

    // A request's profile made fit for this target. On the machine it is the request's: the command
    // socket binds to the wildcard address of the peer's family and the client uses port 123. In a lab
    // root the two lab-only values come from the lab's own settings (DIR/lab.json), never from the
    // request: commandBindAddress is the lab system's own loopback address (System 1's or System 2's),
    // and a client's peerNtpPort is the lab's NTP port, exactly as LabConfig builds the lab's first
    // configs.
    Profile adapt(Profile profile) const;

    // Lab only.
    const LabSettings& labSettings() const { return m_lab->settings; }
    const LabSystemPaths& labPaths() const { return m_lab->paths; }
    int labIndex() const { return m_lab->index; }

private:
    struct Lab
    {
        LabSettings settings;
        LabSystemPaths paths;
        int index = 0;
    };

    QString m_root; // "" for the machine
    std::optional<Lab> m_lab;
};
