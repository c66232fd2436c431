#include "SetupPlan.h"

#include "config/ConfFile.h"
#include "config/ConfLint.h"
#include "config/PeerAccess.h"
#include "config/Profile.h"
#include "config/UnifiedDiff.h"
#include "lab/LabLayout.h"
#include "privileged/HelperTarget.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkInterface>

using namespace Qt::StringLiterals;

QByteArray SetupPlan::debianDefaultConfig()
{
    // The directive lines of /etc/chrony/chrony.conf as Debian 12's chrony 4.3-2+deb12u1 installs it.
    return "# Debian 12's default chrony.conf (comments omitted)\n"
           "confdir /etc/chrony/conf.d\n"
           "pool 2.debian.pool.ntp.org iburst\n"
           "sourcedir /run/chrony-dhcp\n"
           "sourcedir /etc/chrony/sources.d\n"
           "keyfile /etc/chrony/chrony.keys\n"
           "driftfile /var/lib/chrony/chrony.drift\n"
           "ntsdumpdir /var/lib/chrony\n"
           "logdir /var/log/chrony\n"
           "maxupdateskew 100.0\n"
           "rtcsync\n"
           "makestep 1 3\n"
           "leapsectz right/UTC\n"_ba;
}

Result<SetupPlan> SetupPlan::make(const SetupChoices& choices, const SetupTarget& target,
                                  const QByteArray& currentConfig)
{
    if (choices.path == SetupChoices::Path::OneTimeSync)
        return Error{QCoreApplication::translate("SetupPlan", "A one-time sync changes no configuration.")};
    const HelperTarget helperTarget = target.helperTarget();

    SetupPlan plan;
    plan.request = choices.helperRequest();
    plan.configPath = target.configPath();
    plan.currentConfig = currentConfig;
    // The helper's own translation from request to profile (lab addresses and ports included), and
    // its own resolution of names and of the address facing the peer: this is the machine it runs on.
    Profile requested = helperTarget.adapt(profileFor(plan.request));
    requested.peerAddresses = choices.peerAddresses;
    requested.keyFile = ChronyHost::keyFileBeside(plan.configPath);
    const Result<Profile> resolved = PeerAccess::resolve(requested);
    if (!resolved)
        return resolved.failure();
    const Profile& profile = *resolved;
    const Result<ConfFile> rendered = applyProfile(ConfFile::parse(currentConfig, plan.configPath), profile);
    if (!rendered)
        return rendered.failure();
    plan.newConfig = rendered->render();
    plan.diff = UnifiedDiff::diff(currentConfig, plan.newConfig, plan.configPath, plan.configPath);
    plan.findings = ConfLint::check(*rendered) + ConfLint::checkKeys(*rendered, profile.keyId);
    // Files the config includes may bring back the online sources the profile just disabled.
    if (!keepsOnlineSources(profile))
        plan.findings += ConfLint::checkIncluded(*rendered, LintFinding::Severity::Warning);

    // The other system: the opposite role, its peer being this system.
    HelperRequest other;
    other.action = HelperAction::Apply;
    other.peer = choices.ownAddress;
    other.monitoring = choices.monitoring;
    other.key = choices.key;
    other.keepKeyId = choices.key ? std::nullopt : choices.keepKeyId;
    QByteArray otherBase = debianDefaultConfig();
    HelperTarget otherTarget = HelperTarget::machine();
    if (choices.path == SetupChoices::Path::Server) {
        other.role = Role::Client;
        other.minpoll = ProfileDefaults::MinPoll;
        other.maxpoll = ProfileDefaults::MaxPoll;
        plan.otherSystemTitle = QCoreApplication::translate("SetupPlan", "System 2");
    } else {
        other.role = Role::Server;
        other.stratum = ProfileDefaults::Stratum;
        plan.otherSystemTitle = QCoreApplication::translate("SetupPlan", "System 1");
    }
    if (target.isLab()) {
        // The other lab system's current file, with the lab's addresses and ports.
        const SetupTarget otherLab = target.withLabIndex(target.labIndex() == 1 ? 2 : 1);
        otherTarget = otherLab.helperTarget();
        QFile file(otherLab.configPath());
        if (file.open(QIODevice::ReadOnly))
            otherBase = file.readAll();
    }
    // Without this system's address there is nothing the other system could follow or allow.
    if (!other.peer.isEmpty()) {
        Profile otherProfile = otherTarget.adapt(profileFor(other));
        otherProfile.keyFile = ChronyHost::keyFileBeside(otherTarget.host().configPathOrDefault());
        // What faces us over there is the address we reach it by, when that is one address; the
        // helper on the other system works it out for itself.
        if (otherProfile.commandBindAddress.isEmpty()) {
            if (QHostAddress(choices.peer).isNull())
                otherProfile.monitorOnAllInterfaces = true;
            else
                otherProfile.commandBindAddress = choices.peer;
        }
        const Result<ConfFile> otherRendered = applyProfile(ConfFile::parse(otherBase, u"chrony.conf"_s), otherProfile);
        if (otherRendered)
            plan.otherSystemConfig = otherRendered->render();
    }
    return plan;
}

QString guessOwnAddress(const QString& peer)
{
    QHostAddress peerAddress;
    const QString host = peer.section(u'/', 0, 0);
    if (!peerAddress.setAddress(host))
        peerAddress = QHostAddress(QHostAddress::AnyIPv4); // a host name: assume IPv4
    QString fallback;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface& interface : interfaces) {
        if (!(interface.flags() & QNetworkInterface::IsUp) || (interface.flags() & QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry& entry : interface.addressEntries()) {
            const QHostAddress ip = entry.ip();
            if (ip.protocol() != peerAddress.protocol() || ip.isLinkLocal())
                continue;
            if (ip.isInSubnet(peerAddress, entry.prefixLength()))
                return ip.toString();
            if (fallback.isEmpty())
                fallback = ip.toString();
        }
    }
    if (peerAddress.isLoopback())
        return u"127.0.0.1"_s;
    return fallback;
}
