#include "ApplyFlow.h"

#include "config/ConfFile.h"
#include "config/PeerAccess.h"
#include "helperprotocol/HelperExitCode.h"
#include "helperprotocol/HelperSteps.h"
#include "privileged/ConfigInstaller.h"
#include "privileged/HelperProgress.h"
#include "privileged/HelperTarget.h"
#include "privileged/KeyFileChange.h"

#include <QFile>
#include <QHostAddress>

using namespace Qt::StringLiterals;

ApplyFlow::ApplyFlow(const HelperTarget& target, HelperProgress* progress, QObject* parent)
    : QObject(parent)
    , m_target(target)
    , m_progress(progress)
    , m_installer(new ConfigInstaller(target, progress, this))
{
    connect(m_installer, &ConfigInstaller::finished, this, &ApplyFlow::finished);
}

void ApplyFlow::start(const HelperRequest& request)
{
    const Result<QString> configPath = m_target.host().findConfig();
    if (!configPath) {
        fail(HelperStep::Read, HelperExitCode::Failed, configPath.error());
        return;
    }
    QFile file(*configPath);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(HelperStep::Read, HelperExitCode::Failed, u"Cannot read %1: %2."_s.arg(*configPath, file.errorString()));
        return;
    }
    const QByteArray current = file.readAll();
    m_progress->step(HelperStep::Read, true, {}, {{u"path"_s, *configPath}});

    // Host names and the address facing the peer are worked out here, on the machine chronyd runs on.
    Profile requested = m_target.adapt(profileFor(request));
    requested.keyFile = ChronyHost::keyFileBeside(*configPath);
    const Result<Profile> profile = PeerAccess::resolve(requested);
    if (!profile) {
        fail(HelperStep::Render, HelperExitCode::Refused, profile.error());
        return;
    }
    if (Status valid = validateProfile(*profile); !valid) {
        fail(HelperStep::Render, HelperExitCode::Refused, valid.error());
        return;
    }
    const Result<ConfFile> rendered = applyProfile(ConfFile::parse(current, *configPath), *profile);
    if (!rendered) {
        fail(HelperStep::Render, HelperExitCode::Failed, rendered.error());
        return;
    }
    const QByteArray next = rendered->render();
    const Result<std::optional<KeyFileChange>> keyFile =
        KeyFileChange::forApply(m_target.host(), *rendered, request.key, request.keepKeyId);
    if (!keyFile) {
        fail(HelperStep::Render, HelperExitCode::Refused, keyFile.error());
        return;
    }
    m_progress->step(HelperStep::Render, true);
    if (next == current && !*keyFile) {
        // Like timedated: asking for what is already there changes nothing and restarts nothing.
        m_progress->step(HelperStep::Write, true, u"The config already has these settings."_s);
        emit finished(HelperExitCode::Ok, u"Nothing to change: the config already has these settings."_s, {});
        return;
    }
    std::optional<QHostAddress> source;
    if (profile->role == Role::Client)
        source = QHostAddress(profile->peer); // null for a host name: any selected server will do
    m_installer->setKeyFileChange(*keyFile);
    m_installer->expectAuthentication(profile->role == Role::Client && profile->keyId != 0);
    m_installer->install(*configPath, current, next, source);
}

void ApplyFlow::fail(const QString& step, int exitCode, const QString& message)
{
    m_progress->step(step, false, message);
    QMetaObject::invokeMethod(
        this, [this, exitCode, message] { emit finished(exitCode, message + u" Nothing was changed."_s, {}); },
        Qt::QueuedConnection);
}
