#include "CmdmonError.h"

#include <QCoreApplication>

using namespace Cmdmon;

CmdmonError cmdmonErrorForStatus(Status status)
{
    switch (status) {
    case Status::Success:
    case Status::AccessAllowed:
    case Status::AccessDenied:
        return CmdmonError::None;
    case Status::Failed:
        return CmdmonError::Failed;
    case Status::Unauthorised:
        return CmdmonError::Unauthorised;
    case Status::Invalid:
        return CmdmonError::Unsupported;
    case Status::NoSuchSource:
        return CmdmonError::NoSuchSource;
    case Status::SourceAlreadyKnown:
        return CmdmonError::AlreadyKnown;
    case Status::TooManySources:
        return CmdmonError::TooManySources;
    case Status::InvalidName:
        return CmdmonError::InvalidName;
    case Status::InvalidAddressFamily:
        return CmdmonError::InvalidFamily;
    case Status::BadPacketVersion:
        return CmdmonError::BadPacketVersion;
    case Status::BadPacketLength:
        return CmdmonError::BadPacketLength;
    case Status::NotEnabled:
        return CmdmonError::NotEnabled;
    default:
        return CmdmonError::OtherStatus;
    }
}

QString describeCmdmonStatus(Status status, RequestCode command)
{
    switch (status) {
    case Status::Success:
    case Status::AccessAllowed:
    case Status::AccessDenied:
        return {};
    case Status::Failed:
        if (command == RequestCode::MakeStep)
            return QCoreApplication::translate(
                "CmdmonError", "chronyd could not step the clock (500 Failure): it does not control the system clock, "
                               "e.g. it was started with -x or lacks the capability to set the time");
        return QCoreApplication::translate("CmdmonError", "chronyd reported a failure (500 Failure)");
    case Status::Unauthorised:
        return QCoreApplication::translate(
            "CmdmonError", "chronyd refused (501 Not authorised): this command needs the local Unix socket, as root "
                           "(over UDP only monitoring is allowed)");
    case Status::Invalid:
        return QCoreApplication::translate("CmdmonError",
                                           "this chronyd version does not support that command (502 Invalid command)");
    case Status::NoSuchSource:
        return QCoreApplication::translate("CmdmonError", "chronyd has no such source (503 No such source)");
    case Status::NotEnabled:
        return QCoreApplication::translate("CmdmonError", "that facility is not enabled in chronyd (505)");
    case Status::BadSubnet:
        return QCoreApplication::translate("CmdmonError", "chronyd rejected the subnet (507 Bad subnet)");
    case Status::SourceAlreadyKnown:
        return QCoreApplication::translate("CmdmonError",
                                           "chronyd already has that source (511 Source already present)");
    case Status::TooManySources:
        return QCoreApplication::translate("CmdmonError", "chronyd has too many sources to add another (512)");
    case Status::InvalidAddressFamily:
        return QCoreApplication::translate("CmdmonError",
                                           "chronyd cannot use that address family (515 Invalid address family)");
    case Status::BadPacketVersion:
        return QCoreApplication::translate(
            "CmdmonError", "chronyd speaks another command protocol version (517 Protocol version mismatch): "
                           "it is older or newer than the chrony 4.x Tandem supports");
    case Status::BadPacketLength:
        return QCoreApplication::translate("CmdmonError",
                                           "chronyd rejected the request length (518 Packet length mismatch): "
                                           "its protocol differs from chrony 4.x");
    case Status::InvalidName:
        return QCoreApplication::translate("CmdmonError", "chronyd rejected the source name (521 Invalid name)");
    default:
        break;
    }
    return QCoreApplication::translate("CmdmonError", "chronyd returned unexpected status %1 (520)").arg(int(status));
}
