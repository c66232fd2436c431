#include "LocalRoute.h"

#include <QNetworkInterface>

#include <arpa/inet.h>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

LocalRoute LocalRoute::towards(const QHostAddress& peer)
{
    LocalRoute route;
    const bool v6 = peer.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return route;
    sockaddr_storage remote{};
    socklen_t length = 0;
    if (v6) {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(&remote);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(123);
        const Q_IPV6ADDR bytes = peer.toIPv6Address();
        std::memcpy(&in6->sin6_addr, bytes.c, sizeof bytes.c);
        length = sizeof *in6;
    } else {
        auto* in4 = reinterpret_cast<sockaddr_in*>(&remote);
        in4->sin_family = AF_INET;
        in4->sin_port = htons(123);
        in4->sin_addr.s_addr = htonl(peer.toIPv4Address());
        length = sizeof *in4;
    }
    sockaddr_storage local{};
    socklen_t localLength = sizeof local;
    if (::connect(fd, reinterpret_cast<sockaddr*>(&remote), length) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&local), &localLength) == 0)
        route.address.setAddress(reinterpret_cast<sockaddr*>(&local));
    ::close(fd);
    if (route.address.isNull())
        return route;
    route.address.setScopeId({});
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface& interface : interfaces) {
        for (const QNetworkAddressEntry& entry : interface.addressEntries()) {
            if (entry.ip().isEqual(route.address, QHostAddress::StrictConversion))
                route.interfaceName = interface.name();
        }
    }
    // A peer on this machine arrives over the loopback interface, whatever address it has.
    if (peer.isLoopback() || route.address.isEqual(peer, QHostAddress::StrictConversion))
        route.interfaceName = QStringLiteral("lo");
    return route;
}
