#pragma once

#include "CmdmonProtocol.h"
#include "CmdmonWire.h"

#include <QByteArray>
#include <QList>

#include <optional>

// What ADD_SOURCE (REQ 64) sends; the defaults are chronyc's (chrony's client.c and
// cmdparse.c: what `chronyc add server` sends without options).
struct AddSourceParameters
{
    enum class Type : quint32 { Server = 1, Peer = 2, Pool = 3 };

    Type type = Type::Server;
    QByteArray name; // host name or IP text; chronyd resolves it itself
    quint32 port = 123;
    qint32 minPoll = 6;
    qint32 maxPoll = 10;
    bool iburst = false;
    bool prefer = false;
    bool trust = false; // "assume time from this source is always true" (chrony.conf(5), server)
    bool online = true; // without the ONLINE flag chronyd adds the source offline
    quint32 maxSources = 4;
};

// One command request, without header fields that change per transmission (sequence, attempt).
// Built by the named constructors below, which know each command's data layout and its reply codes;
// toDatagram() adds the header and the zero padding chronyd requires.
class CmdmonRequest
{
public:
    Cmdmon::RequestCode command() const { return m_command; }
    const QList<Cmdmon::ReplyCode>& expectedReplies() const { return m_expectedReplies; }
    // Padding rule: max(request length, longest expected reply), so chronyd is never asked to send
    // more than it received (it stays silent otherwise).
    int datagramLength() const;
    QByteArray toDatagram(quint32 sequence, quint16 attempt) const;

    static CmdmonRequest tracking();
    static CmdmonRequest sourceCount();
    static CmdmonRequest sourceData(qint32 index);
    static CmdmonRequest sourceStats(quint32 index);
    static CmdmonRequest activity();
    static CmdmonRequest sourceName(const CmdmonWire::Address& address);
    static CmdmonRequest ntpData(const CmdmonWire::Address& address);
    static CmdmonRequest serverStats();
    static CmdmonRequest makeStep();
    static CmdmonRequest modifyMakeStep(double threshold, qint32 limit);
    // Without an address: every source. With one: only that source.
    static CmdmonRequest burst(qint32 goodSamples, qint32 totalSamples,
                               const std::optional<CmdmonWire::Address>& source = std::nullopt);
    static CmdmonRequest addSource(const AddSourceParameters& parameters);
    static CmdmonRequest deleteSource(const CmdmonWire::Address& address);
    static CmdmonRequest reloadSources();

private:
    CmdmonRequest(Cmdmon::RequestCode command, QByteArray data, QList<Cmdmon::ReplyCode> expectedReplies);

    Cmdmon::RequestCode m_command;
    QByteArray m_data;
    QList<Cmdmon::ReplyCode> m_expectedReplies;
};
