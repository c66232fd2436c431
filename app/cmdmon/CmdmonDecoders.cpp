#include "CmdmonDecoders.h"

#include "PacketReader.h"

#include <QCoreApplication>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace CmdmonDecoders {

namespace {
Error truncated(const char* what)
{
    return Error{QCoreApplication::translate("CmdmonDecoders", "chronyd's %1 reply is too short")
                     .arg(QString::fromLatin1(what))};
}

// Checks every number of a reply against what a real chronyd can report, before anything believes
// it (a chart scaled to 6e18 s, a list of 4 billion sources). The first value out of range names the
// reply as implausible.
class Plausibility
{
public:
    // Offsets, delays, dispersions, intervals: a clock set to 1970 is 1.8e9 s off; 1e10 s is beyond
    // any real clock.
    static constexpr double MaxSeconds = 1e10;
    // Frequencies and skew: chronyd's maxdrift is at most 500000 ppm.
    static constexpr double MaxPpm = 1e6;

    Plausibility& seconds(const char* what, double value)
    {
        return check(what, value, std::isfinite(value) && std::abs(value) <= MaxSeconds, "s");
    }
    Plausibility& ppm(const char* what, double value)
    {
        return check(what, value, std::isfinite(value) && std::abs(value) <= MaxPpm, "ppm");
    }
    Plausibility& atMost(const char* what, double value, double limit)
    {
        return check(what, value, value <= limit, "");
    }
    std::optional<Error> error() const { return m_error; }

private:
    Plausibility& check(const char* what, double value, bool plausible, const char* unit)
    {
        if (!plausible && !m_error) {
            m_error = Error{QCoreApplication::translate("CmdmonDecoders", "implausible reply: %1 %2%3%4")
                                .arg(QString::fromLatin1(what))
                                .arg(value, 0, 'g', 3)
                                .arg(*unit ? u" "_s : QString(), QString::fromLatin1(unit))};
        }
        return *this;
    }

    std::optional<Error> m_error;
};

constexpr double MaxStratum = 16;
} // namespace

Result<TrackingReport> tracking(const QByteArray& data)
{
    PacketReader reader(data);
    TrackingReport report;
    report.referenceId = reader.u32(0);
    report.referenceAddress = reader.address(4);
    report.stratum = reader.u16(24);
    const quint16 leapStatus = reader.u16(26);
    report.leapStatus = leapStatusFromWire(leapStatus);
    report.referenceTime = reader.timespec(28);
    report.systemTime = reader.floatAt(40);
    report.lastOffset = reader.floatAt(44);
    report.rmsOffset = reader.floatAt(48);
    report.frequency = reader.floatAt(52);
    report.residualFrequency = reader.floatAt(56);
    report.skew = reader.floatAt(60);
    report.rootDelay = reader.floatAt(64);
    report.rootDispersion = reader.floatAt(68);
    report.updateInterval = reader.floatAt(72);
    if (!reader.ok())
        return truncated("tracking");
    Plausibility plausibility;
    plausibility.atMost("stratum", report.stratum, MaxStratum)
        .atMost("leap status", leapStatus, 3)
        .seconds("system time offset", report.systemTime)
        .seconds("last offset", report.lastOffset)
        .seconds("RMS offset", report.rmsOffset)
        .ppm("frequency", report.frequency)
        .ppm("residual frequency", report.residualFrequency)
        .ppm("skew", report.skew)
        .seconds("root delay", report.rootDelay)
        .seconds("root dispersion", report.rootDispersion)
        .seconds("update interval", report.updateInterval);
    if (plausibility.error())
        return *plausibility.error();
    return report;
}

Result<quint32> sourceCount(const QByteArray& data)
{
    PacketReader reader(data);
    const quint32 count = reader.u32(0);
    if (!reader.ok())
        return truncated("source count");
    // Each source is one more request: a forged 0xFFFFFFFF had the CLI send 858k of them.
    if (count > MaxSources)
        return Error{QCoreApplication::translate("CmdmonDecoders", "implausible reply: %1 sources (more than %2)")
                         .arg(count)
                         .arg(MaxSources)};
    return count;
}

Result<SourceReport> sourceData(const QByteArray& data)
{
    PacketReader reader(data);
    SourceReport report;
    report.address = reader.address(0);
    report.poll = reader.i16(20);
    report.stratum = reader.u16(22);
    const quint16 state = reader.u16(24);
    const quint16 mode = reader.u16(26);
    report.flags = reader.u16(28);
    report.reachability = reader.u16(30);
    report.sinceSample = reader.u32(32);
    report.measuredOffset = reader.floatAt(36);
    report.adjustedOffset = reader.floatAt(40);
    report.error = reader.floatAt(44);
    if (!reader.ok())
        return truncated("source data");
    Plausibility plausibility;
    plausibility.atMost("stratum", report.stratum, MaxStratum)
        .atMost("poll", std::abs(report.poll), 32)
        .seconds("measured offset", report.measuredOffset)
        .seconds("adjusted offset", report.adjustedOffset)
        .seconds("error bound", report.error);
    if (plausibility.error())
        return *plausibility.error();
    // Unknown values would make every printed column a guess; chrony 3.x numbered states differently.
    if (state > quint16(SourceReport::State::Selectable) || mode > quint16(SourceReport::Mode::ReferenceClock))
        return Error{
            QCoreApplication::translate("CmdmonDecoders", "chronyd reported an unknown source state %1 or mode %2")
                .arg(state)
                .arg(mode)};
    report.state = SourceReport::State(state);
    report.mode = SourceReport::Mode(mode);
    return report;
}

Result<SourceStatsReport> sourceStats(const QByteArray& data)
{
    PacketReader reader(data);
    SourceStatsReport report;
    report.referenceId = reader.u32(0);
    report.address = reader.address(4);
    report.samples = reader.u32(24);
    report.runs = reader.u32(28);
    report.spanSeconds = reader.u32(32);
    report.stdDev = reader.floatAt(36);
    report.residualFrequency = reader.floatAt(40);
    report.skew = reader.floatAt(44);
    report.offset = reader.floatAt(48);
    report.offsetError = reader.floatAt(52);
    if (!reader.ok())
        return truncated("source statistics");
    Plausibility plausibility;
    plausibility.atMost("samples", report.samples, MaxSources)
        .seconds("standard deviation", report.stdDev)
        .ppm("residual frequency", report.residualFrequency)
        .ppm("skew", report.skew)
        .seconds("offset", report.offset)
        .seconds("offset error", report.offsetError);
    if (plausibility.error())
        return *plausibility.error();
    return report;
}

Result<ActivityReport> activity(const QByteArray& data)
{
    PacketReader reader(data);
    ActivityReport report;
    report.online = reader.i32(0);
    report.offline = reader.i32(4);
    report.burstOnline = reader.i32(8);
    report.burstOffline = reader.i32(12);
    report.unresolved = reader.i32(16);
    if (!reader.ok())
        return truncated("activity");
    return report;
}

Result<NtpDataReport> ntpData(const QByteArray& data)
{
    // The layout chronyd 4.0-4.5 (RPY 16) and 4.6+ (RPY 26) share up to the counters.
    PacketReader reader(data);
    NtpDataReport report;
    report.remoteAddress = reader.address(0);
    report.localAddress = reader.address(20);
    report.remotePort = reader.u16(40);
    report.stratum = reader.u8(45);
    report.flags = reader.u16(92);
    report.totalTx = reader.u32(96);
    report.totalRx = reader.u32(100);
    report.totalValid = reader.u32(104);
    if (!reader.ok())
        return truncated("NTP data");
    return report;
}

Result<QString> sourceName(const QByteArray& data)
{
    PacketReader reader(data);
    const QByteArray name = reader.string(0, 256);
    if (!reader.ok())
        return truncated("source name");
    return QString::fromUtf8(name);
}

} // namespace CmdmonDecoders
