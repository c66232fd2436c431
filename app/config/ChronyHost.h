#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

// Where a chrony host keeps its files: this machine, or a root directory that holds the same tree
// (a lab system's DIR/systemN). The one place for chrony.conf's search order and for where
// tandem-helper keeps its backups, scratch files, lock and notes; the helper, the wizard, tandem-cli
// and the Restore dialog all ask it.
class ChronyHost
{
public:
    // The machine: /etc/chrony, /run/chrony and /var/lib/tandem.
    static ChronyHost machine();
    // A root holding etc/ and var/lib/tandem/ like the machine, with chronyd's pid file and command
    // socket where that system's chronyd keeps them.
    static ChronyHost underRoot(const QString& root, const QString& pidPath, const QString& socketPath);

    // chrony.conf's places, in the order they are looked for: Debian and Ubuntu first, then the
    // upstream default of Fedora, RHEL, Arch and openSUSE.
    static QStringList configCandidates();

    const QString& root() const { return m_root; } // "" for the machine
    // The first candidate (under the root) that exists.
    Result<QString> findConfig() const;
    // findConfig(), or the first candidate when there is none yet (what a preview names).
    QString configPathOrDefault() const;
    // The key file a config that names none gets: chrony.keys beside it, where Debian
    // (/etc/chrony/chrony.keys) and the upstream layout (/etc/chrony.keys) keep it.
    static QString keyFileBeside(const QString& configPath);
    // Whether `path` lies under this host's root (always, for the machine): a system under a root
    // must not have files outside it written for it.
    bool holds(const QString& path) const;
    QString backupDirectory() const;
    // Where the candidate config is written for chronyd -p: root-only under /var/lib/tandem (inside
    // the root for a lab), not /tmp, so a helper killed half-way leaves nothing in a shared place.
    QString scratchDirectory() const;
    // One helper at a time changes a system (HelperLock).
    QString lockPath() const;
    // What a sync-now added to chronyd at run time, until it is removed again (TemporarySourceRecord).
    QString temporarySourceRecordPath() const;
    // chronyd's pid file: which chronyd a temporary source was added to.
    const QString& chronydPidPath() const { return m_pidPath; }
    // chronyd's Unix command socket: full access, for the waits, the burst and the step.
    const QString& commandSocketPath() const { return m_socketPath; }

private:
    QString m_root;
    QString m_pidPath;
    QString m_socketPath;
};
