#pragma once

#include "CmdmonWire.h"

#include <QByteArray>

// Appends big-endian fields to a request being built.
class PacketWriter
{
public:
    PacketWriter& u8(quint8 value);
    PacketWriter& u16(quint16 value);
    PacketWriter& u32(quint32 value);
    PacketWriter& i32(qint32 value) { return u32(quint32(value)); }
    PacketWriter& floatValue(double value) { return u32(CmdmonWire::encodeFloat(value)); }
    PacketWriter& address(const CmdmonWire::Address& address);
    // Writes exactly `length` bytes: the text, then NULs (the text is cut so a terminator always fits).
    PacketWriter& fixedString(const QByteArray& text, int length);
    PacketWriter& zeros(int count);

    const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};
