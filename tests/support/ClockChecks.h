#pragma once

#include "lab/LabSettings.h"

#include <QString>

#include <optional>

// The machine's own clock, watched across a test: a lab on virtual clocks steps and slews only its
// own clocks, so (CLOCK_REALTIME − CLOCK_MONOTONIC) must not move beyond what the machine's own
// time service may slew in the meantime.
class MachineClockWatch
{
public:
    MachineClockWatch();
    // How far the machine's wall clock moved against its monotonic clock since construction, in s.
    double movedSeconds() const;

    // Generous for a host whose NTP slews (500 ppm over two minutes is 60 ms), tiny against a step.
    static constexpr double ToleranceSeconds = 0.1;

private:
    static double realtimeMinusMonotonic();
    double m_start;
};

// Why the chronyd with this pid is not a lab daemon on the virtual clock at `clockPath` that cannot
// set the machine's clock (-x on its command line, the library or clock missing from its
// environment, CAP_SYS_TIME in its effective capabilities); empty when it is one.
QString virtualClockProblem(qint64 pid, const QString& clockPath);

// What the chronyd behind `socketPath` measured of `server` at its last sample (`chronyc ntpdata`'s
// Offset, the RFC 5905 sign: positive when the server is ahead); empty when it has no such sample.
std::optional<double> chronycNtpdataOffset(const QString& socketPath, const QString& server);

// The probe's offset to the lab's System 1, sent from System 2's address on this machine's clock,
// with this process's event loop kept busy for `busyMs` while the reply arrives (a GUI painting).
std::optional<double> probeSystem1WhileBusy(const LabSettings& settings, int busyMs);

// Waits (processing events) until the chronyd behind `socketPath` has updated its clock `updates`
// more times (its tracking reference time changed), e.g. until Debian's `makestep 1 3` can no
// longer step a lab system by itself. Returns an empty string, or why not.
QString waitForClockUpdates(const QString& socketPath, int updates, int timeoutMs = 30000);
