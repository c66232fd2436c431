#include "RestoreFlow.h"

#include "config/ConfFile.h"
#include "config/ConfLint.h"
#include "helperprotocol/HelperExitCode.h"
#include "helperprotocol/HelperSteps.h"
#include "privileged/BackupStore.h"
#include "privileged/ConfigInstaller.h"
#include "privileged/HelperProgress.h"
#include "privileged/HelperTarget.h"
#include "privileged/KeyFileChange.h"

#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

RestoreFlow::RestoreFlow(const HelperTarget& target, HelperProgress* progress, QObject* parent)
    : QObject(parent)
    , m_target(target)
    , m_progress(progress)
    , m_installer(new ConfigInstaller(target, progress, this))
{
    connect(m_installer, &ConfigInstaller::finished, this,
            [this](int exitCode, const QString& message, const QJsonObject& extra) {
                QJsonObject result = extra;
                // The backup taken of the replaced config, so the caller can offer to undo.
                if (result.contains(u"backup"_s))
                    result.insert(u"previous"_s, result.take(u"backup"_s));
                // The installer speaks of "the new config"; here it is an old one coming back.
                const QString said =
                    exitCode == HelperExitCode::Ok
                        ? u"Backup %1 is in place again and chrony runs with it."_s.arg(m_restoring) + m_keyFileSummary
                        : message;
                emit finished(exitCode, said, result);
            });
}

void RestoreFlow::start(const HelperRequest& request)
{
    const BackupStore backups(m_target.host().backupDirectory());
    const QStringList ids = backups.list();
    m_progress->step(HelperStep::List, true, {}, {{u"backups"_s, QJsonArray::fromStringList(ids)}});
    if (ids.isEmpty()) {
        fail(HelperStep::Select, u"There is no backup to restore in %1."_s.arg(backups.directory()));
        return;
    }
    const QString id = request.backupId.isEmpty() ? ids.first() : request.backupId;
    const Result<QByteArray> contents = backups.read(id);
    if (!contents) {
        fail(HelperStep::Select, contents.error());
        return;
    }
    // A backup whose sources need a key the key file no longer holds (Tandem took its key out when
    // authentication was turned off) would leave System 2 refusing every reply of System 1.
    const ConfFile restored = ConfFile::parse(*contents, id);
    for (const LintFinding& finding : ConfLint::checkKeys(restored)) {
        if (finding.severity == LintFinding::Severity::Error) {
            fail(HelperStep::Select,
                 u"Backup %1 cannot work any more: line %2: %3. Apply the role again with the pair's key instead."_s
                     .arg(id)
                     .arg(finding.line)
                     .arg(finding.message));
            return;
        }
    }
    m_progress->step(HelperStep::Select, true, {}, {{u"restoring"_s, id}});
    m_restoring = id;

    const Result<QString> configPath = m_target.host().findConfig();
    if (!configPath) {
        fail(HelperStep::Read, configPath.error());
        return;
    }
    QFile file(*configPath);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(HelperStep::Read, u"Cannot read %1: %2."_s.arg(*configPath, file.errorString()));
        return;
    }
    const QByteArray current = file.readAll();
    m_progress->step(HelperStep::Read, true, {}, {{u"path"_s, *configPath}});
    if (current == *contents) {
        emit finished(HelperExitCode::Ok, u"Nothing to change: the config already equals backup %1."_s.arg(id), {});
        return;
    }
    const Result<std::optional<KeyFileChange>> keyFile =
        KeyFileChange::forRestore(m_target.host(), ConfFile::parse(current, *configPath), restored);
    if (!keyFile) {
        fail(HelperStep::Read, keyFile.error());
        return;
    }
    if (*keyFile)
        m_keyFileSummary = u" "_s + (*keyFile)->summary();
    m_installer->setKeyFileChange(*keyFile);
    m_installer->keepBackup(id);
    m_installer->install(*configPath, current, *contents, std::nullopt);
}

void RestoreFlow::fail(const QString& step, const QString& message)
{
    m_progress->step(step, false, message);
    QMetaObject::invokeMethod(
        this, [this, message] { emit finished(HelperExitCode::Failed, message + u" Nothing was changed."_s, {}); },
        Qt::QueuedConnection);
}
