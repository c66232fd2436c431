#include "PacketWriter.h"

#include <QtEndian>

PacketWriter& PacketWriter::u8(quint8 value)
{
    m_bytes.append(char(value));
    return *this;
}

PacketWriter& PacketWriter::u16(quint16 value)
{
    char buffer[2];
    qToBigEndian(value, buffer);
    m_bytes.append(buffer, 2);
    return *this;
}

PacketWriter& PacketWriter::u32(quint32 value)
{
    char buffer[4];
    qToBigEndian(value, buffer);
    m_bytes.append(buffer, 4);
    return *this;
}

PacketWriter& PacketWriter::address(const CmdmonWire::Address& address)
{
    using CmdmonWire::Address;
    switch (address.family) {
    case Address::Family::Inet4:
        u32(address.ip.toIPv4Address()).zeros(12);
        break;
    case Address::Family::Inet6: {
        const Q_IPV6ADDR raw = address.ip.toIPv6Address();
        m_bytes.append(reinterpret_cast<const char*>(raw.c), 16);
        break;
    }
    case Address::Family::Id:
        u32(address.id).zeros(12);
        break;
    case Address::Family::Unspecified:
        zeros(16);
        break;
    }
    return u16(quint16(address.family)).u16(0);
}

PacketWriter& PacketWriter::fixedString(const QByteArray& text, int length)
{
    const QByteArray cut = text.left(length - 1);
    m_bytes.append(cut);
    return zeros(length - int(cut.size()));
}

PacketWriter& PacketWriter::zeros(int count)
{
    if (count > 0)
        m_bytes.append(count, '\0');
    return *this;
}
