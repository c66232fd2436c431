#include "NtpPacket.h"

#include <QCoreApplication>
#include <QtEndian>

#include <chrono>

using namespace Qt::StringLiterals;

namespace {

void putTimestamp(char* at, quint64 value)
{
    qToBigEndian<quint64>(value, at);
}

quint64 timestampAt(const char* at)
{
    return qFromBigEndian<quint64>(at);
}

QString kissCode(quint32 referenceId)
{
    QString code;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const char byte = char((referenceId >> shift) & 0xff);
        if (byte >= 0x20 && byte < 0x7f)
            code += QChar::fromLatin1(byte);
    }
    return code;
}

} // namespace

QByteArray NtpPacket::encode() const
{
    QByteArray bytes(HeaderSize, '\0');
    char* data = bytes.data();
    data[0] = char(((leap & 0x3) << 6) | ((version & 0x7) << 3) | (mode & 0x7));
    data[1] = char(stratum);
    data[2] = char(poll);
    data[3] = char(precision);
    qToBigEndian<quint32>(rootDelay, data + 4);
    qToBigEndian<quint32>(rootDispersion, data + 8);
    qToBigEndian<quint32>(referenceId, data + 12);
    putTimestamp(data + 16, referenceTime);
    putTimestamp(data + 24, originTime);
    putTimestamp(data + 32, receiveTime);
    putTimestamp(data + 40, transmitTime);
    return bytes;
}

Result<NtpPacket> NtpPacket::decode(const QByteArray& datagram)
{
    if (datagram.size() < HeaderSize)
        return Error{QCoreApplication::translate("NtpPacket",
                                                 "the reply is %1 bytes long, shorter than an NTP header (48 bytes)")
                         .arg(datagram.size())};
    const char* data = datagram.constData();
    NtpPacket packet;
    const auto first = quint8(data[0]);
    packet.leap = first >> 6;
    packet.version = (first >> 3) & 0x7;
    packet.mode = first & 0x7;
    packet.stratum = quint8(data[1]);
    packet.poll = qint8(data[2]);
    packet.precision = qint8(data[3]);
    packet.rootDelay = qFromBigEndian<quint32>(data + 4);
    packet.rootDispersion = qFromBigEndian<quint32>(data + 8);
    packet.referenceId = qFromBigEndian<quint32>(data + 12);
    packet.referenceTime = timestampAt(data + 16);
    packet.originTime = timestampAt(data + 24);
    packet.receiveTime = timestampAt(data + 32);
    packet.transmitTime = timestampAt(data + 40);
    return packet;
}

QByteArray encodeClientRequest(quint64 transmitNonce)
{
    NtpPacket request;
    request.transmitTime = transmitNonce;
    return request.encode();
}

namespace {
constexpr int MaxStratum = 16;
constexpr double MaxDispersionS = 16.0;
} // namespace

Result<NtpPacket> validateServerReply(const QByteArray& datagram, quint64 expectedOrigin)
{
    Result<NtpPacket> decoded = NtpPacket::decode(datagram);
    if (!decoded)
        return decoded;
    const NtpPacket& reply = *decoded;
    if (reply.mode != NtpPacket::ModeServer)
        return Error{
            QCoreApplication::translate(
                "NtpPacket", "the reply has NTP mode %1, not 4 (server): something other than an NTP server answered")
                .arg(reply.mode)};
    if (reply.version < 1 || reply.version > 4)
        return Error{QCoreApplication::translate("NtpPacket", "the reply has NTP version %1, which no NTP server sends")
                         .arg(reply.version)};
    // A reply whose origin is not our nonce answers some other request (or is forged): RFC 5905's
    // "bogus packet" test.
    if (reply.originTime != expectedOrigin)
        return Error{QCoreApplication::translate(
            "NtpPacket", "the reply's origin timestamp does not match our request, so it does not answer it")};
    // Stratum 0 with a reference id is a kiss-o'-death: the server refuses to serve us (RFC 5905, 7.4).
    // chronyd also sends stratum 0, but with reference id 0, when it is merely unsynchronised.
    if (reply.stratum == 0 && reply.referenceId != 0) {
        const QString code = kissCode(reply.referenceId);
        QString meaning;
        if (code == u"RATE"_s)
            meaning = u": we asked too often"_s;
        else if (code == u"DENY"_s || code == u"RSTR"_s)
            meaning = u": access is denied for this address"_s;
        return Error{QCoreApplication::translate(
                         "NtpPacket", "the server sent a kiss-o'-death (code %1), it refuses to give us time%2")
                         .arg(code, meaning)};
    }
    if (reply.transmitTime == 0)
        return Error{QCoreApplication::translate("NtpPacket", "the reply has no transmit timestamp")};
    // Our request carries no key and no extension field, so a server's answer has none either.
    if (datagram.size() != NtpPacket::HeaderSize)
        return Error{QCoreApplication::translate(
                         "NtpPacket", "the reply is %1 bytes long; an NTP server answers our request with 48")
                         .arg(datagram.size())};
    if (reply.stratum > MaxStratum)
        return Error{QCoreApplication::translate("NtpPacket", "implausible reply: stratum %1").arg(reply.stratum)};
    // A server that says it is synchronised is within RFC 5905's MAXDISP (16 s) of a reference clock.
    const double rootDelay = reply.rootDelay / 65536.0;
    const double rootDispersion = reply.rootDispersion / 65536.0;
    if (reply.leap != NtpPacket::LeapUnsynchronised &&
        (rootDelay >= MaxDispersionS || rootDispersion >= MaxDispersionS))
        return Error{QCoreApplication::translate(
                         "NtpPacket",
                         "implausible reply: root delay %1 s, root dispersion %2 s from a server that says it is "
                         "synchronised")
                         .arg(rootDelay)
                         .arg(rootDispersion)};
    return decoded;
}

namespace NtpTime {

quint64 fromUnixNanoseconds(qint64 nanoseconds)
{
    const qint64 seconds = nanoseconds / 1000000000;
    const qint64 rest = nanoseconds % 1000000000;
    // The fraction is rest / 1e9 scaled to 2^32; 128-bit free: rest < 2^30, so rest << 32 fits in 64 bits.
    const quint64 fraction = (quint64(rest) << 32) / 1000000000ULL;
    return ((quint64(seconds) + UnixEpochOffset) << 32) | (fraction & 0xffffffffULL);
}

double difference(quint64 a, quint64 b)
{
    return double(qint64(a - b)) / 4294967296.0;
}

double fromShort(quint32 value)
{
    return double(value) / 65536.0;
}

quint64 now()
{
    const auto since = std::chrono::system_clock::now().time_since_epoch();
    return fromUnixNanoseconds(std::chrono::duration_cast<std::chrono::nanoseconds>(since).count());
}

} // namespace NtpTime
