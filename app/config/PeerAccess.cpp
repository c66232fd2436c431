#include "PeerAccess.h"

#include "AddressValidator.h"
#include "util/LocalRoute.h"

#include <QCoreApplication>
#include <QHostInfo>

using namespace Qt::StringLiterals;

namespace {

QString systemName(const Profile& profile)
{
    return profile.role == Role::Server ? QCoreApplication::translate("PeerAccess", "System 2")
                                        : QCoreApplication::translate("PeerAccess", "System 1");
}

// chrony's short IPv4 subnets ("192.168.1" is 192.168.1.0/24) in the usual notation.
QString expandShortIPv4(const QString& peer)
{
    if (peer.contains(u':'))
        return peer;
    QStringList octets = peer.section(u'/', 0, 0).split(u'.');
    const int given = int(octets.size());
    while (octets.size() < 4)
        octets.append(u"0"_s);
    const QString prefix = peer.contains(u'/') ? peer.section(u'/', 1) : QString::number(8 * given);
    return octets.join(u'.') + u'/' + prefix;
}

// An address inside the peer's subnet to look the route up with: the first host of the network.
QHostAddress routeTarget(const QString& peer)
{
    // QHostAddress reads "127" as 0.0.0.127, which chrony reads as 127.0.0.0/8: only full addresses here.
    const QHostAddress plain(peer);
    if (!plain.isNull() && (plain.protocol() == QAbstractSocket::IPv6Protocol || plain.toString() == peer))
        return plain;
    const auto [network, prefix] = QHostAddress::parseSubnet(expandShortIPv4(peer));
    if (network.isNull())
        return {};
    const bool ipv6 = network.protocol() == QAbstractSocket::IPv6Protocol;
    if (prefix >= (ipv6 ? 128 : 32))
        return network;
    if (!ipv6)
        return QHostAddress(network.toIPv4Address() + 1);
    Q_IPV6ADDR bytes = network.toIPv6Address();
    bytes[15] |= 1;
    return QHostAddress(bytes);
}

} // namespace

namespace PeerAccess {

bool needsLookup(const Profile& profile)
{
    if (!profile.peerAddresses.isEmpty() || !grantsPeerAccess(profile))
        return false;
    const auto peer = AddressValidator::check(profile.peer, AddressValidator::Use::HostOrSubnet);
    return peer.ok() && peer->kind == AddressValidator::Kind::HostName;
}

Result<QStringList> addressesFrom(const QHostInfo& info, const Profile& profile)
{
    QStringList addresses;
    for (const QHostAddress& address : info.addresses()) {
        const QString text = address.toString();
        if (!addresses.contains(text))
            addresses.append(text);
    }
    if (addresses.isEmpty()) {
        const QString why = info.error() == QHostInfo::NoError
                                ? QCoreApplication::translate("PeerAccess", "it has no address")
                                : info.errorString();
        return Error{QCoreApplication::translate(
                         "PeerAccess",
                         "%1's name %2 does not resolve on this machine (%3), and chronyd would not start with it in "
                         "allow/cmdallow: use %1's address.")
                         .arg(systemName(profile), profile.peer, why)};
    }
    return addresses;
}

Result<QHostAddress> addressFacing(const QHostAddress& peer)
{
    const LocalRoute route = LocalRoute::towards(peer);
    if (route.address.isNull())
        return Error{
            QCoreApplication::translate("PeerAccess", "This machine has no route to %1.").arg(peer.toString())};
    return route.address;
}

Result<Profile> resolve(Profile profile)
{
    const auto peer = AddressValidator::check(
        profile.peer, profile.role == Role::Server ? AddressValidator::Use::HostOrSubnet : AddressValidator::Use::Host);
    if (!peer.ok())
        return Error{
            QCoreApplication::translate("PeerAccess", "%1's address: %2").arg(systemName(profile), peer.error())};
    if (needsLookup(profile)) {
        Result<QStringList> addresses = addressesFrom(QHostInfo::fromName(profile.peer), profile);
        if (!addresses)
            return addresses.failure();
        profile.peerAddresses = std::move(addresses).value();
    }
    if (profile.monitoring && profile.commandBindAddress.isEmpty() && !profile.monitorOnAllInterfaces) {
        const QString reachable = profile.peerAddresses.isEmpty() ? profile.peer : profile.peerAddresses.first();
        const QHostAddress target = routeTarget(reachable);
        const Result<QHostAddress> facing =
            target.isNull() ? Result<QHostAddress>(Error{
                                  QCoreApplication::translate("PeerAccess", "%1 is not an address.").arg(reachable)})
                            : addressFacing(target);
        if (!facing) {
            return Error{
                QCoreApplication::translate(
                    "PeerAccess",
                    "Which of this machine's addresses faces %1 is unknown: %2 Choose to listen for monitoring "
                    "on all interfaces, or give the address.")
                    .arg(systemName(profile), facing.error())};
        }
        profile.commandBindAddress = facing->toString();
    }
    return profile;
}

} // namespace PeerAccess
