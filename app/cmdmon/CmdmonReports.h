#pragma once

#include "CmdmonWire.h"
#include "cmdmon/LeapStatus.h"
#include "util/ReferenceId.h"

#include <QString>

// Typed reports, with numbers in the units and signs chronyc -c prints (seconds, ppm), so that
// every field can be compared one to one with chronyc's CSV output.

struct TrackingReport
{
    quint32 referenceId = 0;
    CmdmonWire::Address referenceAddress;
    quint16 stratum = 0;
    LeapStatus leapStatus = LeapStatus::Normal; // the decoder refuses anything outside 0..3
    CmdmonWire::Timespec referenceTime;
    double systemTime = 0;        // current correction, s; positive: the system clock is slow
    double lastOffset = 0;        // s; positive: the local clock was ahead
    double rmsOffset = 0;         // s
    double frequency = 0;         // ppm; positive: the system clock runs fast
    double residualFrequency = 0; // ppm
    double skew = 0;              // ppm
    double rootDelay = 0;         // s
    double rootDispersion = 0;    // s
    double updateInterval = 0;    // s

    // "7F000002", as chronyc prints the reference ID.
    QString referenceIdHex() const;
    // chronyc -c's second field: the IP, else the printable characters of the reference ID
    // (empty for the local reference 7F7F0101).
    QString referenceName() const;
    // chronyc's words: "Normal", "Insert second", "Delete second", "Not synchronised".
    QString leapStatusText() const { return leapStatusWord(leapStatus); }
    bool synchronised() const { return leapStatus != LeapStatus::NotSynchronised; }
};

struct SourceReport
{
    enum class State : quint16 { Selected = 0, NonSelectable, Falseticker, Jittery, Unselected, Selectable };
    enum class Mode : quint16 { Client = 0, Peer, ReferenceClock };

    CmdmonWire::Address address; // for reference clocks: Inet4 carrying the refid
    qint16 poll = 0;             // log2 s
    quint16 stratum = 0;
    State state = State::NonSelectable;
    Mode mode = Mode::Client;
    quint16 flags = 0;
    quint16 reachability = 0;  // the 8-bit reach register (chronyc prints it in octal)
    quint32 sinceSample = 0;   // s since the last good sample; NeverSampled if none
    double measuredOffset = 0; // orig_latest_meas, s; positive: the local clock is ahead
    double adjustedOffset = 0; // latest_meas, s, adjusted for slews since
    double error = 0;          // latest_meas_err, s
    QString sourceName;        // from NTP_SOURCE_NAME when asked for; empty otherwise

    static constexpr quint32 NeverSampled = 0xFFFFFFFF;

    QChar modeChar() const;  // ^ = #
    QChar stateChar() const; // * ? x ~ + -
    // chronyc -c's name column: the IP, the refclock's refid text, or "ID#..." when unresolved.
    QString name() const;
    bool isUnresolved() const { return address.family == CmdmonWire::Address::Family::Id; }
};

struct SourceStatsReport
{
    quint32 referenceId = 0;
    CmdmonWire::Address address;
    quint32 samples = 0; // NP
    quint32 runs = 0;    // NR
    quint32 spanSeconds = 0;
    double stdDev = 0;            // s
    double residualFrequency = 0; // ppm
    double skew = 0;              // ppm
    double offset = 0;            // estimated offset, s
    double offsetError = 0;       // s (chronyc does not print it)

    // chronyc -c's name column: the IP, or the refid text for reference clocks.
    QString name() const;
};

struct ActivityReport
{
    qint32 online = 0;
    qint32 offline = 0;
    qint32 burstOnline = 0;
    qint32 burstOffline = 0;
    qint32 unresolved = 0;
};

// NTP_DATA: what chronyd knows of the last NTP exchange with one source (chronyc ntpdata). Only
// over chronyd's Unix socket (cmdmon.c's permissions table).
struct NtpDataReport
{
    static constexpr quint16 AuthenticatedFlag = 0x8000;
    static constexpr quint16 AllTestsPassed = 0x3FF;

    CmdmonWire::Address remoteAddress;
    CmdmonWire::Address localAddress;
    quint16 remotePort = 0;
    quint8 stratum = 0;
    quint16 flags = 0;      // bits 0..9: the 10 NTP tests; 0x8000: the last reply was authenticated
    quint32 totalTx = 0;    // requests sent
    quint32 totalRx = 0;    // replies received
    quint32 totalValid = 0; // replies that passed the tests (a MAC that fails is one of them)

    // chronyc's "Authenticated: Yes": the last reply carried a MAC that chronyd checked.
    bool authenticated() const { return flags & AuthenticatedFlag; }
};
