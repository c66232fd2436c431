// libFuzzer target: everything Tandem does with a datagram that claims to come from chronyd. The
// reply validator and every decoder must cope with any bytes (no crash, no read past the buffer,
// no undefined behaviour), and a Float that decodes to a value must re-encode to the same value.
// Seed corpus: tests/fuzz/corpus/fuzz_cmdmon_reply (replies captured from chronyd 4.3).
#include "cmdmon/CmdmonDecoders.h"
#include "cmdmon/CmdmonReplyValidator.h"
#include "cmdmon/CmdmonWire.h"
#include "cmdmon/PacketReader.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>

using namespace Cmdmon;

static void decodeAll(const QByteArray& data)
{
    const Result<TrackingReport> tracking = CmdmonDecoders::tracking(data);
    if (tracking.ok()) {
        (void)tracking->referenceName();
        (void)tracking->referenceIdHex();
        (void)tracking->leapStatusText();
        (void)tracking->referenceTime.toString();
    }
    (void)CmdmonDecoders::sourceCount(data);
    const Result<SourceReport> source = CmdmonDecoders::sourceData(data);
    if (source.ok()) {
        (void)source->name();
        (void)source->stateChar();
        (void)source->modeChar();
    }
    const Result<SourceStatsReport> stats = CmdmonDecoders::sourceStats(data);
    if (stats.ok())
        (void)stats->name();
    (void)CmdmonDecoders::activity(data);
    (void)CmdmonDecoders::sourceName(data);
    if (const Result<NtpDataReport> ntp = CmdmonDecoders::ntpData(data); ntp.ok())
        (void)ntp->authenticated();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    const QByteArray datagram(reinterpret_cast<const char*>(bytes), qsizetype(size));

    // Take the command and sequence from the input itself so the fuzzer can reach past the header
    // checks; accept every reply code Tandem knows.
    PacketReader header(datagram);
    const auto command = RequestCode(header.u16(4));
    const quint32 sequence = header.u32(16);
    static const QList<ReplyCode> everything{ReplyCode::Null,         ReplyCode::NSources,      ReplyCode::SourceData,
                                             ReplyCode::Tracking,     ReplyCode::SourceStats,   ReplyCode::Activity,
                                             ReplyCode::NtpData,      ReplyCode::NtpSourceName, ReplyCode::ServerStats2,
                                             ReplyCode::ServerStats3, ReplyCode::ServerStats4,  ReplyCode::NtpData2};
    const std::optional<CmdmonReplyPacket> packet = validateCmdmonReply(datagram, command, sequence, everything);
    if (packet && packet->status == Cmdmon::Status::Success && packet->data.size() != replyDataLength(packet->reply))
        std::abort(); // the validator promised exactly the data of the reply code
    if (packet)
        decodeAll(packet->data);
    // The decoders must also be safe on data that never passed validation.
    decodeAll(datagram);

    // Float: every decoded value is exactly representable, so re-encoding must give it back.
    PacketReader reader(datagram);
    for (int offset = 0; reader.has(offset, 4) && offset < 64; offset += 4) {
        const double value = CmdmonWire::decodeFloat(reader.u32(offset));
        if (CmdmonWire::decodeFloat(CmdmonWire::encodeFloat(value)) != value)
            std::abort();
    }
    return 0;
}
