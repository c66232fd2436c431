#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QHostAddress>
#include <QString>

#include <array>

// Where the virtual-clock library is: $TANDEM_VCLOCK_LIBRARY (the build tree, tests), else where
// the package installs it.
QString defaultVirtualClockLibrary();

// One lab system's virtual clock at the lab's start.
struct LabClockSettings
{
    double offsetSeconds = 0.0; // how far it is ahead of this machine's clock (or of `date`)
    double frequencyPpm = 0.0;  // how fast its oscillator runs (chronyd learns to correct it)
};

// Where a lab lives and which loopback addresses and ports its two chronyd daemons use.
struct LabSettings
{
    QString directory;                                       // DIR: DIR/system1/, DIR/system2/
    QHostAddress serverAddress{QStringLiteral("127.0.0.2")}; // System 1 (must be loopback)
    QHostAddress clientAddress{QStringLiteral("127.0.0.3")}; // System 2 (must be loopback)
    quint16 ntpPort = 11123;                                 // NTP port of both daemons (on their own address)
    quint16 cmdPort = 11323;                                 // UDP command port of both daemons (own address)

    // Virtual clocks (default): each chronyd runs without -x on a clock of its own (the preload
    // library app/lab/vclock), so it really steps and slews it, and never the machine's. Off: -x.
    bool virtualClocks = true;
    QString virtualClockLibrary = defaultVirtualClockLibrary(); // the preload library
    std::array<LabClockSettings, 2> clocks;                     // System 1, System 2
    QDateTime date;                                             // both clocks start at this UTC time; invalid: now
};

// The library a lab chronyd preloads: the virtual-clock library, or empty for -x.
QString chronydClockLibrary(const LabSettings& settings);

// The largest offset and frequency error a lab clock may be given: chronyd corrects at most
// 500 ppm (its default maxdrift), and ten years is more than any rehearsal needs.
constexpr double MaxLabClockOffsetSeconds = 10.0 * 366 * 86400;
constexpr double MaxLabClockFrequencyPpm = 500.0;

// A lab only ever uses this machine: two distinct IPv4 loopback addresses (::1 is the only IPv6
// loopback address, and the two systems need one each), non-zero distinct ports, an absolute directory.
Status validateLabSettings(const LabSettings& settings);

// One system of a lab made by Tandem: `root` is DIR/system1 or DIR/system2 (absolute, existing)
// with DIR/lab.json next to it, which says the addresses, ports and clocks.
struct LabSystemLocation
{
    LabSettings settings;
    int index = 0; // 1 or 2
    QString root;  // canonical
};
Result<LabSystemLocation> locateLabSystem(const QString& root);

// Whether the lab's NTP and command ports are free on both addresses. chronyd binds them with
// SO_REUSEPORT, so a second lab (or any chronyd) on the same address and port starts without an
// error and the two share the traffic: the lab's checks would talk to the other daemons. A plain
// bind, without that option, fails while anyone holds the port.
Status checkLabPortsFree(const LabSettings& settings);

// DIR/lab.json, so `tandem-cli lab status|stop --dir DIR` finds the addresses and ports again.
QString labSettingsPath(const QString& directory);
Status saveLabSettings(const LabSettings& settings);
Result<LabSettings> loadLabSettings(const QString& directory);
