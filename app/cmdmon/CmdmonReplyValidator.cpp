#include "CmdmonReplyValidator.h"

#include "PacketReader.h"

using namespace Cmdmon;

std::optional<CmdmonReplyPacket> validateCmdmonReply(const QByteArray& datagram, RequestCode command, quint32 sequence,
                                                     const QList<ReplyCode>& expectedReplies)
{
    if (datagram.size() < ReplyHeaderLength || datagram.size() > MaxPacketLength)
        return std::nullopt;
    PacketReader header(datagram);
    const quint8 version = header.u8(0);
    const quint8 packetType = header.u8(1);
    const auto status = Status(header.u16(8));
    if (packetType != PacketTypeReply || header.u8(2) != 0 || header.u8(3) != 0)
        return std::nullopt;
    // chronyd answers a request it cannot parse with its own version and status 18; that report is
    // the one reply of another version worth reading (versions before 5 never send it).
    const bool versionReport = version >= 5 && status == Status::BadPacketVersion;
    if (version != ProtocolVersion && !versionReport)
        return std::nullopt;
    if (header.u16(4) != quint16(command) || header.u32(16) != sequence)
        return std::nullopt;

    CmdmonReplyPacket packet;
    packet.command = command;
    packet.reply = ReplyCode(header.u16(6));
    packet.status = status;
    packet.data = datagram.mid(ReplyHeaderLength);
    if (status == Status::Success) {
        if (!expectedReplies.contains(packet.reply))
            return std::nullopt;
        // chronyd sends each reply at its exact length (PKL_ReplyLength); anything else is not its.
        if (packet.data.size() != replyDataLength(packet.reply))
            return std::nullopt;
    }
    return packet;
}
