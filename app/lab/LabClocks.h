#pragma once

#include "LabSettings.h"
#include "VirtualClock.h"

#include <QString>

#include <optional>

// The two virtual clocks of a running lab, for its controls and its checks: make a system's clock
// wrong (a step, an oscillator error) and read the true offset between the systems, which no
// chronyd report can be trusted for.
class LabClocks
{
public:
    // Fails for a lab with -x (no virtual clocks) or one whose clock files are missing.
    static Result<LabClocks> open(const LabSettings& settings);

    VirtualClock& system(int index) { return index == 1 ? m_system1 : m_system2; }
    // System 2's clock minus System 1's, in seconds (positive: System 2 is ahead).
    double system2Ahead() const { return VirtualClock::offsetSeconds(m_system2, m_system1); }

private:
    LabClocks(VirtualClock system1, VirtualClock system2)
        : m_system1(std::move(system1))
        , m_system2(std::move(system2))
    {}

    VirtualClock m_system1;
    VirtualClock m_system2;
};
