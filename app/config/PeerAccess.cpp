#include "PeerAccess.h"

#include "AddressValidator.h"

#include <QHostInfo>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

constexpr quint16 NtpPort = 123; // any port does for a route lookup; this one is the peer's

QString systemName(const Profile& profile)
{
    return profile.role == Role::Server ? u"System 2"_s : u"System 1"_s;
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
        const QString why = info.error() == QHostInfo::NoError ? u"it has no address"_s : info.errorString();
        return Error{u"%1's name %2 does not resolve on this machine (%3), and chronyd would not start with it in "
                     "allow/cmdallow: use %1's address."_s.arg(systemName(profile), profile.peer, why)};
    }
    return addresses;
}

Result<QHostAddress> addressFacing(const QHostAddress& peer)
{
    sockaddr_storage remote{};
    socklen_t length = 0;
    const bool ipv6 = peer.protocol() == QAbstractSocket::IPv6Protocol;
    if (ipv6) {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(&remote);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(NtpPort);
        const Q_IPV6ADDR bytes = peer.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &bytes, sizeof(in6->sin6_addr));
        in6->sin6_scope_id = peer.scopeId().toUInt();
        length = sizeof(sockaddr_in6);
    } else {
        auto* in4 = reinterpret_cast<sockaddr_in*>(&remote);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(NtpPort);
        in4->sin_addr.s_addr = htonl(peer.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    const int fd = ::socket(remote.ss_family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return Error{u"Cannot open a socket: %1."_s.arg(QString::fromLocal8Bit(std::strerror(errno)))};
    // connect() on a datagram socket only picks the route and the source address.
    sockaddr_storage local{};
    socklen_t localLength = sizeof(local);
    const bool found = ::connect(fd, reinterpret_cast<sockaddr*>(&remote), length) == 0 &&
                       ::getsockname(fd, reinterpret_cast<sockaddr*>(&local), &localLength) == 0;
    const int error = errno;
    ::close(fd);
    if (!found) {
        return Error{u"This machine has no route to %1 (%2)."_s.arg(peer.toString(),
                                                                    QString::fromLocal8Bit(std::strerror(error)))};
    }
    QHostAddress address(reinterpret_cast<const sockaddr*>(&local));
    address.setScopeId({}); // bindcmdaddress takes a plain address
    return address;
}

Result<Profile> resolve(Profile profile)
{
    const auto peer = AddressValidator::check(
        profile.peer, profile.role == Role::Server ? AddressValidator::Use::HostOrSubnet : AddressValidator::Use::Host);
    if (!peer.ok())
        return Error{systemName(profile) + u"'s address: "_s + peer.error()};
    if (needsLookup(profile)) {
        Result<QStringList> addresses = addressesFrom(QHostInfo::fromName(profile.peer), profile);
        if (!addresses)
            return Error{addresses.error()};
        profile.peerAddresses = std::move(addresses).value();
    }
    if (profile.monitoring && profile.commandBindAddress.isEmpty() && !profile.monitorOnAllInterfaces) {
        const QString reachable = profile.peerAddresses.isEmpty() ? profile.peer : profile.peerAddresses.first();
        const QHostAddress target = routeTarget(reachable);
        const Result<QHostAddress> facing = target.isNull()
                                                ? Result<QHostAddress>(Error{u"%1 is not an address."_s.arg(reachable)})
                                                : addressFacing(target);
        if (!facing) {
            return Error{u"Which of this machine's addresses faces %1 is unknown: %2 Choose to listen for monitoring "
                         "on all interfaces, or give the address."_s.arg(systemName(profile), facing.error())};
        }
        profile.commandBindAddress = facing->toString();
    }
    return profile;
}

} // namespace PeerAccess
