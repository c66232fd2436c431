#pragma once

#include "util/Result.h"

#include <QString>

#include <memory>

struct tandem_vclock_state;

// One lab system's virtual clock, seen from the core: the file that chronyd's preload library
// (app/lab/vclock) maps shared. The lab creates it before chronyd starts and turns its knobs
// (a step, the oscillator's error); tests and the helper read the system's time from it, so
// that every process standing for that system agrees on one clock and the machine's stays put.
class VirtualClock
{
public:
    // A fresh clock file (mode 0600), reading `virtualNs` (ns since the Unix epoch) now and running
    // `oscillatorPpm` fast. An existing file is replaced.
    static Result<VirtualClock> create(const QString& path, qint64 virtualNs, double oscillatorPpm);
    // The clock file a lab made earlier (checked: size, magic, version).
    static Result<VirtualClock> open(const QString& path);

    VirtualClock(VirtualClock&&) noexcept;
    VirtualClock& operator=(VirtualClock&&) noexcept;
    ~VirtualClock();

    // This system's CLOCK_REALTIME, in ns since the Unix epoch.
    qint64 nowNs() const;
    // The same, at a reading of this machine's CLOCK_MONOTONIC_RAW.
    qint64 atRawNs(qint64 rawNs) const;
    // This system's reading of the moment this machine's CLOCK_REALTIME read `realtimeNs` (a kernel
    // packet timestamp): the two clocks' relation is taken now, which is exact up to the machine's
    // own slew over the packet's age (parts per million of microseconds).
    qint64 fromMachineRealtimeNs(qint64 realtimeNs) const;

    // The lab's knobs: jump the clock (what a wrong `date -s` does) and set the oscillator's error.
    void step(double seconds);
    void setOscillatorPpm(double ppm);

    double oscillatorPpm() const;
    double adjustPpm() const; // what chronyd steers it by (frequency + tick)
    quint64 stepCount() const;
    double lastStepSeconds() const;
    qint64 lastStepVirtualNs() const;
    quint64 adjustCount() const;
    int timexStatus() const;

    // a - b in seconds at one instant: the true offset between two lab systems (positive: a ahead).
    static double offsetSeconds(const VirtualClock& a, const VirtualClock& b);

    // Reads of CLOCK_MONOTONIC_RAW and CLOCK_REALTIME of this machine, in ns.
    static qint64 machineRawNs();
    static qint64 machineRealtimeNs();

private:
    VirtualClock(tandem_vclock_state* state, QString path);
    tandem_vclock_state snapshot() const;

    tandem_vclock_state* m_state = nullptr;
    QString m_path;
};
