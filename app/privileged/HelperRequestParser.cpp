#include "HelperRequestParser.h"

#include "privileged/BackupStore.h"
#include "privileged/FlatJsonObject.h"

#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString helperActionName(HelperAction action)
{
    switch (action) {
    case HelperAction::Apply:
        return u"apply"_s;
    case HelperAction::SyncNow:
        return u"sync-now"_s;
    case HelperAction::Restore:
        return u"restore"_s;
    case HelperAction::FirewallCheck:
        return u"firewall-check"_s;
    case HelperAction::FirewallOpen:
        return u"firewall-open"_s;
    }
    return {};
}

QString helperProgramName(HelperAction action)
{
    switch (action) {
    case HelperAction::Apply:
    case HelperAction::Restore:
        return u"tandem-helper"_s;
    case HelperAction::SyncNow:
        return u"tandem-helper-sync-now"_s;
    case HelperAction::FirewallCheck:
        return u"tandem-helper-firewall-check"_s;
    case HelperAction::FirewallOpen:
        return u"tandem-helper-firewall-open"_s;
    }
    return {};
}

namespace {

// chrony's own limits (chrony.conf(5): minpoll/maxpoll -7..24, local stratum 1..15).
constexpr int MinPoll = -7;
constexpr int MaxPoll = 24;
constexpr int MinStratum = 1;
constexpr int MaxStratum = 15;

Error refuse(const QString& sentence)
{
    return Error{sentence};
}

QString printable(const QString& text)
{
    return FlatJsonObject::printable(text);
}

// Only characters that can appear in an address, a subnet or a host name. Everything that could
// end a chrony.conf line or start a comment or an option (newline, '#', ';', '!', '%', space)
// is refused here, before any more specific check can be fooled.
bool hasOnlyAddressCharacters(const QString& text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.' ||
                        u == u'-' || u == u':' || u == u'/';
        if (!ok)
            return false;
    }
    return true;
}

bool isIpAddress(const QString& text)
{
    QHostAddress address;
    // QHostAddress also accepts scope ids and some legacy IPv4 forms ("1.2.3"); require the
    // canonical dotted quad for IPv4 so that what is written is exactly what was validated.
    if (!address.setAddress(text))
        return false;
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return address.toString() == text;
    return address.protocol() == QAbstractSocket::IPv6Protocol && address.scopeId().isEmpty();
}

bool isHostName(const QString& text)
{
    if (text.isEmpty() || text.size() > 253)
        return false;
    static const QRegularExpression label(
        QRegularExpression::anchoredPattern(u"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"_s));
    const QStringList labels = text.split(u'.');
    for (const QString& part : labels) {
        if (!label.match(part).hasMatch())
            return false;
    }
    // "192.168.1.300" must not slip through as a name: a name whose last label is all digits is
    // meant as an IPv4 address and has to be a valid one.
    static const QRegularExpression digits(QRegularExpression::anchoredPattern(u"[0-9]+"_s));
    return !digits.match(labels.constLast()).hasMatch();
}

} // namespace

Status HelperRequestParser::checkHostOrAddress(const QString& text)
{
    if (text.isEmpty())
        return refuse(u"The address is empty."_s);
    if (!hasOnlyAddressCharacters(text))
        return refuse(u"The address \"%1\" contains characters that are not allowed in an address or host name "
                      "(only letters, digits, '.', '-' and ':')."_s.arg(printable(text)));
    if (text.contains(u'/'))
        return refuse(u"\"%1\" is a subnet; a single address or host name is needed here."_s.arg(printable(text)));
    if (isIpAddress(text) || isHostName(text))
        return success();
    return refuse(u"\"%1\" is neither a valid IP address nor a valid host name."_s.arg(printable(text)));
}

Status HelperRequestParser::checkAddress(const QString& text)
{
    if (text.isEmpty())
        return refuse(u"The address is empty."_s);
    if (!hasOnlyAddressCharacters(text) || text.contains(u'/'))
        return refuse(u"\"%1\" is not a single IP address (no names, no subnets)."_s.arg(printable(text)));
    if (!isIpAddress(text))
        return refuse(u"\"%1\" is not a valid IP address."_s.arg(printable(text)));
    return success();
}

Status HelperRequestParser::checkFirewallPort(int port)
{
    if (port != 123 && port != 323)
        return refuse(
            u"The port must be 123 (NTP) or 323 (chrony's command port); %1 is not one of chrony's."_s.arg(port));
    return success();
}

Status HelperRequestParser::checkAddressOrSubnet(const QString& text)
{
    if (text.isEmpty())
        return refuse(u"The address is empty."_s);
    if (!hasOnlyAddressCharacters(text))
        return refuse(u"The address \"%1\" contains characters that are not allowed in an address or subnet "
                      "(only digits, letters a-f, '.', ':' and '/')."_s.arg(printable(text)));
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0) {
        if (isIpAddress(text))
            return success();
        return refuse(u"\"%1\" is not a valid IP address."_s.arg(printable(text)));
    }
    const QString address = text.left(slash);
    const QString prefix = text.mid(slash + 1);
    static const QRegularExpression prefixPattern(QRegularExpression::anchoredPattern(u"(0|[1-9][0-9]{0,2})"_s));
    if (!isIpAddress(address) || !prefixPattern.match(prefix).hasMatch())
        return refuse(u"\"%1\" is not a valid subnet (write it like 192.168.1.0/24)."_s.arg(printable(text)));
    const int maxPrefix = QHostAddress(address).protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    if (prefix.toInt() > maxPrefix)
        return refuse(u"The prefix length of \"%1\" is larger than %2."_s.arg(printable(text)).arg(maxPrefix));
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
                return refuse(u"The key \"%1\" is not accepted %2."_s.arg(printable(it.key()), context));
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

Status readApply(const MemberReader& reader, HelperRequest& request)
{
    const Result<QString> role = reader.string(u"role"_s);
    if (!role)
        return Error{role.error()};
    if (*role == u"server"_s) {
        request.role = HelperRole::Server;
        if (Status keys = reader.onlyKeys(
                {u"action"_s, u"role"_s, u"peer"_s, u"pools"_s, u"stratum"_s, u"monitoring"_s, u"monitorEverywhere"_s},
                u"when applying the server role"_s);
            !keys)
            return keys;
    } else if (*role == u"client"_s) {
        request.role = HelperRole::Client;
        if (Status keys = reader.onlyKeys({u"action"_s, u"role"_s, u"peer"_s, u"minpoll"_s, u"maxpoll"_s,
                                           u"monitoring"_s, u"monitorEverywhere"_s, u"stepAlways"_s},
                                          u"when applying the client role"_s);
            !keys)
            return keys;
    } else {
        return refuse(u"The role must be \"server\" or \"client\"."_s);
    }

    const Result<QString> peer = reader.string(u"peer"_s);
    if (!peer)
        return Error{peer.error()};
    // System 1 may name System 2 by host name too: the helper resolves it into addresses itself.
    const bool subnet = request.role == HelperRole::Server && peer->contains(u'/');
    const Status peerOk =
        subnet ? HelperRequestParser::checkAddressOrSubnet(*peer) : HelperRequestParser::checkHostOrAddress(*peer);
    if (!peerOk)
        return peerOk;
    request.peer = *peer;

    if (request.role == HelperRole::Server) {
        const Result<bool> pools = reader.boolean(u"pools"_s);
        if (!pools)
            return Error{pools.error()};
        request.pools = *pools;
        if (reader.has(u"stratum"_s)) {
            const Result<int> stratum = reader.integer(u"stratum"_s, MinStratum, MaxStratum);
            if (!stratum)
                return Error{stratum.error()};
            request.stratum = *stratum;
        }
    } else {
        for (const QString& key : {u"minpoll"_s, u"maxpoll"_s}) {
            if (!reader.has(key))
                continue;
            const Result<int> poll = reader.integer(key, MinPoll, MaxPoll);
            if (!poll)
                return Error{poll.error()};
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
            return Error{value.error()};
        *field = *value;
    }
    return success();
}

// Both keys required: the helper never guesses which peer or port a firewall rule is for.
Status readFirewall(const MemberReader& reader, HelperRequest& request, const QString& action)
{
    if (Status keys = reader.onlyKeys({u"action"_s, u"peer"_s, u"port"_s}, u"for %1"_s.arg(action)); !keys)
        return keys;
    const Result<QString> peer = reader.string(u"peer"_s);
    if (!peer)
        return Error{peer.error()};
    if (Status peerOk = HelperRequestParser::checkAddress(*peer); !peerOk)
        return peerOk;
    const Result<int> port = reader.integer(u"port"_s, 1, 65535);
    if (!port)
        return Error{port.error()};
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
        return Error{members.error()};
    const MemberReader reader(*members);
    const Result<QString> action = reader.string(u"action"_s);
    if (!action)
        return Error{action.error()};

    HelperRequest request;
    if (*action == u"apply"_s) {
        request.action = HelperAction::Apply;
        if (Status applied = readApply(reader, request); !applied)
            return Error{applied.error()};
        return request;
    }
    if (*action == u"sync-now"_s) {
        request.action = HelperAction::SyncNow;
        if (Status keys = reader.onlyKeys({u"action"_s, u"peer"_s}, u"for sync-now"_s); !keys)
            return Error{keys.error()};
        if (reader.has(u"peer"_s)) {
            const Result<QString> peer = reader.string(u"peer"_s);
            if (!peer)
                return Error{peer.error()};
            if (Status peerOk = checkHostOrAddress(*peer); !peerOk)
                return Error{peerOk.error()};
            request.peer = *peer;
        }
        return request;
    }
    if (*action == u"restore"_s) {
        request.action = HelperAction::Restore;
        if (Status keys = reader.onlyKeys({u"action"_s, u"backup"_s}, u"for restore"_s); !keys)
            return Error{keys.error()};
        if (reader.has(u"backup"_s)) {
            const Result<QString> id = reader.string(u"backup"_s);
            if (!id)
                return Error{id.error()};
            if (!BackupStore::isValidId(*id))
                return refuse(u"\"%1\" is not a backup ID that tandem-helper lists (like 20261126-063150-000)."_s.arg(
                    printable(*id)));
            request.backupId = *id;
        }
        return request;
    }
    if (*action == u"firewall-check"_s || *action == u"firewall-open"_s) {
        request.action = *action == u"firewall-check"_s ? HelperAction::FirewallCheck : HelperAction::FirewallOpen;
        if (Status read = readFirewall(reader, request, *action); !read)
            return Error{read.error()};
        return request;
    }
    return refuse(u"The action must be \"apply\", \"sync-now\", \"restore\", \"firewall-check\" or "
                  u"\"firewall-open\"."_s);
}
