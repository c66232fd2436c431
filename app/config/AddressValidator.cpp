#include "AddressValidator.h"

#include "ChronyDirectives.h"
#include "util/PrintableText.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxHostNameLength = 253;
constexpr qsizetype MaxLabelLength = 63;

Error refuse(const QString& text, const QString& reason)
{
    return Error{QCoreApplication::translate("AddressValidator", "'%1' is not a valid address: %2.")
                     .arg(printableText(text), reason)};
}

bool looksNumeric(const QString& text)
{
    for (const QChar c : text) {
        if (!c.isDigit() && c != u'.')
            return false;
    }
    return true;
}

} // namespace

Result<AddressValidator::Checked> AddressValidator::check(const QString& text, Use use, Dialect dialect)
{
    if (text.isEmpty())
        return Error{tr("The address is empty.")};
    if (text.size() > MaxHostNameLength)
        return refuse(text, tr("it is longer than 253 characters"));
    for (const QChar c : text) {
        if (c.isSpace())
            return refuse(text, tr("it contains whitespace or a line break"));
        if (c.unicode() < 0x20 || c.unicode() >= 0x7f)
            return refuse(text, tr("it contains a control or non-ASCII character"));
    }
    for (const QChar c : text) {
        // Digits, letters, dots, hyphens, colons (IPv6) and one slash (subnet) are all an address needs.
        if (!(c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u':' || c == u'/'))
            return refuse(text, tr("the character '%1' cannot appear in an address").arg(c));
    }
    if (ChronyDirectives::isNtpdPseudoAddress(text)) {
        return refuse(text, tr("127.127.x.x is an ntpd reference-clock pseudo-address; chrony would poll it as an "
                               "ordinary NTP server on this machine. To serve this machine's own clock use the local "
                               "clock setting (local stratum 10) instead"));
    }

    const bool shortForm =
        dialect == Dialect::Chrony && use == Use::HostOrSubnet && looksNumeric(text) && text.count(u'.') < 3;
    if (text.contains(u'/') || shortForm) {
        if (use != Use::HostOrSubnet)
            return refuse(text, tr("a subnet is not allowed here, give a single address"));
        return checkSubnet(text, dialect);
    }

    QHostAddress address;
    if (address.setAddress(text)) {
        // QHostAddress also takes scope ids ("fe80::1%eth0"), but '%' never gets this far.
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            // QHostAddress accepts "1" or "1.2" as IPv4; chrony and people read them differently.
            if (text.count(u'.') != 3)
                return refuse(text, tr("an IPv4 address has four numbers separated by dots"));
            if (dialect == Dialect::Tandem && address.toString() != text)
                return refuse(text, tr("write it as %1 (no leading zeros)").arg(address.toString()));
            return Checked{text, Kind::IPv4};
        }
        return Checked{text, Kind::IPv6};
    }
    if (text.contains(u':'))
        return refuse(text, tr("it is not a valid IPv6 address"));
    if (looksNumeric(text))
        return refuse(text, tr("it is not a valid IPv4 address (four numbers from 0 to 255)"));
    if (use == Use::IpOnly)
        return refuse(text, tr("chrony needs an IP address here, not a host name"));
    if (!isHostName(text, dialect))
        return refuse(text, tr("a host name consists of labels of letters, digits and hyphens (at most 63 characters "
                               "each, not starting or ending with a hyphen) separated by dots"));
    return Checked{text, Kind::HostName};
}

Result<AddressValidator::Checked> AddressValidator::checkSubnet(const QString& text, Dialect dialect)
{
    const QStringList parts = text.split(u'/');
    if (parts.size() != 2 && text.contains(u'/'))
        return refuse(text, tr("a subnet has one '/' between the address and the prefix length"));
    const QString base = parts.first();
    int bits = -1;
    if (parts.size() == 2) {
        bool ok = false;
        bits = parts.at(1).toInt(&ok);
        if (!ok || parts.at(1).isEmpty() || !looksNumeric(parts.at(1)) || parts.at(1).contains(u'.'))
            return refuse(text, tr("the prefix length after '/' must be a number"));
    }
    if (base.contains(u':')) {
        QHostAddress address;
        if (!address.setAddress(base) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return refuse(text, tr("'%1' is not a valid IPv6 address").arg(base));
        if (bits < 0 || bits > 128)
            return refuse(text, tr("an IPv6 prefix length is between 0 and 128"));
        return Checked{text, Kind::SubnetIPv6};
    }
    return checkShortIPv4(text, bits, dialect);
}

// chrony's short IPv4 forms: "1.2.3" means 1.2.3.0/24, "10" means 10.0.0.0/8, "0/0" everything.
Result<AddressValidator::Checked> AddressValidator::checkShortIPv4(const QString& text, int prefixBits, Dialect dialect)
{
    const QString base = text.section(u'/', 0, 0);
    const QStringList octets = base.split(u'.');
    if (octets.size() > 4)
        return refuse(text, tr("an IPv4 address has at most four numbers"));
    for (const QString& octet : octets) {
        bool ok = false;
        const int value = octet.toInt(&ok);
        if (octet.isEmpty() || !ok || value < 0 || value > 255 || !looksNumeric(octet))
            return refuse(text, tr("each part of an IPv4 address is a number from 0 to 255"));
    }
    if (prefixBits > 32)
        return refuse(text, tr("an IPv4 prefix length is between 0 and 32"));
    if (dialect == Dialect::Tandem) {
        const QString canonical = QHostAddress(base).toString();
        if (octets.size() != 4 || prefixBits < 0)
            return refuse(text,
                          tr("write a subnet as its four-number address and a prefix length, like 192.168.1.0/24"));
        if (canonical != base || text.section(u'/', 1) != QString::number(prefixBits))
            return refuse(text, tr("write it as %1/%2 (no leading zeros)").arg(canonical).arg(prefixBits));
    }
    return Checked{text, prefixBits < 0 && octets.size() == 4 ? Kind::IPv4 : Kind::SubnetIPv4};
}

bool AddressValidator::isHostName(const QString& text, Dialect dialect)
{
    QString name = text;
    if (name.endsWith(u'.') && dialect == Dialect::Chrony)
        name.chop(1); // a fully qualified name may end with the root's dot
    if (name.isEmpty())
        return false;
    const QStringList labels = name.split(u'.');
    for (const QString& label : labels) {
        if (label.isEmpty() || label.size() > MaxLabelLength)
            return false;
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (const QChar c : label) {
            const char16_t u = c.unicode();
            const bool ascii = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
            if (!ascii && c != u'-')
                return false;
        }
    }
    // "192.168.1.300" or "host.123": a name whose last label is all digits is meant as an IPv4 address.
    return dialect == Dialect::Chrony || !looksNumeric(labels.constLast());
}
