#include "CmdmonWire.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace CmdmonWire {

namespace {
constexpr int ExponentBits = 7;
constexpr int CoefficientBits = 25;
constexpr int ExponentMax = (1 << (ExponentBits - 1)) - 1; // 63
constexpr int ExponentMin = -ExponentMax - 1;              // -64
constexpr qint64 CoefficientMax = (qint64(1) << (CoefficientBits - 1)) - 1;
constexpr quint32 CoefficientMask = (quint32(1) << CoefficientBits) - 1;
} // namespace

quint32 encodeFloat(double value)
{
    // NaN has no meaning for chronyd; the sender side sends it as zero.
    if (std::isnan(value))
        return 0;
    const bool negative = std::signbit(value);
    const double magnitude = std::fabs(value);
    // Two's complement has one more negative value than positive ones, so -2^24 fits.
    const qint64 limit = CoefficientMax + (negative ? 1 : 0);

    int exponent = 0;
    qint64 coefficient = 0;
    if (magnitude < 1e-100) {
        return 0;
    } else if (magnitude > 1e100) {
        exponent = ExponentMax;
        coefficient = limit;
    } else {
        // magnitude = m * 2^k with m in [0.5, 1): floor(log2(magnitude)) + 1 == k, exactly.
        int k = 0;
        const double mantissa = std::frexp(magnitude, &k);
        exponent = k;
        coefficient = qint64(std::floor(std::ldexp(mantissa, CoefficientBits) + 0.5));
        while (coefficient > limit) {
            coefficient >>= 1;
            ++exponent;
        }
        if (exponent > ExponentMax) {
            exponent = ExponentMax;
            coefficient = limit;
        } else if (exponent < ExponentMin) {
            // Too small for the exponent: denormalise while bits remain, else flush to zero.
            if (exponent + CoefficientBits >= ExponentMin) {
                coefficient >>= (ExponentMin - exponent);
                exponent = ExponentMin;
            } else {
                return 0;
            }
        }
    }
    quint32 coefficientBits = quint32(coefficient) & CoefficientMask;
    if (negative)
        coefficientBits = (~coefficientBits + 1) & CoefficientMask;
    return (quint32(exponent) << CoefficientBits) | coefficientBits;
}

double decodeFloat(quint32 bits)
{
    int exponent = int(bits >> CoefficientBits);
    if (exponent > ExponentMax)
        exponent -= 1 << ExponentBits;
    qint64 coefficient = bits & CoefficientMask;
    if (coefficient > CoefficientMax)
        coefficient -= qint64(1) << CoefficientBits;
    return std::ldexp(double(coefficient), exponent - CoefficientBits);
}

Timespec decodeTimespec(quint32 secondsHigh, quint32 secondsLow, quint32 nanoseconds)
{
    // 32-bit time_t builds of chronyd send 0x7FFFFFFF in the high word ("no high seconds").
    constexpr quint32 NoHighSeconds = 0x7FFFFFFF;
    if (secondsHigh == NoHighSeconds)
        secondsHigh = 0;
    Timespec result;
    result.seconds = qint64((quint64(secondsHigh) << 32) | secondsLow);
    result.nanoseconds = qMin<quint32>(nanoseconds, 999999999);
    return result;
}

QString Timespec::toString() const
{
    return u"%1.%2"_s.arg(seconds).arg(nanoseconds, 9, 10, QChar(u'0'));
}

Address Address::fromHostAddress(const QHostAddress& address)
{
    Address result;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        result.family = Family::Inet4;
        result.ip = address;
    } else if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        result.family = Family::Inet6;
        result.ip = address;
    }
    return result;
}

QString Address::toString() const
{
    switch (family) {
    case Family::Inet4:
    case Family::Inet6:
        return ip.toString();
    case Family::Id:
        return u"ID#%1"_s.arg(id, 10, 10, QChar(u'0'));
    case Family::Unspecified:
        break;
    }
    return {};
}

} // namespace CmdmonWire
