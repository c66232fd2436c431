#include "NftMatcher.h"

#include "NftRuleset.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

constexpr int UdpProtocolNumber = 17;

QString compact(const QJsonValue& value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

Tri negate(Tri value)
{
    switch (value) {
    case Tri::True:
        return Tri::False;
    case Tri::False:
        return Tri::True;
    case Tri::Unknown:
        break;
    }
    return Tri::Unknown;
}

// Orders two addresses of one family (for ranges); both are valid.
int compareAddresses(const QHostAddress& a, const QHostAddress& b)
{
    if (a.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 x = a.toIPv4Address(), y = b.toIPv4Address();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    const Q_IPV6ADDR x = a.toIPv6Address(), y = b.toIPv6Address();
    return std::memcmp(x.c, y.c, sizeof x.c);
}

std::optional<qint64> numberOf(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toInteger();
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

// nft's interface name patterns: an exact name, or a prefix ending in '*' ("veth*").
bool interfaceMatches(const QString& name, const QString& pattern)
{
    if (pattern.endsWith(u'*') && !pattern.endsWith(u"\\*"_s))
        return name.startsWith(pattern.chopped(1));
    return name == pattern;
}

} // namespace

// What the left-hand side of a match is for this packet.
struct NftMatcher::Left
{
    enum class Kind {
        NotApplicable, // a header this packet does not have (tcp dport, ip saddr of an IPv6 packet): never matches
        Unknown,
        Address,
        Number,
        Symbol,   // a protocol or state, by any of its spellings ("udp" or 17)
        Interface // an interface name, compared with nft's wildcards
    };
    Kind kind = Kind::Unknown;
    QHostAddress address;
    qint64 number = 0;
    QStringList spellings;
    QString interfaceName;
    QString description;
};

NftMatcher::NftMatcher(const NftRuleset& ruleset, const NftChain& chain, const InboundPacket& packet)
    : m_ruleset(ruleset)
    , m_chain(chain)
    , m_packet(packet)
{}

NftMatcher::Left NftMatcher::evaluateLeft(const QJsonValue& leftValue) const
{
    using Kind = Left::Kind;
    Left left;
    left.description = compact(leftValue);
    const QJsonObject object = leftValue.toObject();
    const auto symbol = [&](QStringList spellings) {
        left.kind = Kind::Symbol;
        left.spellings = std::move(spellings);
        return left;
    };
    if (object.contains(u"payload"_s)) {
        const QJsonObject payload = object.value(u"payload"_s).toObject();
        const QString protocol = payload.value(u"protocol"_s).toString();
        const QString field = payload.value(u"field"_s).toString();
        if (protocol.isEmpty()) // raw payload (@th,16,16): offsets are not read here
            return left;
        const bool v6 = m_packet.isIpv6();
        if (protocol == u"ip"_s || protocol == u"ip6"_s) {
            // nft adds the dependency on the network protocol itself: `ip saddr` never matches IPv6.
            if ((protocol == u"ip6"_s) != v6) {
                left.kind = Kind::NotApplicable;
                return left;
            }
            if (field == u"saddr"_s || field == u"daddr"_s) {
                const QHostAddress& address = field == u"saddr"_s ? m_packet.source : m_packet.destination;
                if (address.isNull())
                    return left;
                left.kind = Kind::Address;
                left.address = address;
                return left;
            }
            if ((protocol == u"ip"_s && field == u"protocol"_s) || (protocol == u"ip6"_s && field == u"nexthdr"_s))
                return symbol({u"udp"_s, QString::number(UdpProtocolNumber)});
            return left;
        }
        if (protocol == u"udp"_s || protocol == u"th"_s) {
            if (field == u"dport"_s) {
                left.kind = Kind::Number;
                left.number = m_packet.port;
            }
            return left; // sport: the peer's source port is not known in advance
        }
        // tcp, icmp, sctp...: the implicit "meta l4proto X" fails for a UDP datagram.
        left.kind = Kind::NotApplicable;
        return left;
    }
    if (object.contains(u"meta"_s)) {
        const QString key = object.value(u"meta"_s).toObject().value(u"key"_s).toString();
        if (key == u"l4proto"_s)
            return symbol({u"udp"_s, QString::number(UdpProtocolNumber)});
        if (key == u"nfproto"_s)
            return symbol({m_packet.isIpv6() ? u"ipv6"_s : u"ipv4"_s});
        if (key == u"protocol"_s)
            return symbol({m_packet.isIpv6() ? u"ip6"_s : u"ip"_s});
        if (key == u"pkttype"_s)
            return symbol({u"host"_s, u"unicast"_s});
        if ((key == u"iifname"_s || key == u"iif"_s) && !m_packet.interfaceName.isEmpty()) {
            left.kind = Kind::Interface;
            left.interfaceName = m_packet.interfaceName;
        }
        return left;
    }
    if (object.contains(u"ct"_s)) {
        const QJsonObject ct = object.value(u"ct"_s).toObject();
        if (ct.value(u"key"_s).toString() == u"state"_s && !ct.contains(u"dir"_s))
            return symbol({m_packet.ctState});
        return left;
    }
    if (object.contains(u"fib"_s)) {
        // `fib daddr type local`: the packet is addressed to this system, which it is.
        const QJsonObject fib = object.value(u"fib"_s).toObject();
        const QJsonArray flags = fib.value(u"flags"_s).toArray();
        const bool daddr = flags.contains(u"daddr"_s) && !flags.contains(u"saddr"_s);
        if (fib.value(u"result"_s).toString() == u"type"_s && daddr)
            return symbol({u"local"_s});
        return left;
    }
    return left;
}

Tri NftMatcher::compareElement(const Left& left, const QJsonValue& element, QString* why) const
{
    using Kind = Left::Kind;
    const QJsonObject object = element.toObject();
    if (object.contains(u"elem"_s)) // a set element with a timeout or comment
        return compareElement(left, object.value(u"elem"_s).toObject().value(u"val"_s), why);
    const auto unknown = [&] {
        *why = u"%1 compared with %2"_s.arg(left.description, compact(element));
        return Tri::Unknown;
    };
    switch (left.kind) {
    case Kind::Address: {
        if (element.isString()) {
            const QHostAddress address(element.toString());
            if (address.isNull())
                return unknown();
            return address.isEqual(left.address, QHostAddress::StrictConversion) ? Tri::True : Tri::False;
        }
        if (object.contains(u"prefix"_s)) {
            const QJsonObject prefix = object.value(u"prefix"_s).toObject();
            const QHostAddress network(prefix.value(u"addr"_s).toString());
            const int length = prefix.value(u"len"_s).toInt(-1);
            if (network.isNull() || length < 0)
                return unknown();
            if (network.protocol() != left.address.protocol())
                return Tri::False;
            return left.address.isInSubnet(network, length) ? Tri::True : Tri::False;
        }
        if (object.contains(u"range"_s)) {
            const QJsonArray range = object.value(u"range"_s).toArray();
            const QHostAddress low(range.at(0).toString()), high(range.at(1).toString());
            if (range.size() != 2 || low.isNull() || high.isNull() || low.protocol() != high.protocol())
                return unknown();
            if (low.protocol() != left.address.protocol())
                return Tri::False;
            return compareAddresses(low, left.address) <= 0 && compareAddresses(left.address, high) <= 0 ? Tri::True
                                                                                                         : Tri::False;
        }
        return unknown();
    }
    case Kind::Number: {
        if (const auto number = numberOf(element))
            return *number == left.number ? Tri::True : Tri::False;
        if (object.contains(u"range"_s)) {
            const QJsonArray range = object.value(u"range"_s).toArray();
            const auto low = numberOf(range.at(0)), high = numberOf(range.at(1));
            if (range.size() != 2 || !low || !high)
                return unknown();
            return *low <= left.number && left.number <= *high ? Tri::True : Tri::False;
        }
        return unknown();
    }
    case Kind::Symbol:
        if (element.isString() || element.isDouble()) {
            const QString text = element.isString() ? element.toString() : QString::number(element.toInteger());
            return left.spellings.contains(text) ? Tri::True : Tri::False;
        }
        return unknown();
    case Kind::Interface:
        if (element.isString())
            return interfaceMatches(left.interfaceName, element.toString()) ? Tri::True : Tri::False;
        return unknown();
    case Kind::NotApplicable:
        return Tri::False;
    case Kind::Unknown:
        break;
    }
    return unknown();
}

Tri NftMatcher::inSet(const Left& left, const QJsonArray& elements, QString* why) const
{
    // True as soon as one element matches; Unknown if none does but one could not be evaluated.
    Tri result = Tri::False;
    for (const QJsonValue& element : elements) {
        const Tri one = compareElement(left, element, why);
        if (one == Tri::True)
            return Tri::True;
        if (one == Tri::Unknown)
            result = Tri::Unknown;
    }
    return result;
}

Tri NftMatcher::equals(const Left& left, const QJsonValue& right, QString* why) const
{
    if (right.isArray()) // flags: ct state { new, established } written as a list
        return inSet(left, right.toArray(), why);
    const QJsonObject object = right.toObject();
    if (object.contains(u"set"_s)) {
        const QJsonValue set = object.value(u"set"_s);
        return set.isArray() ? inSet(left, set.toArray(), why) : compareElement(left, set, why);
    }
    if (right.isString() && right.toString().startsWith(u'@')) {
        const NftSet* set = namedSet(right.toString(), why);
        return set ? inSet(left, set->elements, why) : Tri::Unknown;
    }
    return compareElement(left, right, why);
}

const NftSet* NftMatcher::namedSet(const QString& reference, QString* why) const
{
    // Named sets and maps belong to the rule's table: "@peers" in inet filter is inet filter's set.
    const NftSet* set = m_ruleset.set(m_chain.family, m_chain.table, reference.mid(1));
    if (!set)
        *why = u"the set %1 is not in the ruleset"_s.arg(reference);
    return set;
}

Tri NftMatcher::match(const QJsonObject& match, QString* why) const
{
    const Left left = evaluateLeft(match.value(u"left"_s));
    if (left.kind == Left::Kind::NotApplicable)
        return Tri::False;
    if (left.kind == Left::Kind::Unknown) {
        *why = u"the check cannot evaluate %1"_s.arg(left.description);
        return Tri::Unknown;
    }
    const QString op = match.value(u"op"_s).toString();
    const QJsonValue right = match.value(u"right"_s);
    if (op == u"=="_s || op == u"in"_s)
        return equals(left, right, why);
    if (op == u"!="_s)
        return negate(equals(left, right, why));
    if (left.kind == Left::Kind::Number) {
        if (const auto number = numberOf(right)) {
            if (op == u"<"_s)
                return left.number < *number ? Tri::True : Tri::False;
            if (op == u">"_s)
                return left.number > *number ? Tri::True : Tri::False;
            if (op == u"<="_s)
                return left.number <= *number ? Tri::True : Tri::False;
            if (op == u">="_s)
                return left.number >= *number ? Tri::True : Tri::False;
        }
    }
    *why = u"the check cannot evaluate the comparison \"%1\" on %2"_s.arg(op, left.description);
    return Tri::Unknown;
}

QJsonValue NftMatcher::verdictMapLookup(const QJsonObject& vmap, QString* why) const
{
    const Left left = evaluateLeft(vmap.value(u"key"_s));
    if (left.kind == Left::Kind::NotApplicable)
        return QJsonValue::Null;
    if (left.kind == Left::Kind::Unknown) {
        *why = u"the check cannot evaluate the verdict map key %1"_s.arg(left.description);
        return QJsonValue::Undefined;
    }
    QJsonValue data = vmap.value(u"data"_s);
    QJsonArray entries;
    if (data.isString() && data.toString().startsWith(u'@')) {
        const NftSet* map = namedSet(data.toString(), why);
        if (!map)
            return QJsonValue::Undefined;
        entries = map->elements;
    } else {
        entries = data.toObject().value(u"set"_s).toArray();
    }
    for (const QJsonValue& entry : entries) {
        const QJsonArray pair = entry.toArray();
        if (pair.size() != 2) {
            *why = u"the verdict map entry %1"_s.arg(compact(entry));
            return QJsonValue::Undefined;
        }
        const Tri hit = compareElement(left, pair.at(0), why);
        if (hit == Tri::True)
            return pair.at(1);
        if (hit == Tri::Unknown)
            return QJsonValue::Undefined;
    }
    return QJsonValue::Null;
}
