#include "MachineRoleWatcher.h"

#include <QFileInfo>

namespace {
constexpr int SettleMs = 300;
}

MachineRoleWatcher::MachineRoleWatcher(QObject* parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &MachineRoleWatcher::reread);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle, qOverload<>(&QTimer::start));
}

void MachineRoleWatcher::watch(const QString& configPath)
{
    stop();
    m_path = configPath;
    m_role = MachineRole::read(m_path);
    rewatch();
}

void MachineRoleWatcher::stop()
{
    m_settle.stop();
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_path.clear();
}

void MachineRoleWatcher::rewatch()
{
    if (m_path.isEmpty())
        return;
    if (QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
    const QString directory = QFileInfo(m_path).absolutePath();
    if (!m_watcher.directories().contains(directory))
        m_watcher.addPath(directory);
}

void MachineRoleWatcher::reread()
{
    if (m_path.isEmpty())
        return;
    rewatch();
    MachineRole now = MachineRole::read(m_path);
    const bool same = now.role == m_role.role && now.peer == m_role.peer && now.peerAddress == m_role.peerAddress &&
                      now.guess.role == m_role.guess.role;
    m_role = std::move(now);
    if (!same)
        emit changed(m_role);
}
