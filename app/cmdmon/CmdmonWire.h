#pragma once

#include <QHostAddress>
#include <QString>
#include <QtGlobal>

// Value encodings of chronyd's command protocol (chrony's util.c: UTI_FloatNetworkToHost and its
// timespec and address conversions). Pure functions, no Qt event loop.
namespace CmdmonWire {

// chrony's 32-bit float: 7-bit exponent, 25-bit two's-complement coefficient, value c * 2^(e-25).
quint32 encodeFloat(double value);
double decodeFloat(quint32 bits);

// A 12-byte Timespec. Kept as integers so that printing it loses no nanoseconds.
struct Timespec
{
    qint64 seconds = 0;
    quint32 nanoseconds = 0;

    double toSeconds() const { return double(seconds) + nanoseconds / 1e9; }
    // "1795674740.686905594", as chronyc -c prints times.
    QString toString() const;
    friend bool operator==(const Timespec&, const Timespec&) = default;
};
Timespec decodeTimespec(quint32 secondsHigh, quint32 secondsLow, quint32 nanoseconds);

// The 20-byte IPAddr. Family Id is chronyd's placeholder for a source whose name is not resolved yet.
struct Address
{
    enum class Family : quint16 { Unspecified = 0, Inet4 = 1, Inet6 = 2, Id = 3 };

    Family family = Family::Unspecified;
    QHostAddress ip; // Inet4 and Inet6
    quint32 id = 0;  // Id

    static Address fromHostAddress(const QHostAddress& address);
    bool isIp() const { return family == Family::Inet4 || family == Family::Inet6; }
    // As chronyc prints it: the IP, "ID#0000000001", or empty when unspecified.
    QString toString() const;
    friend bool operator==(const Address&, const Address&) = default;
};

} // namespace CmdmonWire
