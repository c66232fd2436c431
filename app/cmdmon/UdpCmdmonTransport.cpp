#include "UdpCmdmonTransport.h"

#include <QCoreApplication>
#include <QUdpSocket>

UdpCmdmonTransport::UdpCmdmonTransport(const CmdmonEndpoint& endpoint, QObject* parent)
    : CmdmonTransport(parent)
    , m_endpoint(endpoint)
{}

Status UdpCmdmonTransport::open()
{
    if (m_socket)
        return success();
    if (m_endpoint.host.isNull())
        return Error{QCoreApplication::translate("UdpCmdmonTransport", "no chronyd address given")};
    auto* socket = new QUdpSocket(this);
    QHostAddress local = m_endpoint.sourceAddress;
    if (local.isNull()) {
        local = m_endpoint.host.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(QHostAddress::AnyIPv6)
                                                                            : QHostAddress(QHostAddress::AnyIPv4);
    }
    if (!socket->bind(local, 0)) {
        const QString reason = socket->errorString();
        delete socket;
        return Error{QCoreApplication::translate("UdpCmdmonTransport", "cannot bind a UDP socket to %1: %2")
                         .arg(local.toString(), reason)};
    }
    connect(socket, &QUdpSocket::readyRead, this, &UdpCmdmonTransport::readPending);
    m_socket = socket;
    return success();
}

Status UdpCmdmonTransport::send(const QByteArray& datagram)
{
    if (m_socket->writeDatagram(datagram, m_endpoint.host, m_endpoint.port) != datagram.size())
        return Error{QCoreApplication::translate("UdpCmdmonTransport", "cannot send to %1: %2")
                         .arg(m_endpoint.describe(), m_socket->errorString())};
    return success();
}

void UdpCmdmonTransport::readPending()
{
    // One byte more than any valid reply, so that an oversized datagram stays recognisable.
    char buffer[Cmdmon::MaxPacketLength + 1];
    while (m_socket->hasPendingDatagrams()) {
        QHostAddress sender;
        quint16 senderPort = 0;
        const qint64 length = m_socket->readDatagram(buffer, sizeof(buffer), &sender, &senderPort);
        if (length < 0)
            return;
        // Anyone on the network can send us datagrams; only the daemon's own address and port count.
        if (senderPort != m_endpoint.port || !sender.isEqual(m_endpoint.host, QHostAddress::TolerantConversion))
            continue;
        emit datagramReceived(QByteArray(buffer, qsizetype(length)));
    }
}
