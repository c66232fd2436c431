#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QtGlobal>

// The 48-byte NTP header (RFC 5905, section 7.3) as far as a client needs it. Timestamps stay in
// the wire's 32.32 fixed-point format (seconds since 1900) so that differences are exact.
struct NtpPacket
{
    static constexpr int HeaderSize = 48;
    static constexpr int ModeClient = 3;
    static constexpr int ModeServer = 4;
    static constexpr int LeapUnsynchronised = 3;

    int leap = 0;
    int version = 4;
    int mode = ModeClient;
    int stratum = 0;
    int poll = 0;
    int precision = 0;          // log2 seconds
    quint32 rootDelay = 0;      // NTP short format, 16.16 seconds
    quint32 rootDispersion = 0; // NTP short format, 16.16 seconds
    quint32 referenceId = 0;
    quint64 referenceTime = 0;
    quint64 originTime = 0;
    quint64 receiveTime = 0;
    quint64 transmitTime = 0;

    QByteArray encode() const;
    // Reads the header fields of any datagram of at least HeaderSize bytes; says nothing about
    // whether the values make sense (see validateServerReply).
    static Result<NtpPacket> decode(const QByteArray& datagram);
};

// A mode-3 request as chronyd -Q sends it: everything zero except the version, the mode and the
// transmit timestamp. The transmit field carries a random nonce instead of our clock so the reply's
// origin field identifies our request (and our clock does not leak); the real send time is kept locally.
QByteArray encodeClientRequest(quint64 transmitNonce);

// Checks that a datagram from the server is a usable answer to the request that carried
// expectedOrigin: long enough, mode 4, our nonce in the origin field, not a kiss-o'-death.
Result<NtpPacket> validateServerReply(const QByteArray& datagram, quint64 expectedOrigin);

namespace NtpTime {
// Seconds between 1900-01-01 (NTP era 0) and 1970-01-01 (Unix epoch).
constexpr quint64 UnixEpochOffset = 2208988800ULL;
quint64 fromUnixNanoseconds(qint64 nanoseconds);
// a - b in seconds; exact across an era wrap as long as the two are within 68 years.
double difference(quint64 a, quint64 b);
double fromShort(quint32 value);
// The current time (CLOCK_REALTIME) as an NTP timestamp.
quint64 now();
} // namespace NtpTime
