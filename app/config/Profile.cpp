#include "Profile.h"

#include "AddressValidator.h"
#include "ChronyDirectives.h"
#include "LintRules.h"
#include "TandemBlock.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace {

using ChronyDirectives::Kind;

enum class Family { None, IPv4, IPv6 };

// The address chronyd's command socket will listen on, so System 1/2 can reach it; chronyd only
// allows one bindcmdaddress per family, which is why an existing one of the same family must go.
// Empty when the address that faces the peer is not known yet (validateProfile refuses that).
QString commandAddress(const Profile& profile)
{
    if (!profile.commandBindAddress.isEmpty())
        return profile.commandBindAddress;
    if (!profile.monitorOnAllInterfaces)
        return {};
    const QString reachable = profile.peerAddresses.isEmpty() ? profile.peer : profile.peerAddresses.first();
    const auto peer = AddressValidator::check(reachable, AddressValidator::Use::HostOrSubnet);
    return peer.ok() && peer->isIPv6() ? u"::"_s : u"0.0.0.0"_s;
}

Family familyOf(const QString& address)
{
    QHostAddress parsed;
    if (!parsed.setAddress(address))
        return Family::None; // a Unix socket path, "/" or garbage: not an IP family
    return parsed.protocol() == QAbstractSocket::IPv6Protocol ? Family::IPv6 : Family::IPv4;
}

bool shouldDisable(const ConfLine& line, const Profile& profile, Family commandFamily)
{
    if (!line.isDirective())
        return false;
    const ChronyDirectives::DirectiveInfo* info = ChronyDirectives::find(line.directive());
    if (!info)
        return false;
    switch (info->kind) {
    case Kind::Source:
        // The the guide's "server 127.127.1.1" is ntpd's local clock, in chrony a useless loopback server.
        if (!line.arguments().isEmpty() && ChronyDirectives::isNtpdPseudoAddress(line.arguments().first()))
            return true;
        return !keepsOnlineSources(profile);
    case Kind::SourceDir:
        // DHCP and drop-in servers would compete with System 1 (or with the local clock).
        return !keepsOnlineSources(profile);
    case Kind::Local:
        return profile.role == Role::Server; // the block's own "local" line is the one that counts
    case Kind::MakeStep:
        return profile.role == Role::Client && profile.stepAlways; // the block's "makestep 1 -1" counts
    case Kind::BindCommand:
        return profile.monitoring && !line.arguments().isEmpty() &&
               familyOf(line.arguments().first()) == commandFamily && commandFamily != Family::None;
    default:
        return false;
    }
}

// The peer as allow/cmdallow take it: as written, or the addresses its name had when this was applied.
QList<QByteArray> accessLines(const Profile& profile, const QByteArray& directive)
{
    if (profile.peerAddresses.isEmpty())
        return {directive + ' ' + profile.peer.toUtf8()};
    QList<QByteArray> lines;
    for (const QString& address : profile.peerAddresses)
        lines.append(directive + ' ' + address.toUtf8());
    return lines;
}

// The line that names the pair's key in Tandem's block, on both systems (pairKeyIdInBlock reads it
// back: a server's key is in no directive, and the window cannot read the key file).
const QByteArray PairKeyPrefix = "# Pair key "_ba;

QByteArray pairKeyComment(quint32 keyId)
{
    return PairKeyPrefix + QByteArray::number(keyId) + ':';
}

QList<QByteArray> blockBody(const Profile& profile, bool addKeyFile)
{
    QList<QByteArray> body;
    const QByteArray peer = profile.peer.toUtf8();
    if (profile.role == Role::Server) {
        body.append(profile.mode == ServerMode::LocalOnly
                        ? "# System 1 (server): serves its own clock to System 2, no online time sources."_ba
                        : "# System 1 (server): follows online time sources, its own clock is the fallback."_ba);
        body.append("local stratum "_ba + QByteArray::number(profile.stratum));
    } else {
        body.append("# System 2 (client): follows System 1 only."_ba);
        QByteArray server = "server "_ba + peer + " iburst minpoll "_ba + QByteArray::number(profile.minpoll) +
                            " maxpoll "_ba + QByteArray::number(profile.maxpoll);
        if (profile.peerNtpPort != 0)
            server += " port "_ba + QByteArray::number(profile.peerNtpPort);
        if (profile.keyId != 0) {
            // With a key, chronyd drops every reply without System 1's MAC (chrony.conf(5), "key").
            body.append(pairKeyComment(profile.keyId) + " only replies that carry System 1's MAC are used."_ba);
            server += " key "_ba + QByteArray::number(profile.keyId);
        }
        // No `allow` here: System 2 serves nobody, so its NTP port stays closed (the guide's `allow
        // <System 1>` on System 2 opened it for nothing).
        body.append(server);
        if (profile.stepAlways) {
            // The chrony FAQ's answer for a server whose time may jump: step whenever the offset is
            // over 1 s, not only during the first updates (Debian's "makestep 1 3").
            body.append("# Step whenever System 2 is more than 1 s off (System 1's clock may jump)."_ba);
            body.append("makestep 1 -1"_ba);
        }
    }
    if (!profile.peerAddresses.isEmpty() && grantsPeerAccess(profile)) {
        body.append("# "_ba + (profile.role == Role::Server ? "System 2"_ba : "System 1"_ba) + " is "_ba + peer +
                    ": its addresses when Tandem applied this (chronyd would resolve the name once, and"_ba);
        body.append("# not start at all when it does not resolve)."_ba);
    }
    if (profile.role == Role::Server) {
        // Serve System 2 (and open the NTP port: chrony.conf(5), "The port will be open only when an
        // address is allowed").
        body.append(accessLines(profile, "allow"_ba));
    }
    if (profile.monitoring) {
        // cmdallow alone does nothing: chronyd's command socket listens on loopback unless told otherwise.
        body.append(accessLines(profile, "cmdallow"_ba));
        body.append("bindcmdaddress "_ba + commandAddress(profile).toUtf8());
    }
    if (profile.role == Role::Server && profile.keyId != 0)
        body.append(pairKeyComment(profile.keyId) +
                    " System 2 signs its requests with it, chronyd answers with it."_ba);
    if (addKeyFile) {
        body.append("# The key file that holds the pair's key (there was no keyfile line)."_ba);
        body.append("keyfile "_ba + profile.keyFile.toUtf8());
    }
    return body;
}

// allow and cmdallow need addresses: a host name peer comes with the addresses it resolved to.
Status validatePeerAddresses(const Profile& profile, const AddressValidator::Checked& peer)
{
    if (!grantsPeerAccess(profile))
        return success();
    if (peer.kind == AddressValidator::Kind::HostName && profile.peerAddresses.isEmpty()) {
        return Error{QCoreApplication::translate(
                         "Profile",
                         "%1 is a host name, and chronyd resolves a name in allow/cmdallow only once, while it reads "
                         "the file (and does not start when that fails): Tandem writes its addresses, so it must be "
                         "resolved first.")
                         .arg(profile.peer)};
    }
    if (peer.kind != AddressValidator::Kind::HostName && !profile.peerAddresses.isEmpty())
        return Error{QCoreApplication::translate("Profile", "Resolved addresses only go with a host name, not with %1.")
                         .arg(profile.peer)};
    for (const QString& address : profile.peerAddresses) {
        if (const auto checked = AddressValidator::check(address, AddressValidator::Use::IpOnly); !checked.ok())
            return Error{QCoreApplication::translate("Profile", "%1's address %2: %3")
                             .arg(profile.peer, address, checked.error())};
    }
    return success();
}

} // namespace

bool grantsPeerAccess(const Profile& profile)
{
    return profile.role == Role::Server || profile.monitoring;
}

bool keepsOnlineSources(const Profile& profile)
{
    return profile.role == Role::Server && profile.mode == ServerMode::LocalAndPools;
}

Status validateProfile(const Profile& profile)
{
    const bool server = profile.role == Role::Server;
    const auto peer = AddressValidator::check(profile.peer, server ? AddressValidator::Use::HostOrSubnet
                                                                   : AddressValidator::Use::Host);
    if (!peer.ok()) {
        return Error{(server ? QCoreApplication::translate("Profile", "System 2's address: %1")
                             : QCoreApplication::translate("Profile", "System 1's address: %1"))
                         .arg(peer.error())};
    }
    if (server) {
        if (profile.stratum < ChronyDirectives::MinStratum || profile.stratum > ChronyDirectives::MaxStratum)
            return Error{
                QCoreApplication::translate("Profile", "The local stratum must be between 1 and 15 (it is %1).")
                    .arg(profile.stratum)};
    } else {
        for (const int poll : {profile.minpoll, profile.maxpoll}) {
            if (poll < ChronyDirectives::MinPoll || poll > ChronyDirectives::MaxPoll)
                return Error{
                    QCoreApplication::translate("Profile", "Polling values must be between -7 and 24 (got %1).")
                        .arg(poll)};
        }
        if (profile.maxpoll < profile.minpoll)
            return Error{QCoreApplication::translate("Profile", "maxpoll (%1) must not be smaller than minpoll (%2).")
                             .arg(profile.maxpoll)
                             .arg(profile.minpoll)};
        if (profile.peerNtpPort < 0 || profile.peerNtpPort > ChronyDirectives::MaxPort)
            return Error{QCoreApplication::translate(
                "Profile", "The NTP port must be between 1 and 65535 (0 means the default, 123).")};
    }
    if (!profile.keyFile.isEmpty() &&
        (!profile.keyFile.startsWith(u'/') || profile.keyFile.contains(u'\n') || profile.keyFile.contains(u' ')))
        return Error{QCoreApplication::translate("Profile", "The key file must be an absolute path without spaces.")};
    if (server && profile.stepAlways)
        return Error{QCoreApplication::translate(
            "Profile", "'makestep 1 -1' is a System 2 setting: it makes System 2 follow jumps of System 1's clock.")};
    if (const Status access = validatePeerAddresses(profile, *peer); !access.ok())
        return access;
    if (profile.monitoring && profile.commandBindAddress.isEmpty() && !profile.monitorOnAllInterfaces) {
        return Error{QCoreApplication::translate(
                         "Profile",
                         "Which of this machine's addresses faces %1 is not known, so chronyd would not know where to "
                         "listen for its monitoring: give the address, or choose all interfaces.")
                         .arg(profile.peer)};
    }
    if (profile.monitoring && !profile.commandBindAddress.isEmpty()) {
        const auto bind = AddressValidator::check(profile.commandBindAddress, AddressValidator::Use::IpOnly);
        if (!bind.ok())
            return Error{QCoreApplication::translate("Profile", "The monitoring address: %1").arg(bind.error())};
        if (peer->kind != AddressValidator::Kind::HostName && bind->isIPv6() != peer->isIPv6()) {
            return Error{QCoreApplication::translate(
                             "Profile",
                             "The monitoring address %1 and the peer %2 are of different IP versions, so the peer "
                             "could not reach the monitoring port.")
                             .arg(profile.commandBindAddress, profile.peer)};
        }
    }
    return success();
}

Result<ConfFile> applyProfile(const ConfFile& base, const Profile& profile)
{
    const Status valid = validateProfile(profile);
    if (!valid.ok())
        return valid.failure();

    qsizetype blockIndex = -1;
    ConfFile stripped = TandemBlock::strip(base, &blockIndex);
    const Family commandFamily = profile.monitoring ? familyOf(commandAddress(profile)) : Family::None;
    QList<ConfLine> lines = stripped.lines();
    for (ConfLine& line : lines) {
        if (shouldDisable(line, profile, commandFamily))
            line = TandemBlock::disable(line);
    }
    stripped.setLines(std::move(lines));
    const bool addKeyFile = profile.keyId != 0 && LintRules::keyfilePath(stripped).isEmpty();
    if (addKeyFile && profile.keyFile.isEmpty())
        return Error{QCoreApplication::translate(
            "Profile", "The config names no key file, and none was given for the pair's key.")};
    return TandemBlock::insert(stripped, blockBody(profile, addKeyFile), blockIndex);
}

quint32 pairKeyIdInBlock(const ConfFile& file)
{
    const std::optional<QList<ConfLine>> body = TandemBlock::body(file);
    if (!body)
        return 0;
    for (const ConfLine& line : *body) {
        if (!line.text().startsWith(PairKeyPrefix))
            continue;
        const QByteArray rest = line.text().mid(PairKeyPrefix.size());
        return rest.left(rest.indexOf(':')).toUInt();
    }
    return 0;
}

ConfFile removeProfile(const ConfFile& base)
{
    return TandemBlock::strip(base);
}
