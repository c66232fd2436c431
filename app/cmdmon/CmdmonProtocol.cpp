#include "CmdmonProtocol.h"

namespace Cmdmon {

int replyDataLength(ReplyCode code)
{
    switch (code) {
    case ReplyCode::Null:
        return 0;
    case ReplyCode::NSources:
        return 4;
    case ReplyCode::SourceData:
        return 48;
    case ReplyCode::Tracking:
        return 76;
    case ReplyCode::SourceStats:
        return 56;
    case ReplyCode::Activity:
        return 20;
    case ReplyCode::NtpData:
        return 124;
    case ReplyCode::NtpSourceName:
        return 256;
    case ReplyCode::ServerStats2:
        return 32;
    case ReplyCode::ServerStats3:
        return 44;
    case ReplyCode::ServerStats4:
        return 168;
    case ReplyCode::NtpData2:
        return 144;
    }
    return -1;
}

} // namespace Cmdmon
