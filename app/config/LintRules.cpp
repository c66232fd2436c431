#include "LintRules.h"

#include "AddressValidator.h"
#include "ChronyDirectives.h"
#include "ChronyKeyFile.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace LintRules {

namespace {

using ChronyDirectives::Kind;
using Severity = LintFinding::Severity;

LintFinding finding(const ConfDirective& directive, Severity severity, const QString& rule, const QString& message,
                    const QString& hint)
{
    return LintFinding{directive.fileName, directive.line, severity, message, hint, rule};
}

Kind kindOf(const ConfDirective& directive)
{
    const ChronyDirectives::DirectiveInfo* info = ChronyDirectives::find(directive.name);
    return info ? info->kind : Kind::Other;
}

bool isKnown(const ConfDirective& directive)
{
    return ChronyDirectives::find(directive.name) != nullptr;
}

bool isSource(const ConfDirective& directive)
{
    return isKnown(directive) && kindOf(directive) == Kind::Source && !directive.arguments.isEmpty();
}

std::optional<qint64> integer(const QString& text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

LintFinding rangeFinding(const ConfDirective& directive, const QString& what, const QString& value, qint64 min,
                         qint64 max)
{
    return finding(directive, Severity::Error, u"option-range"_s,
                   QCoreApplication::translate("LintRules", "%1 %2 is outside the range %3..%4")
                       .arg(what, value)
                       .arg(min)
                       .arg(max),
                   QCoreApplication::translate("LintRules", "use a value from %1 to %2").arg(min).arg(max));
}

} // namespace

QList<Rule> all()
{
    return {
        {u"unknown-directive"_s, unknownDirective},
        {u"option-range"_s, optionOutOfRange},
        {u"malformed-address"_s, malformedAddress},
        {u"ntpd-pseudo-address"_s, ntpdPseudoAddress},
        {u"cmdallow-without-bindcmdaddress"_s, cmdallowWithoutBindcmdaddress},
        {u"lan-server-and-pools"_s, lanServerAndPoolsWithoutPrefer},
        {u"local-without-allow"_s, localWithoutAllow},
        {u"unknown-server-option"_s, unknownServerOption},
        {u"port-closed"_s, portClosedForAllowed},
        {u"no-makestep"_s, sourcesWithoutMakestep},
    };
}

QList<LintFinding> sourcesFromIncludedFiles(const QList<IncludedConfigs::Included>& included, Severity severity)
{
    QList<LintFinding> findings;
    for (const IncludedConfigs::Included& include : included) {
        const QString by =
            QCoreApplication::translate("LintRules", "%1 (%2 line %3)")
                .arg((QStringList{include.by.name} + include.by.arguments).join(u' '), include.by.fileName)
                .arg(include.by.line);
        for (const ConfDirective& directive : include.file.directives()) {
            const bool sourceDir = isKnown(directive) && kindOf(directive) == Kind::SourceDir;
            if (!isSource(directive) && !sourceDir)
                continue;
            const QString line = (QStringList{directive.name} + directive.arguments).join(u' ');
            findings.append(finding(
                directive, severity, u"included-source"_s,
                QCoreApplication::translate("LintRules", "chronyd also uses '%1' from this file, which %2 brings in")
                    .arg(line, by),
                QCoreApplication::translate(
                    "LintRules",
                    "Tandem changes only the main file: comment this line out if this system must not use it")));
        }
    }
    return findings;
}

QList<LintFinding> unknownDirective(const ConfFile& file)
{
    QList<LintFinding> findings;
    for (const ConfDirective& directive : file.directives()) {
        const ChronyDirectives::DirectiveInfo* info = ChronyDirectives::find(directive.name);
        if (!info) {
            findings.append(finding(
                directive, Severity::Error, u"unknown-directive"_s,
                QCoreApplication::translate("LintRules", "'%1' is not a chrony directive; chronyd refuses to start")
                    .arg(directive.name),
                QCoreApplication::translate(
                    "LintRules", "check the spelling against chrony.conf(5), or comment the line out with #")));
        } else if (info->kind == Kind::Obsolete) {
            findings.append(finding(
                directive, Severity::Info, u"unknown-directive"_s,
                QCoreApplication::translate("LintRules", "'%1' is no longer supported and is ignored by chronyd")
                    .arg(directive.name),
                QCoreApplication::translate("LintRules", "remove the line")));
        }
    }
    return findings;
}

QList<LintFinding> optionOutOfRange(const ConfFile& file)
{
    QList<LintFinding> findings;
    for (const ConfDirective& directive : file.directives()) {
        if (!isKnown(directive))
            continue;
        const Kind kind = kindOf(directive);
        if (kind == Kind::Port && !directive.arguments.isEmpty()) {
            const auto port = integer(directive.arguments.first());
            if (port && (*port < 0 || *port > ChronyDirectives::MaxPort))
                findings.append(rangeFinding(directive, directive.name, directive.arguments.first(), 0, 65535));
        } else if (kind == Kind::Local) {
            const qsizetype at = directive.arguments.indexOf(u"stratum"_s);
            if (at >= 0 && at + 1 < directive.arguments.size()) {
                const QString value = directive.arguments.at(at + 1);
                const auto stratum = integer(value);
                if (!stratum || *stratum < ChronyDirectives::MinStratum || *stratum > ChronyDirectives::MaxStratum)
                    findings.append(rangeFinding(directive, u"local stratum"_s, value, 1, 15));
            }
        } else if (isSource(directive)) {
            std::optional<qint64> minpoll;
            std::optional<qint64> maxpoll;
            for (const auto& option : ChronyDirectives::splitSourceOptions(directive.arguments.mid(1))) {
                if (!option.info || option.info->type != ChronyDirectives::ValueType::Integer || option.missingValue)
                    continue;
                const auto value = integer(option.value);
                if (!value || *value < option.info->min || *value > option.info->max) {
                    findings.append(
                        rangeFinding(directive, option.name, option.value, option.info->min, option.info->max));
                    continue;
                }
                if (option.name.compare(u"minpoll"_s, Qt::CaseInsensitive) == 0)
                    minpoll = value;
                else if (option.name.compare(u"maxpoll"_s, Qt::CaseInsensitive) == 0)
                    maxpoll = value;
            }
            // chrony's defaults are minpoll 6 and maxpoll 10; only written values can contradict.
            if (minpoll && maxpoll && *maxpoll < *minpoll) {
                findings.append(
                    finding(directive, Severity::Error, u"option-range"_s,
                            QCoreApplication::translate("LintRules", "maxpoll %1 is smaller than minpoll %2")
                                .arg(*maxpoll)
                                .arg(*minpoll),
                            QCoreApplication::translate("LintRules", "make maxpoll at least as large as minpoll")));
            }
        }
    }
    return findings;
}

QList<LintFinding> malformedAddress(const ConfFile& file)
{
    QList<LintFinding> findings;
    for (const ConfDirective& directive : file.directives()) {
        if (!isKnown(directive) || directive.arguments.isEmpty())
            continue;
        QStringList addresses;
        AddressValidator::Use use = AddressValidator::Use::Host;
        switch (kindOf(directive)) {
        case Kind::Source:
            addresses = {directive.arguments.first()};
            break;
        case Kind::Access:
            use = AddressValidator::Use::HostOrSubnet;
            addresses = directive.arguments;
            addresses.removeAll(u"all"_s);
            break;
        case Kind::BindAddress:
            use = AddressValidator::Use::IpOnly;
            addresses = {directive.arguments.first()};
            break;
        case Kind::BindCommand:
            use = AddressValidator::Use::IpOnly;
            if (!directive.arguments.first().startsWith(u'/')) // a Unix socket path, or "/" to disable it
                addresses = {directive.arguments.first()};
            break;
        default:
            break;
        }
        for (const QString& address : std::as_const(addresses)) {
            if (ChronyDirectives::isNtpdPseudoAddress(address))
                continue; // ntpdPseudoAddress explains this one better
            const auto checked = AddressValidator::check(address, use, AddressValidator::Dialect::Chrony);
            if (!checked.ok()) {
                findings.append(
                    finding(directive, Severity::Error, u"malformed-address"_s, checked.error(),
                            QCoreApplication::translate(
                                "LintRules", "write an IP address, a host name or (for allow/deny) a subnet")));
            }
        }
    }
    return findings;
}

QList<LintFinding> ntpdPseudoAddress(const ConfFile& file)
{
    QList<LintFinding> findings;
    for (const ConfDirective& directive : file.directives()) {
        if (isSource(directive) && ChronyDirectives::isNtpdPseudoAddress(directive.arguments.first())) {
            findings.append(finding(
                directive, Severity::Error, u"ntpd-pseudo-address"_s,
                QCoreApplication::translate("LintRules",
                                            "%1 is ntpd's local-clock pseudo-address; chrony polls it as an ordinary "
                                            "NTP server on this machine, which never answers usefully")
                    .arg(directive.arguments.first()),
                QCoreApplication::translate(
                    "LintRules", "remove this line and use 'local stratum 10' to serve this machine's clock")));
        }
    }
    return findings;
}

// True for "cmdallow 127.0.0.3" or "cmdallow 127.0.0.0/8", false for "cmdallow", "cmdallow all ..." and LAN hosts.
static bool allowsOnlyLoopback(const ConfDirective& directive)
{
    if (directive.arguments.size() != 1)
        return false;
    const auto [network, prefixLength] = QHostAddress::parseSubnet(directive.arguments.first());
    if (network.isNull())
        return QHostAddress(directive.arguments.first()).isLoopback();
    return network.isLoopback() && prefixLength >= (network.protocol() == QAbstractSocket::IPv4Protocol ? 8 : 128);
}

QList<LintFinding> cmdallowWithoutBindcmdaddress(const ConfFile& file)
{
    const QList<ConfDirective> directives = file.directives();
    for (const ConfDirective& directive : directives) {
        if (directive.name != u"bindcmdaddress"_s || directive.arguments.isEmpty())
            continue;
        QHostAddress address;
        if (address.setAddress(directive.arguments.first()) && !address.isLoopback())
            return {};
    }
    QList<LintFinding> findings;
    for (const ConfDirective& directive : directives) {
        // A host on 127.0.0.0/8 always reaches the default 127.0.0.1 command socket (the lab relies on it),
        // so cmdallow for loopback hosts works without a bindcmdaddress.
        if (directive.name == u"cmdallow"_s && !allowsOnlyLoopback(directive)) {
            findings.append(finding(
                directive, Severity::Warning, u"cmdallow-without-bindcmdaddress"_s,
                QCoreApplication::translate(
                    "LintRules", "cmdallow has no effect for other hosts: chronyd's command port listens only "
                                 "on 127.0.0.1 and ::1 unless bindcmdaddress says otherwise"),
                QCoreApplication::translate("LintRules",
                                            "add 'bindcmdaddress 0.0.0.0' (or this machine's LAN address) and open UDP "
                                            "port 323 in the firewall")));
        }
    }
    return findings;
}

QString keyfilePath(const ConfFile& file)
{
    QString path;
    for (const ConfDirective& directive : file.directives()) {
        if (directive.name.compare(u"keyfile"_s, Qt::CaseInsensitive) == 0 && !directive.arguments.isEmpty())
            path = directive.arguments.first();
    }
    return path;
}

QList<LintFinding> keysMissingFromKeyfile(const ConfFile& file, const std::optional<Result<QByteArray>>& keyfile,
                                          quint32 keyBeingAdded)
{
    std::optional<Result<QList<ChronyKeyFile::Key>>> keys;
    if (keyfile && keyfile->ok())
        keys = ChronyKeyFile::parse(**keyfile);
    const QString path = keyfilePath(file);
    QList<LintFinding> findings;
    for (const ConfDirective& directive : file.directives()) {
        if (!isSource(directive))
            continue;
        for (const ChronyDirectives::SourceOption& option :
             ChronyDirectives::splitSourceOptions(directive.arguments.mid(1))) {
            bool ok = false;
            const quint32 id = option.value.toUInt(&ok);
            if (option.name.compare(u"key"_s, Qt::CaseInsensitive) != 0 || !ok)
                continue;
            if (keyfile && id == keyBeingAdded)
                continue;
            if (!keyfile) {
                findings.append(finding(
                    directive, Severity::Error, u"key-not-in-keyfile"_s,
                    QCoreApplication::translate("LintRules", "this source uses key %1, but no 'keyfile' line names "
                                                             "the file that holds it: chronyd refuses its samples")
                        .arg(id),
                    QCoreApplication::translate("LintRules",
                                                "add 'keyfile /etc/chrony/chrony.keys' with the key in it")));
            } else if (!keyfile->ok() || !keys->ok()) {
                findings.append(finding(directive, Severity::Info, u"key-not-in-keyfile"_s,
                                        QCoreApplication::translate("LintRules", "key %1 could not be checked: %2")
                                            .arg(id)
                                            .arg(keyfile->ok() ? keys->error() : keyfile->error()),
                                        QCoreApplication::translate("LintRules", "check as root: tandem-cli lint")));
            } else if (std::none_of(keys->value().cbegin(), keys->value().cend(),
                                    [id](const ChronyKeyFile::Key& key) { return key.id == id; })) {
                findings.append(
                    finding(directive, Severity::Error, u"key-not-in-keyfile"_s,
                            QCoreApplication::translate("LintRules",
                                                        "key %1 is not in %2: chronyd refuses this source's samples")
                                .arg(id)
                                .arg(path),
                            QCoreApplication::translate(
                                "LintRules", "add the same key, with the same ID, to the key files of both systems")));
            }
        }
    }
    return findings;
}

bool isLanHost(const QString& host)
{
    QHostAddress address;
    if (address.setAddress(host)) {
        if (address.isLoopback() || address.isLinkLocal() || address.isUniqueLocalUnicast())
            return true;
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            for (const auto& [network, bits] :
                 {std::pair{u"10.0.0.0"_s, 8}, {u"172.16.0.0"_s, 12}, {u"192.168.0.0"_s, 16}}) {
                if (address.isInSubnet(QHostAddress(network), bits))
                    return true;
            }
        }
        return false;
    }
    const QString name = host.toLower();
    if (!name.contains(u'.'))
        return true; // a single-label name only resolves on the local network
    for (const QString& suffix : {u".lan"_s, u".local"_s, u".home.arpa"_s, u".internal"_s, u".localdomain"_s}) {
        if (name.endsWith(suffix))
            return true;
    }
    return false;
}

QList<LintFinding> lanServerAndPoolsWithoutPrefer(const ConfFile& file)
{
    QList<ConfDirective> lanServers;
    bool online = false;
    for (const ConfDirective& directive : file.directives()) {
        if (!isSource(directive))
            continue;
        const QString& host = directive.arguments.first();
        if (directive.name == u"pool"_s || !isLanHost(host)) {
            online = true;
            continue;
        }
        if (ChronyDirectives::isNtpdPseudoAddress(host))
            continue; // not a real server; another rule reports it
        bool prefer = false;
        for (const auto& option : ChronyDirectives::splitSourceOptions(directive.arguments.mid(1)))
            prefer = prefer || option.name.compare(u"prefer"_s, Qt::CaseInsensitive) == 0;
        if (!prefer)
            lanServers.append(directive);
    }
    QList<LintFinding> findings;
    if (!online)
        return findings;
    for (const ConfDirective& directive : std::as_const(lanServers)) {
        findings.append(finding(
            directive, Severity::Warning, u"lan-server-and-pools"_s,
            QCoreApplication::translate("LintRules",
                                        "this LAN server competes with online pools/servers; source selection may "
                                        "follow the online sources instead of %1")
                .arg(directive.arguments.first()),
            QCoreApplication::translate("LintRules",
                                        "disable the online pool lines to follow only this server, or add 'prefer' "
                                        "to this line")));
    }
    return findings;
}

QList<LintFinding> localWithoutAllow(const ConfFile& file)
{
    const QList<ConfDirective> directives = file.directives();
    for (const ConfDirective& directive : directives) {
        if (directive.name == u"allow"_s)
            return {};
    }
    QList<LintFinding> findings;
    for (const ConfDirective& directive : directives) {
        if (directive.name == u"local"_s) {
            findings.append(finding(
                directive, Severity::Warning, u"local-without-allow"_s,
                QCoreApplication::translate("LintRules",
                                            "this config serves its local clock, but no 'allow' line lets any client "
                                            "ask for the time"),
                QCoreApplication::translate("LintRules", "add 'allow ADDRESS' with the client's address or subnet")));
        }
    }
    return findings;
}

// `port 0` / `cmdport 0` close a port that the config's allow / cmdallow lines mean to open: a base
// with them breaks System 1's serving (allow) or either system's monitoring (cmdallow), whatever
// Tandem adds. chronyd takes the last of each directive.
QList<LintFinding> portClosedForAllowed(const ConfFile& file)
{
    const QList<ConfDirective> directives = file.directives();
    const auto lastOf = [&](const QString& name) -> std::optional<ConfDirective> {
        std::optional<ConfDirective> last;
        for (const ConfDirective& directive : directives) {
            if (directive.name.compare(name, Qt::CaseInsensitive) == 0)
                last = directive;
        }
        return last;
    };
    QList<LintFinding> findings;
    const struct
    {
        QString port;
        QString allow;
        QString meaning;
    } pairs[] = {
        {u"port"_s, u"allow"_s, QCoreApplication::translate("LintRules", "no client gets the time from this system")},
        {u"cmdport"_s, u"cmdallow"_s,
         QCoreApplication::translate("LintRules", "no other host can monitor this chronyd")},
    };
    for (const auto& pair : pairs) {
        const std::optional<ConfDirective> port = lastOf(pair.port);
        if (!port || port->arguments.isEmpty() || integer(port->arguments.first()) != 0 || !lastOf(pair.allow))
            continue;
        findings.append(
            finding(*port, Severity::Error, u"port-closed"_s,
                    QCoreApplication::translate("LintRules", "'%1 0' closes the port that the '%2' lines open: %3")
                        .arg(pair.port, pair.allow, pair.meaning),
                    QCoreApplication::translate("LintRules", "remove the '%1 0' line (the default port serves)")
                        .arg(pair.port)));
    }
    return findings;
}

// A system that follows time sources but has no `makestep` only ever slews: chronyd corrects at most
// 83 ms per second (its default maxslewrate), so a clock that is an hour off at boot takes about 12
// hours to be right. Debian, Fedora, Ubuntu and Arch all ship a makestep line; the guide's System 2
// config has none.
QList<LintFinding> sourcesWithoutMakestep(const ConfFile& file)
{
    const QList<ConfDirective> directives = file.directives();
    const ConfDirective* firstSource = nullptr;
    for (const ConfDirective& directive : directives) {
        if (directive.name.compare(u"makestep"_s, Qt::CaseInsensitive) == 0)
            return {};
        if (!firstSource && isSource(directive))
            firstSource = &directive;
    }
    if (!firstSource)
        return {};
    return {finding(*firstSource, Severity::Warning, u"no-makestep"_s,
                    QCoreApplication::translate(
                        "LintRules",
                        "there is no 'makestep' line, so chronyd never steps this clock: a clock that is wrong at boot "
                        "is slewed at most 83 ms per second (an hour off takes about 12 hours)"),
                    QCoreApplication::translate(
                        "LintRules",
                        "add 'makestep 1 3' (step during the first updates after chronyd starts), or 'makestep 1 -1' "
                        "where the clock may jump at any time"))};
}

QList<LintFinding> unknownServerOption(const ConfFile& file)
{
    QList<LintFinding> findings;
    for (const ConfDirective& directive : file.directives()) {
        if (!isSource(directive))
            continue;
        for (const auto& option : ChronyDirectives::splitSourceOptions(directive.arguments.mid(1))) {
            if (!option.info) {
                findings.append(
                    finding(directive, Severity::Error, u"unknown-server-option"_s,
                            QCoreApplication::translate(
                                "LintRules", "'%1' is not an option of the %2 directive; chronyd refuses to start")
                                .arg(option.name, directive.name),
                            QCoreApplication::translate(
                                "LintRules", "check the spelling against chrony.conf(5); a comment must start its own "
                                             "line")));
            } else if (option.missingValue) {
                findings.append(
                    finding(directive, Severity::Error, u"unknown-server-option"_s,
                            QCoreApplication::translate("LintRules", "the option '%1' needs a value").arg(option.name),
                            QCoreApplication::translate("LintRules", "write '%1 VALUE'").arg(option.name)));
            } else if (option.info->poolOnly && directive.name != u"pool"_s) {
                findings.append(finding(
                    directive, Severity::Warning, u"unknown-server-option"_s,
                    QCoreApplication::translate("LintRules", "'%1' only applies to pool lines and is ignored here")
                        .arg(option.name),
                    QCoreApplication::translate("LintRules", "remove the option")));
            }
        }
    }
    return findings;
}

} // namespace LintRules
