#include "NtpMeasurement.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

double NtpMeasurement::precisionSeconds() const
{
    return std::ldexp(1.0, precision);
}

QString NtpMeasurement::referenceText() const
{
    return describeReferenceId(referenceId, stratum);
}

QString NtpMeasurement::leapText() const
{
    switch (leap) {
    case 0:
        return u"normal"_s;
    case 1:
        return u"insert second"_s;
    case 2:
        return u"delete second"_s;
    default:
        return u"not synchronised"_s;
    }
}

NtpMeasurement NtpMeasurement::fromExchange(const NtpPacket& reply, quint64 sent, quint64 received)
{
    NtpMeasurement measurement;
    // RFC 5905, 8: offset = ((T2 - T1) + (T3 - T4)) / 2, delay = (T4 - T1) - (T3 - T2).
    const double requestLeg = NtpTime::difference(reply.receiveTime, sent);
    const double replyLeg = NtpTime::difference(reply.transmitTime, received);
    measurement.offset = (requestLeg + replyLeg) / 2.0;
    measurement.delay =
        NtpTime::difference(received, sent) - NtpTime::difference(reply.transmitTime, reply.receiveTime);
    measurement.leap = reply.leap;
    measurement.version = reply.version;
    measurement.stratum = reply.stratum;
    measurement.poll = reply.poll;
    measurement.precision = reply.precision;
    measurement.rootDelay = NtpTime::fromShort(reply.rootDelay);
    measurement.rootDispersion = NtpTime::fromShort(reply.rootDispersion);
    measurement.referenceId = reply.referenceId;
    return measurement;
}
