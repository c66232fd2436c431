#include "PairOffset.h"

namespace {
bool isSystem1(const CmdmonWire::Address& address, const QList<QHostAddress>& system1Addresses)
{
    if (!address.isIp())
        return false;
    for (const QHostAddress& candidate : system1Addresses) {
        if (!candidate.isNull() && address.ip.isEqual(candidate))
            return true;
    }
    return false;
}
} // namespace

bool PairOffset::followsSystem1(const SystemSnapshot& system2, const QList<QHostAddress>& system1Addresses)
{
    return system2.reachable() && system2.tracking && isSystem1(system2.tracking->referenceAddress, system1Addresses);
}

PairOffset PairOffset::estimate(const SystemSnapshot& system2, const QList<QHostAddress>& system1Addresses)
{
    PairOffset offset;
    if (!system2.reachable() || !system2.tracking)
        return offset;
    if (followsSystem1(system2, system1Addresses)) {
        // chronyd's sign: a positive System time means the clock is slow, i.e. behind System 1.
        offset.seconds = -system2.tracking->systemTime;
        offset.method = Method::Tracking;
        return offset;
    }
    for (const SourceReport& source : system2.sources) {
        if (!isSystem1(source.address, system1Addresses) || source.sinceSample == SourceReport::NeverSampled)
            continue;
        // chronyc's sign for a sample: positive means the local clock (System 2) is ahead.
        offset.seconds = source.adjustedOffset;
        offset.method = Method::SourceSample;
        return offset;
    }
    return offset;
}
