#include "ConfigInstaller.h"

#include "config/ChronydConfigCheck.h"
#include "helperprotocol/HelperExitCode.h"
#include "helperprotocol/HelperSteps.h"
#include "privileged/AtomicFile.h"
#include "privileged/ChronyRestarter.h"
#include "privileged/ChronydReadiness.h"
#include "privileged/HelperProgress.h"
#include "privileged/HelperTarget.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {
// Enough for years of changes, few enough to never matter on disk.
constexpr int KeptBackups = 20;
} // namespace

ConfigInstaller::ConfigInstaller(const HelperTarget& target, HelperProgress* progress, QObject* parent)
    : QObject(parent)
    , m_progress(progress)
    , m_backups(target.host().backupDirectory())
    , m_socketPath(target.host().commandSocketPath())
    , m_scratchDirectory(target.host().scratchDirectory())
    , m_restarter(target.createRestarter(this))
    , m_check(new ChronydConfigCheck(this))
    , m_readiness(new ChronydReadiness(target.host().commandSocketPath(), this))
{
    connect(m_check, &ChronydConfigCheck::finished, this, [this](const QList<LintFinding>& findings) {
        QStringList problems;
        for (const LintFinding& finding : findings)
            problems.append(finding.message);
        checked(problems.join(u"; "_s));
    });
    connect(m_restarter, &ChronyRestarter::finished, this, [this](bool ok, const QString& message) {
        if (m_rollingBack)
            rolledBackRestarted(ok, message);
        else
            restarted(ok, message);
    });
    connect(m_readiness, &ChronydReadiness::ready, this, [this] {
        if (m_rollingBack) {
            m_progress->step(HelperStep::RollbackWait, true);
            finish(HelperExitCode::RolledBack,
                   u"%1 The previous config was put back and chrony runs with it again."_s.arg(m_failure));
            return;
        }
        m_progress->step(HelperStep::Wait, true);
        QString key = m_keyFileChange ? u" "_s + m_keyFileChange->summary() : QString();
        if (m_expectAuthentication && m_expectedSource && !m_expectedSource->isNull()) {
            key += u" chronyd authenticated %1's replies with it."_s.arg(m_expectedSource->toString());
            m_authenticated = true;
        }
        finish(HelperExitCode::Ok, u"The new config is in place and chrony runs with it."_s + key);
    });
    connect(m_readiness, &ChronydReadiness::failed, this, [this](const QString& reason) {
        if (m_rollingBack) {
            m_progress->step(HelperStep::RollbackWait, false, reason);
            finish(HelperExitCode::RollbackFailed,
                   u"%1 The previous config was put back, but chrony does not answer with it either: %2 "
                   "The previous config is also kept as backup %3 in %4."_s.arg(m_failure, reason, m_backupId,
                                                                                m_backups.directory()));
            return;
        }
        // With the pair's key, a System 1 without that key is as silent as one that is down.
        const QString why = m_expectAuthentication
                                ? reason + u" It accepts only replies with the pair's key: does the server hold the "
                                           u"same key (the same pairing code)?"_s
                                : reason;
        m_progress->step(HelperStep::Wait, false, why);
        installFailed(why);
    });
}

void ConfigInstaller::install(const QString& configPath, const QByteArray& currentContents,
                              const QByteArray& newContents, std::optional<QHostAddress> expectedSource)
{
    m_currentContents = currentContents;
    m_newContents = newContents;
    m_expectedSource = std::move(expectedSource);
    // A symlinked chrony.conf is written through to its target, and so is the rollback.
    const Result<QString> target = AtomicFile::replacementTarget(configPath);
    if (!target) {
        m_progress->step(HelperStep::Write, false, target.error());
        finish(HelperExitCode::Failed, target.error() + u" Nothing was changed."_s);
        return;
    }
    m_configPath = *target;
    // chronyd -p reads a copy in a private directory: the live file is not touched until it passed.
    if (QDir().mkpath(m_scratchDirectory))
        QFile::setPermissions(m_scratchDirectory,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // Those of helpers that were killed mid-check (under the helper lock no other one is at work).
    for (const QString& stale : QDir(m_scratchDirectory).entryList({u"check-*"_s}, QDir::Dirs | QDir::Hidden))
        QDir(m_scratchDirectory + u'/' + stale).removeRecursively();
    m_checkDirectory.emplace(m_scratchDirectory + u"/check-XXXXXX"_s);
    const QString candidate = m_checkDirectory->filePath(u"chrony.conf"_s);
    QFile file(candidate);
    if (!m_checkDirectory->isValid() || !file.open(QIODevice::WriteOnly) ||
        file.write(newContents) != newContents.size()) {
        m_progress->step(HelperStep::Check, false, u"Cannot write a temporary copy for chronyd -p."_s);
        finish(HelperExitCode::Failed, u"The new config could not be checked; nothing was changed."_s);
        return;
    }
    file.close();
    m_check->start(candidate);
}

void ConfigInstaller::checked(const QString& problems)
{
    if (!problems.isEmpty()) {
        m_progress->step(HelperStep::Check, false, problems);
        finish(HelperExitCode::Failed,
               u"chronyd does not accept the new config (%1); nothing was changed."_s.arg(problems));
        return;
    }
    m_progress->step(HelperStep::Check, true);

    AtomicFile::removeStaleTemporaries(m_configPath);
    const Result<QString> backup =
        m_backups.save(m_currentContents, QDateTime::currentDateTimeUtc(), BackupStore::modeFor(m_configPath));
    if (!backup) {
        m_progress->step(HelperStep::Backup, false, backup.error());
        finish(HelperExitCode::Failed, u"%1 Nothing was changed."_s.arg(backup.error()));
        return;
    }
    m_backupId = *backup;
    m_progress->step(HelperStep::Backup, true, {}, {{u"backup"_s, m_backupId}});

    // The key first: a config that names a key chronyd cannot find would leave System 2 without its server.
    Status written = m_keyFileChange ? m_keyFileChange->apply() : success();
    if (written) {
        written = AtomicFile::write(m_configPath, m_newContents);
        if (!written && m_keyFileChange)
            (void)m_keyFileChange->undo();
    }
    if (!written) {
        // Nothing changed, so the backup of the unchanged file is no record of anything; and no
        // older backup is pruned for a change that never happened.
        m_backups.remove(m_backupId);
        m_backupId.clear();
        m_progress->step(HelperStep::Write, false, written.error());
        finish(HelperExitCode::Failed, written.error() + u" Nothing was changed."_s);
        return;
    }
    m_backups.prune(KeptBackups, m_keptBackups);
    QJsonObject writtenFiles{{u"path"_s, m_configPath}};
    if (m_keyFileChange)
        writtenFiles.insert(u"keyFile"_s, m_keyFileChange->path());
    m_progress->step(HelperStep::Write, true, m_keyFileChange ? m_keyFileChange->summary() : QString(), writtenFiles);
    m_restarter->restart();
}

void ConfigInstaller::restarted(bool ok, const QString& message)
{
    m_progress->step(HelperStep::Restart, ok, message);
    if (!ok) {
        installFailed(message);
        return;
    }
    m_readiness->requireAuthentication(m_expectAuthentication && m_expectedSource && !m_expectedSource->isNull());
    m_readiness->wait(m_expectedSource, ReadyTimeoutMs);
}

void ConfigInstaller::installFailed(const QString& reason)
{
    m_failure = u"chrony did not come up with the new config: %1"_s.arg(reason);
    m_rollingBack = true;
    if (Status written = AtomicFile::write(m_configPath, m_currentContents); !written) {
        m_progress->step(HelperStep::Rollback, false, written.error());
        finish(HelperExitCode::RollbackFailed,
               u"%1 Putting the previous config back failed too (%2); it is kept as backup %3 in %4."_s.arg(
                   m_failure, written.error(), m_backupId, m_backups.directory()));
        return;
    }
    if (m_keyFileChange) {
        if (Status keyBack = m_keyFileChange->undo(); !keyBack) {
            m_progress->step(HelperStep::Rollback, false, keyBack.error());
            finish(HelperExitCode::RollbackFailed,
                   u"%1 The previous config is back, but the key file could not be put back: %2"_s.arg(
                       m_failure, keyBack.error()));
            return;
        }
    }
    m_progress->step(HelperStep::Rollback, true);
    m_restarter->restart();
}

void ConfigInstaller::rolledBackRestarted(bool ok, const QString& message)
{
    m_progress->step(HelperStep::RollbackRestart, ok, message);
    if (!ok) {
        finish(
            HelperExitCode::RollbackFailed,
            u"%1 The previous config was put back, but restarting chrony failed again: %2"_s.arg(m_failure, message));
        return;
    }
    m_readiness->requireAuthentication(false);
    m_readiness->wait(std::nullopt, ReadyTimeoutMs);
}

void ConfigInstaller::finish(int exitCode, const QString& message)
{
    QJsonObject extra;
    if (!m_backupId.isEmpty())
        extra.insert(u"backup"_s, m_backupId);
    if (m_authenticated)
        extra.insert(u"authenticated"_s, true);
    emit finished(exitCode, message, extra);
}
