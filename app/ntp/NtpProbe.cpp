#include "NtpProbe.h"

#include "SystemTime.h"
#include "TimestampedUdpSocket.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QRandomGenerator64>

using namespace Qt::StringLiterals;

NtpProbe::NtpProbe(QObject* parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &NtpProbe::timedOut);
}

NtpProbe::~NtpProbe()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

void NtpProbe::start(const NtpProbeRequest& request)
{
    Q_ASSERT(!m_timeout.isActive() && !m_done);
    m_request = request;
    // The deadline covers name resolution too: the caller was promised an answer within the timeout.
    m_timeout.start(qMax(1, request.timeoutMs));
    const QHostAddress literal(request.host);
    if (!literal.isNull()) {
        // Queued so that a caller connecting after start() still hears about an immediate failure.
        QMetaObject::invokeMethod(
            this, [this, literal] { send(literal); }, Qt::QueuedConnection);
        return;
    }
    m_lookupId = QHostInfo::lookupHost(request.host, this, &NtpProbe::resolved);
}

void NtpProbe::resolved(const QHostInfo& info)
{
    m_lookupId = -1;
    if (m_done)
        return;
    for (const QHostAddress& address : info.addresses()) {
        // With a fixed source address only a server of the same family can be reached.
        if (m_request.source.isNull() || address.protocol() == m_request.source.protocol()) {
            send(address);
            return;
        }
    }
    fail(info.error() != QHostInfo::NoError
             ? u"cannot resolve %1: %2"_s.arg(m_request.host, info.errorString())
             : u"%1 has no address of the source address's family"_s.arg(m_request.host));
}

void NtpProbe::send(const QHostAddress& server)
{
    if (m_done)
        return;
    m_server = server;
    m_socket = new TimestampedUdpSocket(this);
    const QHostAddress local = !m_request.source.isNull() ? m_request.source
                               : server.protocol() == QAbstractSocket::IPv6Protocol
                                   ? QHostAddress(QHostAddress::AnyIPv6)
                                   : QHostAddress(QHostAddress::AnyIPv4);
    // Port 0: an unprivileged ephemeral port, as chronyd -Q uses; no root needed.
    if (const Status opened = m_socket->open(local); !opened) {
        fail(opened.error());
        return;
    }
    connect(m_socket, &TimestampedUdpSocket::readyRead, this, &NtpProbe::readReplies);
    m_nonce = QRandomGenerator64::global()->generate();
    const QByteArray request = encodeClientRequest(m_nonce);
    // T1 as late as possible before the packet leaves.
    m_sentAt = NtpTime::fromUnixNanoseconds(time().nowNs());
    if (const Status sent = m_socket->send(request, server, m_request.port); !sent)
        fail(u"cannot send to %1: %2"_s.arg(target(), sent.error()));
}

const SystemTime& NtpProbe::time() const
{
    return m_request.time ? *m_request.time : MachineTime::instance();
}

void NtpProbe::readReplies()
{
    while (!m_done) {
        const std::optional<TimestampedUdpSocket::Datagram> datagram = m_socket->receive();
        if (!datagram)
            return;
        const qint64 receivedNs =
            datagram->kernelRealtimeNs != 0 ? time().fromKernelTimestampNs(datagram->kernelRealtimeNs) : time().nowNs();
        const quint64 receivedAt = NtpTime::fromUnixNanoseconds(receivedNs);
        // Anything not from the server's address and port is not an answer to us; keep waiting.
        if (!datagram->sender.isEqual(m_server, QHostAddress::TolerantConversion) ||
            datagram->senderPort != m_request.port) {
            ++m_strayReplies;
            continue;
        }
        // Neither is a datagram that does not answer our request (a forged or stale one): the real
        // answer may still follow.
        const Result<NtpPacket> reply =
            datagram->truncated
                ? Result<NtpPacket>(Error{QCoreApplication::translate("NtpProbe", "the reply was too long")})
                : validateServerReply(datagram->data, m_nonce);
        if (!reply) {
            ++m_strayReplies;
            m_lastInvalidReply = reply.error();
            continue;
        }
        NtpMeasurement measurement = NtpMeasurement::fromExchange(*reply, m_sentAt, receivedAt);
        measurement.server = m_server;
        measurement.port = m_request.port;
        m_done = true;
        m_timeout.stop();
        emit finished(measurement);
    }
}

void NtpProbe::timedOut()
{
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    const QString source = !m_request.source.isNull() ? m_request.source.toString() : u"this system's address"_s;
    QString reason = u"no answer from %1 within %2 ms: chronyd may not be running there, its 'allow' may not "
                     u"include %3, or a firewall may drop UDP port %4"_s.arg(target())
                         .arg(m_request.timeoutMs)
                         .arg(source)
                         .arg(m_request.port);
    if (!m_lastInvalidReply.isEmpty())
        reason = u"%1 answered, but %2"_s.arg(target(), m_lastInvalidReply);
    else if (m_strayReplies > 0)
        reason += u" (%1 datagram(s) came from another address or port and were ignored)"_s.arg(m_strayReplies);
    fail(reason);
}

void NtpProbe::fail(const QString& reason)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    emit failed(reason);
}

QString NtpProbe::target() const
{
    const QString host = m_server.isNull() ? m_request.host : m_server.toString();
    return u"%1 port %2"_s.arg(host).arg(m_request.port);
}
