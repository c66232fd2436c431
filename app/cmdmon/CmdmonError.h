#pragma once

#include "CmdmonProtocol.h"

#include <QString>

// What went wrong with a command, typed so that a caller can react (e.g. offer the privileged helper
// on Unauthorised), with a sentence from describeCmdmonStatus() for the admin.
enum class CmdmonError {
    None,
    NoAnswer,         // nothing valid came back after all retries
    Transport,        // the socket could not be opened or used (missing Unix socket, permissions, ...)
    Unauthorised,     // STT 2
    Failed,           // STT 1
    Unsupported,      // STT 3: this chronyd does not know the command
    NoSuchSource,     // STT 4
    AlreadyKnown,     // STT 11
    TooManySources,   // STT 12
    InvalidName,      // STT 21
    InvalidFamily,    // STT 17
    BadPacketVersion, // STT 18
    BadPacketLength,  // STT 19
    NotEnabled,       // STT 6
    OtherStatus,      // any other non-success status
    BadReply,         // a reply that passed validation but could not be decoded
};

CmdmonError cmdmonErrorForStatus(Cmdmon::Status status);
// One sentence an admin can act on, for a reply with a non-success status to `command`.
QString describeCmdmonStatus(Cmdmon::Status status, Cmdmon::RequestCode command);
