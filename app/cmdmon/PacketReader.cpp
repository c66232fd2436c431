#include "PacketReader.h"

#include <QtEndian>

PacketReader::PacketReader(const QByteArray& bytes, int base)
    : m_bytes(bytes)
    , m_base(qBound(0, base, int(bytes.size())))
{
    if (base < 0 || base > bytes.size())
        m_ok = false;
}

bool PacketReader::has(int offset, int length) const
{
    // Written so that no intermediate sum can overflow for hostile offsets.
    return offset >= 0 && length >= 0 && offset <= size() && length <= size() - offset;
}

quint8 PacketReader::u8(int offset)
{
    if (!has(offset, 1)) {
        m_ok = false;
        return 0;
    }
    return quint8(m_bytes.at(m_base + offset));
}

quint16 PacketReader::u16(int offset)
{
    if (!has(offset, 2)) {
        m_ok = false;
        return 0;
    }
    return qFromBigEndian<quint16>(m_bytes.constData() + m_base + offset);
}

quint32 PacketReader::u32(int offset)
{
    if (!has(offset, 4)) {
        m_ok = false;
        return 0;
    }
    return qFromBigEndian<quint32>(m_bytes.constData() + m_base + offset);
}

CmdmonWire::Timespec PacketReader::timespec(int offset)
{
    if (!has(offset, 12)) {
        m_ok = false;
        return {};
    }
    const quint32 high = u32(offset);
    const quint32 low = u32(offset + 4);
    const quint32 nanoseconds = u32(offset + 8);
    return CmdmonWire::decodeTimespec(high, low, nanoseconds);
}

CmdmonWire::Address PacketReader::address(int offset)
{
    using CmdmonWire::Address;
    Address result;
    if (!has(offset, 20)) {
        m_ok = false;
        return result;
    }
    const quint16 family = u16(offset + 16);
    switch (family) {
    case quint16(Address::Family::Inet4):
        result.family = Address::Family::Inet4;
        result.ip = QHostAddress(u32(offset));
        break;
    case quint16(Address::Family::Inet6): {
        Q_IPV6ADDR raw;
        for (int i = 0; i < 16; ++i)
            raw[i] = u8(offset + i);
        result.family = Address::Family::Inet6;
        result.ip = QHostAddress(raw);
        break;
    }
    case quint16(Address::Family::Id):
        result.family = Address::Family::Id;
        result.id = u32(offset);
        break;
    default:
        // Unknown families are treated as unspecified, as chronyd's own receiver does.
        break;
    }
    return result;
}

QByteArray PacketReader::string(int offset, int length)
{
    if (!has(offset, length)) {
        m_ok = false;
        return {};
    }
    const QByteArray field = m_bytes.mid(m_base + offset, length);
    const qsizetype end = field.indexOf('\0');
    return end < 0 ? field : field.left(end);
}
