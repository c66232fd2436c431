#pragma once

#include "privileged/BackupStore.h"
#include "privileged/KeyFileChange.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>

#include <optional>

class ChronyRestarter;
class ChronydConfigCheck;
class ChronydReadiness;
class HelperProgress;
class HelperTarget;

// The transaction behind apply and restore: check the new config with chronyd -p, keep a backup
// of the current one, replace it atomically, restart chrony and wait until it answers (and, for a
// client, has selected its server). When the restart or the wait fails, the old config is put
// back and chrony restarted again, so the machine is left with the old or the new config, whole.
class ConfigInstaller : public QObject
{
    Q_OBJECT
public:
    // How long the restarted chronyd has to answer and take up its sources before a rollback.
    static constexpr int ReadyTimeoutMs = 30000;

    ConfigInstaller(const HelperTarget& target, HelperProgress* progress, QObject* parent = nullptr);

    // Backups that pruning after this install must keep (a restore's own).
    void keepBackup(const QString& id) { m_keptBackups.append(id); }

    // The key file change that goes with the config: written just before it, put back with it.
    void setKeyFileChange(std::optional<KeyFileChange> change) { m_keyFileChange = std::move(change); }

    // A client with the pair's key: the wait also needs chronyd to report the server's replies as
    // authenticated, and the result says so.
    void expectAuthentication(bool expected) { m_expectAuthentication = expected; }

    // currentContents: what configPath holds now (it becomes the backup).
    void install(const QString& configPath, const QByteArray& currentContents, const QByteArray& newContents,
                 std::optional<QHostAddress> expectedSource);

signals:
    // exitCode from HelperExitCode; extra goes into the result line (e.g. the backup ID).
    void finished(int exitCode, const QString& message, const QJsonObject& extra);

private:
    void checked(const QString& problems);
    void restarted(bool ok, const QString& message);
    void installFailed(const QString& reason);
    void rolledBackRestarted(bool ok, const QString& message);
    void finish(int exitCode, const QString& message);

    HelperProgress* m_progress;
    BackupStore m_backups;
    QString m_socketPath;
    QString m_scratchDirectory;
    ChronyRestarter* m_restarter;
    ChronydConfigCheck* m_check;
    ChronydReadiness* m_readiness;
    std::optional<QTemporaryDir> m_checkDirectory;
    QString m_configPath;
    QByteArray m_currentContents;
    QByteArray m_newContents;
    std::optional<QHostAddress> m_expectedSource;
    QString m_backupId;
    QStringList m_keptBackups;
    std::optional<KeyFileChange> m_keyFileChange;
    bool m_expectAuthentication = false;
    bool m_authenticated = false; // chronyd reported the server's replies as authenticated
    QString m_failure;
    bool m_rollingBack = false;
};
