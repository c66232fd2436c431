#include "HelperRequestParser.h"

#include "config/AddressValidator.h"
#include "config/ChronyDirectives.h"
#include "privileged/BackupStore.h"
#include "privileged/FlatJsonObject.h"
#include "util/PrintableText.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

// chrony's own limits (chrony.conf(5): minpoll/maxpoll -7..24, local stratum 1..15).
using ChronyDirectives::MaxPoll;
using ChronyDirectives::MaxStratum;
using ChronyDirectives::MinPoll;
using ChronyDirectives::MinStratum;

Error refuse(const QString& sentence)
{
    return Error{sentence};
}

} // namespace

Status HelperRequestParser::checkFirewallPort(int port)
{
    if (port != 123 && port != 323)
        return refuse(
            u"The port must be 123 (NTP) or 323 (chrony's command port); %1 is not one of chrony's."_s.arg(port));
    return success();
}

namespace {

class MemberReader
{
public:
    explicit MemberReader(const QList<FlatJsonMember>& members)
    {
        for (const FlatJsonMember& member : members)
            m_members.insert(member.key, member.value);
    }

    bool has(const QString& key) const { return m_members.contains(key); }

    // Every key the action allows; anything else is refused by name.
    Status onlyKeys(const QStringList& allowed, const QString& context) const
    {
        for (auto it = m_members.cbegin(); it != m_members.cend(); ++it) {
            if (!allowed.contains(it.key()))
                return refuse(u"The key \"%1\" is not accepted %2."_s.arg(printableText(it.key()), context));
        }
        return success();
    }

    Result<QString> string(const QString& key) const
    {
        const auto it = m_members.constFind(key);
        if (it == m_members.cend())
            return refuse(u"The request needs the key \"%1\"."_s.arg(key));
        if (it->type != FlatJsonValue::Type::String)
            return refuse(u"The key \"%1\" must be a string."_s.arg(key));
        return it->string;
    }

    Result<bool> boolean(const QString& key) const
    {
        const auto it = m_members.constFind(key);
        if (it == m_members.cend())
            return refuse(u"The request needs the key \"%1\"."_s.arg(key));
        if (it->type != FlatJsonValue::Type::Bool)
            return refuse(u"The key \"%1\" must be true or false."_s.arg(key));
        return it->boolean;
    }

    Result<int> integer(const QString& key, int lowest, int highest) const
    {
        const auto it = m_members.constFind(key);
        if (it == m_members.cend())
            return refuse(u"The request needs the key \"%1\"."_s.arg(key));
        if (it->type != FlatJsonValue::Type::Integer)
            return refuse(u"The key \"%1\" must be a whole number."_s.arg(key));
        if (it->integer < lowest || it->integer > highest)
            return refuse(u"The key \"%1\" must be between %2 and %3; %4 is out of range."_s.arg(key)
                              .arg(lowest)
                              .arg(highest)
                              .arg(it->integer));
        return int(it->integer);
    }

private:
    QHash<QString, FlatJsonValue> m_members;
};

// The pair's key: both parts or neither. A refusal never quotes the key.
Status readKey(const MemberReader& reader, HelperRequest& request)
{
    if (reader.has(u"keepKeyId"_s)) {
        if (reader.has(u"keyId"_s) || reader.has(u"key"_s))
            return refuse(u"\"keepKeyId\" keeps the key Tandem wrote before; it does not go with a new key."_s);
        const Result<int> kept = reader.integer(u"keepKeyId"_s, 1, int(PairKey::HighestId));
        if (!kept)
            return kept.failure();
        request.keepKeyId = quint32(*kept);
        return success();
    }
    if (!reader.has(u"keyId"_s) && !reader.has(u"key"_s))
        return success();
    if (!reader.has(u"keyId"_s) || !reader.has(u"key"_s))
        return refuse(u"\"keyId\" and \"key\" go together: the key's ID and its hexadecimal digits."_s);
    const Result<int> id = reader.integer(u"keyId"_s, 1, int(PairKey::HighestId));
    if (!id)
        return id.failure();
    const Result<QString> hex = reader.string(u"key"_s);
    if (!hex)
        return hex.failure();
    const Result<PairKey> key = PairKey::fromHex(*id, *hex);
    if (!key)
        return key.failure();
    request.key = *key;
    return success();
}

Status readApply(const MemberReader& reader, HelperRequest& request)
{
    const Result<QString> role = reader.string(u"role"_s);
    if (!role)
        return role.failure();
    if (*role == u"server"_s) {
        request.role = Role::Server;
        if (Status keys = reader.onlyKeys({u"action"_s, u"role"_s, u"peer"_s, u"pools"_s, u"stratum"_s, u"monitoring"_s,
                                           u"monitorEverywhere"_s, u"keyId"_s, u"key"_s, u"keepKeyId"_s},
                                          u"when applying the server role"_s);
            !keys)
            return keys;
    } else if (*role == u"client"_s) {
        request.role = Role::Client;
        if (Status keys =
                reader.onlyKeys({u"action"_s, u"role"_s, u"peer"_s, u"minpoll"_s, u"maxpoll"_s, u"monitoring"_s,
                                 u"monitorEverywhere"_s, u"stepAlways"_s, u"keyId"_s, u"key"_s, u"keepKeyId"_s},
                                u"when applying the client role"_s);
            !keys)
            return keys;
    } else {
        return refuse(u"The role must be \"server\" or \"client\"."_s);
    }

    const Result<QString> peer = reader.string(u"peer"_s);
    if (!peer)
        return peer.failure();
    // System 1 may name System 2 by host name too: the helper resolves it into addresses itself.
    const auto peerOk = AddressValidator::check(
        *peer, request.role == Role::Server ? AddressValidator::Use::HostOrSubnet : AddressValidator::Use::Host);
    if (!peerOk)
        return peerOk.failure();
    request.peer = *peer;

    if (request.role == Role::Server) {
        const Result<bool> pools = reader.boolean(u"pools"_s);
        if (!pools)
            return pools.failure();
        request.pools = *pools;
        if (reader.has(u"stratum"_s)) {
            const Result<int> stratum = reader.integer(u"stratum"_s, MinStratum, MaxStratum);
            if (!stratum)
                return stratum.failure();
            request.stratum = *stratum;
        }
    } else {
        for (const QString& key : {u"minpoll"_s, u"maxpoll"_s}) {
            if (!reader.has(key))
                continue;
            const Result<int> poll = reader.integer(key, MinPoll, MaxPoll);
            if (!poll)
                return poll.failure();
            (key == u"minpoll"_s ? request.minpoll : request.maxpoll) = *poll;
        }
        if (request.minpoll && request.maxpoll && *request.minpoll > *request.maxpoll)
            return refuse(
                u"minpoll (%1) must not be larger than maxpoll (%2)."_s.arg(*request.minpoll).arg(*request.maxpoll));
    }
    for (const auto& [key, field] : {std::pair{u"monitoring"_s, &request.monitoring},
                                     std::pair{u"monitorEverywhere"_s, &request.monitorEverywhere},
                                     std::pair{u"stepAlways"_s, &request.stepAlways}}) {
        if (!reader.has(key))
            continue;
        const Result<bool> value = reader.boolean(key);
        if (!value)
            return value.failure();
        *field = *value;
    }
    return readKey(reader, request);
}

// Both keys required: the helper never guesses which peer or port a firewall rule is for.
Status readFirewall(const MemberReader& reader, HelperRequest& request, const QString& action)
{
    if (Status keys = reader.onlyKeys({u"action"_s, u"peer"_s, u"port"_s}, u"for %1"_s.arg(action)); !keys)
        return keys;
    const Result<QString> peer = reader.string(u"peer"_s);
    if (!peer)
        return peer.failure();
    if (const auto peerOk = AddressValidator::check(*peer, AddressValidator::Use::IpOnly); !peerOk)
        return peerOk.failure();
    const Result<int> port = reader.integer(u"port"_s, 1, 65535);
    if (!port)
        return port.failure();
    if (Status portOk = HelperRequestParser::checkFirewallPort(*port); !portOk)
        return portOk;
    request.peer = *peer;
    request.port = *port;
    return success();
}

} // namespace

Result<HelperRequest> HelperRequestParser::parse(QByteArrayView input)
{
    const Result<QList<FlatJsonMember>> members = FlatJsonObject::parse(input);
    if (!members)
        return members.failure();
    const MemberReader reader(*members);
    const Result<QString> action = reader.string(u"action"_s);
    if (!action)
        return action.failure();

    HelperRequest request;
    if (*action == u"apply"_s) {
        request.action = HelperAction::Apply;
        if (Status applied = readApply(reader, request); !applied)
            return applied.failure();
        return request;
    }
    if (*action == u"sync-now"_s) {
        request.action = HelperAction::SyncNow;
        if (Status keys = reader.onlyKeys({u"action"_s, u"peer"_s}, u"for sync-now"_s); !keys)
            return keys.failure();
        if (reader.has(u"peer"_s)) {
            const Result<QString> peer = reader.string(u"peer"_s);
            if (!peer)
                return peer.failure();
            if (const auto peerOk = AddressValidator::check(*peer, AddressValidator::Use::Host); !peerOk)
                return peerOk.failure();
            request.peer = *peer;
        }
        return request;
    }
    if (*action == u"restore"_s) {
        request.action = HelperAction::Restore;
        if (Status keys = reader.onlyKeys({u"action"_s, u"backup"_s}, u"for restore"_s); !keys)
            return keys.failure();
        if (reader.has(u"backup"_s)) {
            const Result<QString> id = reader.string(u"backup"_s);
            if (!id)
                return id.failure();
            if (!BackupStore::isValidId(*id))
                return refuse(u"\"%1\" is not a backup ID that tandem-helper lists (like 20261126-063150-000)."_s.arg(
                    printableText(*id)));
            request.backupId = *id;
        }
        return request;
    }
    if (*action == u"firewall-check"_s || *action == u"firewall-open"_s) {
        request.action = *action == u"firewall-check"_s ? HelperAction::FirewallCheck : HelperAction::FirewallOpen;
        if (Status read = readFirewall(reader, request, *action); !read)
            return read.failure();
        return request;
    }
    return refuse(u"The action must be \"apply\", \"sync-now\", \"restore\", \"firewall-check\" or "
                  u"\"firewall-open\"."_s);
}
