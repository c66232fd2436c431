#include "CmdmonRequest.h"

#include "PacketWriter.h"

using namespace Qt::StringLiterals;
using Cmdmon::ReplyCode;
using Cmdmon::RequestCode;

CmdmonRequest::CmdmonRequest(RequestCode command, QByteArray data, QList<ReplyCode> expectedReplies)
    : m_command(command)
    , m_data(std::move(data))
    , m_expectedReplies(std::move(expectedReplies))
{}

int CmdmonRequest::datagramLength() const
{
    int length = Cmdmon::RequestHeaderLength + int(m_data.size());
    for (ReplyCode reply : m_expectedReplies)
        length = qMax(length, Cmdmon::ReplyHeaderLength + Cmdmon::replyDataLength(reply));
    return length;
}

QByteArray CmdmonRequest::toDatagram(quint32 sequence, quint16 attempt) const
{
    PacketWriter writer;
    writer.u8(Cmdmon::ProtocolVersion).u8(Cmdmon::PacketTypeRequest).u8(0).u8(0);
    writer.u16(quint16(m_command)).u16(attempt).u32(sequence).u32(0).u32(0);
    QByteArray datagram = writer.bytes() + m_data;
    datagram.append(datagramLength() - datagram.size(), '\0');
    return datagram;
}

CmdmonRequest CmdmonRequest::tracking()
{
    return {RequestCode::Tracking, {}, {ReplyCode::Tracking}};
}

CmdmonRequest CmdmonRequest::sourceCount()
{
    return {RequestCode::NSources, {}, {ReplyCode::NSources}};
}

CmdmonRequest CmdmonRequest::sourceData(qint32 index)
{
    return {RequestCode::SourceData, PacketWriter().i32(index).bytes(), {ReplyCode::SourceData}};
}

CmdmonRequest CmdmonRequest::sourceStats(quint32 index)
{
    return {RequestCode::SourceStats, PacketWriter().u32(index).bytes(), {ReplyCode::SourceStats}};
}

CmdmonRequest CmdmonRequest::activity()
{
    return {RequestCode::Activity, {}, {ReplyCode::Activity}};
}

CmdmonRequest CmdmonRequest::sourceName(const CmdmonWire::Address& address)
{
    return {RequestCode::NtpSourceName, PacketWriter().address(address).bytes(), {ReplyCode::NtpSourceName}};
}

CmdmonRequest CmdmonRequest::ntpData(const CmdmonWire::Address& address)
{
    // 4.0-4.5 answer with the short reply 16, 4.6+ with 26: padding to the longer one suits both.
    return {RequestCode::NtpData, PacketWriter().address(address).bytes(), {ReplyCode::NtpData, ReplyCode::NtpData2}};
}

CmdmonRequest CmdmonRequest::serverStats()
{
    return {RequestCode::ServerStats, {}, {ReplyCode::ServerStats2, ReplyCode::ServerStats3, ReplyCode::ServerStats4}};
}

CmdmonRequest CmdmonRequest::makeStep()
{
    return {RequestCode::MakeStep, {}, {ReplyCode::Null}};
}

CmdmonRequest CmdmonRequest::modifyMakeStep(double threshold, qint32 limit)
{
    return {RequestCode::ModifyMakeStep, PacketWriter().i32(limit).floatValue(threshold).bytes(), {ReplyCode::Null}};
}

CmdmonRequest CmdmonRequest::burst(qint32 goodSamples, qint32 totalSamples,
                                   const std::optional<CmdmonWire::Address>& source)
{
    using CmdmonWire::Address;
    Address mask;
    Address address;
    if (source && source->isIp()) {
        // A host mask: all ones in the source's family.
        address = *source;
        const bool v4 = source->family == Address::Family::Inet4;
        mask = Address::fromHostAddress(v4 ? QHostAddress(u"255.255.255.255"_s)
                                           : QHostAddress(u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"_s));
    }
    PacketWriter writer;
    writer.address(mask).address(address).i32(goodSamples).i32(totalSamples);
    return {RequestCode::Burst, writer.bytes(), {ReplyCode::Null}};
}

CmdmonRequest CmdmonRequest::addSource(const AddSourceParameters& parameters)
{
    constexpr quint32 FlagOnline = 0x1;
    constexpr quint32 FlagIburst = 0x4;
    constexpr quint32 FlagPrefer = 0x8;
    constexpr quint32 FlagTrust = 0x20;
    quint32 flags = 0;
    if (parameters.online)
        flags |= FlagOnline;
    if (parameters.iburst)
        flags |= FlagIburst;
    if (parameters.prefer)
        flags |= FlagPrefer;
    if (parameters.trust)
        flags |= FlagTrust;

    PacketWriter writer;
    writer.u32(quint32(parameters.type)).fixedString(parameters.name, 256);
    writer.u32(parameters.port).i32(parameters.minPoll).i32(parameters.maxPoll);
    writer
        .i32(100) // presend_minpoll: disabled
        .u32(0)   // min_stratum
        .u32(8)   // poll_target
        .u32(0)   // version: automatic
        .u32(parameters.maxSources)
        .i32(-1)    // min_samples: default
        .i32(-1)    // max_samples: default
        .u32(0)     // authkey: none
        .u32(4460); // nts_port
    writer
        .floatValue(3.0)  // max_delay
        .floatValue(0.0)  // max_delay_ratio
        .floatValue(10.0) // max_delay_dev_ratio
        .floatValue(0.0)  // min_delay
        .floatValue(1.0)  // asymmetry
        .floatValue(0.0); // offset
    writer.u32(flags).i32(0 /* filter_length */).u32(0 /* cert_set */).floatValue(0.0 /* max_delay_quant */);
    // max_unreach on 4.8+ (a 0 there would mean "give up at once"); reserved and ignored before.
    writer.i32(100000);
    return {RequestCode::AddSource, writer.bytes(), {ReplyCode::Null}};
}

CmdmonRequest CmdmonRequest::deleteSource(const CmdmonWire::Address& address)
{
    return {RequestCode::DelSource, PacketWriter().address(address).bytes(), {ReplyCode::Null}};
}

CmdmonRequest CmdmonRequest::reloadSources()
{
    return {RequestCode::ReloadSources, {}, {ReplyCode::Null}};
}
