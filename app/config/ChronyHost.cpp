#include "ChronyHost.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

ChronyHost ChronyHost::machine()
{
    return underRoot({}, u"/run/chrony/chronyd.pid"_s, u"/run/chrony/chronyd.sock"_s);
}

ChronyHost ChronyHost::underRoot(const QString& root, const QString& pidPath, const QString& socketPath)
{
    ChronyHost host;
    host.m_root = root;
    host.m_pidPath = pidPath;
    host.m_socketPath = socketPath;
    return host;
}

QStringList ChronyHost::configCandidates()
{
    return {u"/etc/chrony/chrony.conf"_s, u"/etc/chrony.conf"_s};
}

Result<QString> ChronyHost::findConfig() const
{
    for (const QString& path : configCandidates()) {
        if (QFileInfo(m_root + path).isFile())
            return m_root + path;
    }
    return Error{QCoreApplication::translate("ChronyHost",
                                             "No chrony configuration was found (looked for %1). Is chrony installed?")
                     .arg(m_root + configCandidates().join(u" and "_s + m_root))};
}

QString ChronyHost::configPathOrDefault() const
{
    const Result<QString> found = findConfig();
    return found ? *found : m_root + configCandidates().constFirst();
}

QString ChronyHost::keyFileBeside(const QString& configPath)
{
    return QFileInfo(configPath).absolutePath() + u"/chrony.keys"_s;
}

bool ChronyHost::holds(const QString& path) const
{
    if (m_root.isEmpty())
        return true;
    const QString clean = QDir::cleanPath(path);
    return clean == path && clean.startsWith(QDir::cleanPath(m_root) + u'/');
}

QString ChronyHost::backupDirectory() const
{
    return m_root + u"/var/lib/tandem/backups"_s;
}

QString ChronyHost::scratchDirectory() const
{
    return m_root + u"/var/lib/tandem/check"_s;
}

QString ChronyHost::lockPath() const
{
    return m_root + u"/var/lib/tandem/helper.lock"_s;
}

QString ChronyHost::temporarySourceRecordPath() const
{
    return m_root + u"/var/lib/tandem/sync-now-source"_s;
}
