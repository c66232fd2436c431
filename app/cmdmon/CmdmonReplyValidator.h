#pragma once

#include "CmdmonProtocol.h"

#include <QByteArray>
#include <QList>

#include <optional>

// A reply that passed every check and can be trusted to belong to the request in flight.
struct CmdmonReplyPacket
{
    Cmdmon::RequestCode command = Cmdmon::RequestCode::Tracking;
    Cmdmon::ReplyCode reply = Cmdmon::ReplyCode::Null;
    Cmdmon::Status status = Cmdmon::Status::Success;
    QByteArray data; // everything after the 28-byte header
};

// Checks a received datagram against the request in flight, as chronyc does before trusting it:
// length, version (or chronyd's version-mismatch report), packet type, reserved bytes, command echo,
// the sequence of the latest transmission, and for a successful status an expected reply code with
// exactly its data (chronyd sends each reply at its exact length). Anything else returns nullopt: the caller drops it
// and keeps waiting, so a stray or forged datagram can never end a request early.
std::optional<CmdmonReplyPacket> validateCmdmonReply(const QByteArray& datagram, Cmdmon::RequestCode command,
                                                     quint32 sequence, const QList<Cmdmon::ReplyCode>& expectedReplies);
