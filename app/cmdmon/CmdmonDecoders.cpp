#include "CmdmonDecoders.h"

#include "PacketReader.h"

#include <QCoreApplication>

namespace CmdmonDecoders {

namespace {
Error truncated(const char* what)
{
    return Error{QCoreApplication::translate("CmdmonDecoders", "chronyd's %1 reply is too short")
                     .arg(QString::fromLatin1(what))};
}
} // namespace

Result<TrackingReport> tracking(const QByteArray& data)
{
    PacketReader reader(data);
    TrackingReport report;
    report.referenceId = reader.u32(0);
    report.referenceAddress = reader.address(4);
    report.stratum = reader.u16(24);
    report.leapStatus = reader.u16(26);
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
    return report;
}

Result<quint32> sourceCount(const QByteArray& data)
{
    PacketReader reader(data);
    const quint32 count = reader.u32(0);
    if (!reader.ok())
        return truncated("source count");
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

Result<QString> sourceName(const QByteArray& data)
{
    PacketReader reader(data);
    const QByteArray name = reader.string(0, 256);
    if (!reader.ok())
        return truncated("source name");
    return QString::fromUtf8(name);
}

} // namespace CmdmonDecoders
