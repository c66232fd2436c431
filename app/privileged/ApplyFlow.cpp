#include "ApplyFlow.h"

#include "config/ConfFile.h"
#include "config/PeerAccess.h"
#include "lab/LabConfig.h"
#include "privileged/ConfigInstaller.h"
#include "privileged/HelperExitCode.h"
#include "privileged/HelperProgress.h"
#include "privileged/HelperTarget.h"

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

void ApplyFlow::setReadyTimeout(int milliseconds)
{
    m_installer->setReadyTimeout(milliseconds);
}

Profile ApplyFlow::profileFor(const HelperRequest& request, const HelperTarget& target)
{
    Profile profile;
    profile.role = request.role == HelperRole::Server ? Role::Server : Role::Client;
    profile.peer = request.peer;
    profile.mode = request.pools ? ServerMode::LocalAndPools : ServerMode::LocalOnly;
    if (request.stratum)
        profile.stratum = *request.stratum;
    // One of the two poll values alone moves the other along, so that minpoll <= maxpoll holds.
    if (request.minpoll)
        profile.minpoll = *request.minpoll;
    if (request.maxpoll)
        profile.maxpoll = *request.maxpoll;
    if (request.minpoll && !request.maxpoll)
        profile.maxpoll = qMax(profile.maxpoll, profile.minpoll);
    if (request.maxpoll && !request.minpoll)
        profile.minpoll = qMin(profile.minpoll, profile.maxpoll);
    if (request.monitoring)
        profile.monitoring = *request.monitoring;
    profile.monitorOnAllInterfaces = request.monitorEverywhere.value_or(false);
    profile.stepAlways = request.stepAlways.value_or(false);
    if (target.isLab()) {
        const Profile lab = target.labIndex() == 1 ? LabConfig::serverProfile(target.labSettings())
                                                   : LabConfig::clientProfile(target.labSettings());
        profile.commandBindAddress = lab.commandBindAddress;
        profile.peerNtpPort = profile.role == Role::Client ? int(target.labSettings().ntpPort) : 0;
    }
    return profile;
}

void ApplyFlow::start(const HelperRequest& request)
{
    const Result<QString> configPath = m_target.findConfig();
    if (!configPath) {
        fail(u"read"_s, HelperExitCode::Failed, configPath.error());
        return;
    }
    QFile file(*configPath);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(u"read"_s, HelperExitCode::Failed, u"Cannot read %1: %2."_s.arg(*configPath, file.errorString()));
        return;
    }
    const QByteArray current = file.readAll();
    m_progress->step(u"read"_s, true, {}, {{u"path"_s, *configPath}});

    // Host names and the address facing the peer are worked out here, on the machine chronyd runs on.
    const Result<Profile> profile = PeerAccess::resolve(profileFor(request, m_target));
    if (!profile) {
        fail(u"render"_s, HelperExitCode::Refused, profile.error());
        return;
    }
    if (Status valid = validateProfile(*profile); !valid) {
        fail(u"render"_s, HelperExitCode::Refused, valid.error());
        return;
    }
    const Result<ConfFile> rendered = applyProfile(ConfFile::parse(current, *configPath), *profile);
    if (!rendered) {
        fail(u"render"_s, HelperExitCode::Failed, rendered.error());
        return;
    }
    const QByteArray next = rendered->render();
    m_progress->step(u"render"_s, true);
    if (next == current) {
        // Like timedated: asking for what is already there changes nothing and restarts nothing.
        m_progress->step(u"write"_s, true, u"The config already has these settings."_s);
        emit finished(HelperExitCode::Ok, u"Nothing to change: the config already has these settings."_s, {});
        return;
    }
    std::optional<QHostAddress> source;
    if (profile->role == Role::Client)
        source = QHostAddress(profile->peer); // null for a host name: any selected server will do
    m_installer->install(*configPath, current, next, source);
}

void ApplyFlow::fail(const QString& step, int exitCode, const QString& message)
{
    m_progress->step(step, false, message);
    QMetaObject::invokeMethod(
        this, [this, exitCode, message] { emit finished(exitCode, message + u" Nothing was changed."_s, {}); },
        Qt::QueuedConnection);
}
