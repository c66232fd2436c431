#pragma once

#include <QtGlobal>

// The clock of the system an NTP exchange speaks for. On a real machine that is CLOCK_REALTIME; a
// lab system has a virtual clock of its own (VirtualSystemTime in lab/), and a measurement taken
// with this machine's clock would judge the wrong clock.
class SystemTime
{
public:
    virtual ~SystemTime() = default;

    // That system's wall clock now, in ns since the Unix epoch.
    virtual qint64 nowNs() const = 0;
    // A kernel packet timestamp (this machine's CLOCK_REALTIME when the packet arrived) read on that
    // system's clock.
    virtual qint64 fromKernelTimestampNs(qint64 machineRealtimeNs) const = 0;
};

// This machine's own clock.
class MachineTime final : public SystemTime
{
public:
    qint64 nowNs() const override;
    qint64 fromKernelTimestampNs(qint64 machineRealtimeNs) const override { return machineRealtimeNs; }

    static const MachineTime& instance();
};
