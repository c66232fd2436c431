#include "TimestampedUdpSocket.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

socklen_t toSockaddr(const QHostAddress& address, quint16 port, sockaddr_storage* storage)
{
    std::memset(storage, 0, sizeof *storage);
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, bytes.c, 16);
        in6->sin6_scope_id = address.scopeId().toUInt();
        return sizeof(sockaddr_in6);
    }
    auto* in4 = reinterpret_cast<sockaddr_in*>(storage);
    in4->sin_family = AF_INET;
    in4->sin_port = htons(port);
    in4->sin_addr.s_addr = htonl(address.toIPv4Address());
    return sizeof(sockaddr_in);
}

} // namespace

TimestampedUdpSocket::TimestampedUdpSocket(QObject* parent)
    : QObject(parent)
{}

TimestampedUdpSocket::~TimestampedUdpSocket()
{
    delete m_notifier;
    if (m_fd >= 0)
        ::close(m_fd);
}

Status TimestampedUdpSocket::open(const QHostAddress& local)
{
    Q_ASSERT(m_fd < 0);
    const int family = local.protocol() == QAbstractSocket::IPv6Protocol ? AF_INET6 : AF_INET;
    m_fd = ::socket(family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return Error{
            QCoreApplication::translate("TimestampedUdpSocket", "cannot open a UDP socket: %1").arg(systemError())};
    const int on = 1;
    // Without kernel timestamps the reply is stamped when it is read, as before; still a measurement.
    ::setsockopt(m_fd, SOL_SOCKET, SO_TIMESTAMPNS, &on, sizeof on);
    sockaddr_storage address;
    const socklen_t length = toSockaddr(local, 0, &address);
    if (::bind(m_fd, reinterpret_cast<sockaddr*>(&address), length) != 0)
        return Error{QCoreApplication::translate("TimestampedUdpSocket", "cannot use the source address %1: %2")
                         .arg(local.toString(), systemError())};
    m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read);
    connect(m_notifier, &QSocketNotifier::activated, this, &TimestampedUdpSocket::readyRead);
    return success();
}

Status TimestampedUdpSocket::send(const QByteArray& datagram, const QHostAddress& to, quint16 port)
{
    sockaddr_storage address;
    const socklen_t length = toSockaddr(to, port, &address);
    const ssize_t sent =
        ::sendto(m_fd, datagram.constData(), size_t(datagram.size()), 0, reinterpret_cast<sockaddr*>(&address), length);
    if (sent != datagram.size())
        return Error{sent < 0 ? systemError() : u"only %1 of %2 bytes were sent"_s.arg(sent).arg(datagram.size())};
    return success();
}

std::optional<TimestampedUdpSocket::Datagram> TimestampedUdpSocket::receive()
{
    char buffer[MaxDatagramSize];
    sockaddr_storage from = {};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(timespec)) * 2];
    iovec vector{buffer, sizeof buffer};
    msghdr message = {};
    message.msg_name = &from;
    message.msg_namelen = sizeof from;
    message.msg_iov = &vector;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    const ssize_t received = ::recvmsg(m_fd, &message, MSG_DONTWAIT);
    if (received < 0)
        return std::nullopt;

    Datagram datagram;
    datagram.data = QByteArray(buffer, qsizetype(received));
    datagram.truncated = (message.msg_flags & MSG_TRUNC) != 0;
    datagram.sender = QHostAddress(reinterpret_cast<const sockaddr*>(&from));
    datagram.senderPort = from.ss_family == AF_INET6 ? ntohs(reinterpret_cast<const sockaddr_in6*>(&from)->sin6_port)
                                                     : ntohs(reinterpret_cast<const sockaddr_in*>(&from)->sin_port);
    for (cmsghdr* header = CMSG_FIRSTHDR(&message); header; header = CMSG_NXTHDR(&message, header)) {
        if (header->cmsg_level == SOL_SOCKET && header->cmsg_type == SCM_TIMESTAMPNS) {
            timespec stamp;
            std::memcpy(&stamp, CMSG_DATA(header), sizeof stamp);
            datagram.kernelRealtimeNs = qint64(stamp.tv_sec) * 1000000000 + stamp.tv_nsec;
        }
    }
    return datagram;
}
