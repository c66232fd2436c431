#pragma once

#include <QtGlobal>

// Constants of chronyd's command and monitoring protocol (version 6, chrony 4.x), as chrony's candm.h
// defines them. Only the codes Tandem uses are named; the numbers are the wire values.
namespace Cmdmon {

constexpr quint8 ProtocolVersion = 6;
constexpr quint8 PacketTypeRequest = 1;
constexpr quint8 PacketTypeReply = 2;
constexpr int RequestHeaderLength = 20;
constexpr int ReplyHeaderLength = 28;
// chronyd drops requests longer than sizeof(CMD_Request); replies are never longer than this either.
constexpr int MaxPacketLength = 860;
constexpr quint16 DefaultPort = 323;

enum class RequestCode : quint16 {
    Burst = 3,
    NSources = 14,
    SourceData = 15,
    DelSource = 29,
    Tracking = 33,
    SourceStats = 34,
    MakeStep = 43,
    Activity = 44,
    ModifyMakeStep = 50,
    NtpData = 57,
    ServerStats = 54,
    AddSource = 64,
    NtpSourceName = 65,
    ReloadSources = 70,
};

enum class ReplyCode : quint16 {
    Null = 1,
    NSources = 2,
    SourceData = 3,
    Tracking = 5,
    SourceStats = 6,
    Activity = 12,
    NtpData = 16,
    NtpSourceName = 19,
    ServerStats2 = 22,
    ServerStats3 = 24,
    ServerStats4 = 25,
    NtpData2 = 26,
};

enum class Status : quint16 {
    Success = 0,
    Failed = 1,
    Unauthorised = 2,
    Invalid = 3,
    NoSuchSource = 4,
    InvalidTimestamp = 5,
    NotEnabled = 6,
    BadSubnet = 7,
    AccessAllowed = 8,
    AccessDenied = 9,
    NoHostAccess = 10,
    SourceAlreadyKnown = 11,
    TooManySources = 12,
    NoRtc = 13,
    BadRtcFile = 14,
    Inactive = 15,
    BadSample = 16,
    InvalidAddressFamily = 17,
    BadPacketVersion = 18,
    BadPacketLength = 19,
    InvalidName = 21,
};

// Length of the data that follows the 28-byte header for a reply code; -1 for codes Tandem does not know.
int replyDataLength(ReplyCode code);

} // namespace Cmdmon
