#pragma once

#include "setup/MachineRole.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

// Keeps MachineRole current: re-reads chrony.conf when it changes on disk (the helper replaces it
// atomically, so the directory is watched too: a rename drops the watch on the old file) and when
// asked (after the wizard or a restore), and says so only when the role or the peer changed.
class MachineRoleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit MachineRoleWatcher(QObject* parent = nullptr);

    // Starts watching `configPath` and reads it now (no signal for this first read).
    void watch(const QString& configPath);
    void stop();
    const MachineRole& role() const { return m_role; }
    // Reads the file again now; emits changed() when it says something else than before.
    void reread();

signals:
    void changed(const MachineRole& role);

private:
    void rewatch();

    QString m_path;
    MachineRole m_role;
    QFileSystemWatcher m_watcher;
    // A rename and a write come as several events within milliseconds: one read after they settle.
    QTimer m_settle;
};
