#pragma once

#include "CmdmonWire.h"

#include <QByteArray>

// Reads big-endian fields at fixed offsets of a received datagram. Every read is bounds-checked:
// a field that does not fit reads as zero and marks the reader as failed, so a decoder can read a
// whole layout and test ok() once instead of checking each offset (and can never read past the end).
class PacketReader
{
public:
    explicit PacketReader(const QByteArray& bytes, int base = 0);

    bool ok() const { return m_ok; }
    int size() const { return m_bytes.size() - m_base; }
    bool has(int offset, int length) const;

    quint8 u8(int offset);
    quint16 u16(int offset);
    qint16 i16(int offset) { return qint16(u16(offset)); }
    quint32 u32(int offset);
    qint32 i32(int offset) { return qint32(u32(offset)); }
    double floatAt(int offset) { return CmdmonWire::decodeFloat(u32(offset)); }
    CmdmonWire::Timespec timespec(int offset);
    CmdmonWire::Address address(int offset);
    // A NUL-terminated byte string in a fixed-size field (the terminator may be missing).
    QByteArray string(int offset, int length);

private:
    const QByteArray m_bytes;
    const int m_base;
    bool m_ok = true;
};
