#pragma once

#include "LabSettings.h"
#include "VirtualClock.h"
#include "ntp/SystemTime.h"

#include <memory>

// A lab system's time for the probes and the helper: read from its virtual clock, so that an NTP
// exchange made for System 2 judges System 2's clock, not this machine's.
class VirtualSystemTime final : public SystemTime
{
public:
    explicit VirtualSystemTime(VirtualClock clock)
        : m_clock(std::move(clock))
    {}

    qint64 nowNs() const override { return m_clock.nowNs(); }
    qint64 fromKernelTimestampNs(qint64 machineRealtimeNs) const override
    {
        return m_clock.fromMachineRealtimeNs(machineRealtimeNs);
    }

private:
    VirtualClock m_clock;
};

// The clock of lab system `index` (1 or 2): its virtual clock, or this machine's for a lab with -x.
Result<std::shared_ptr<const SystemTime>> labSystemTime(const LabSettings& settings, int index);
