#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

// The one check of an address before it reaches a chrony.conf line: the wizard, tandem-cli, profiles,
// lint and tandem-helper's request parser all call it, so what the wizard accepts the helper accepts.
// A value that passes is one word chrony can parse: no whitespace, no comment or shell characters, so
// it cannot smuggle a second directive into the file.
class AddressValidator
{
    // Its messages reach the wizard, in German and French too.
    Q_DECLARE_TR_FUNCTIONS(AddressValidator)

public:
    enum class Use {
        Host,         // server/pool/peer target, a profile's peer: IPv4, IPv6 or host name
        HostOrSubnet, // allow/deny/cmdallow/cmddeny: also subnets and chrony's short forms
        IpOnly,       // bindaddress/bindcmdaddress: chronyd takes no host names there
    };

    enum class Kind { IPv4, IPv6, HostName, SubnetIPv4, SubnetIPv6 };

    // Which spellings pass. Chrony: everything chronyd reads in a config (lint of an existing file):
    // the short subnet forms "1.2.3" and "10", "0/0", a host name with the root's dot. Tandem: the one
    // form Tandem writes and tandem-helper accepts in a request: IPv4 as four plain numbers
    // (192.168.1.3, not 192.168.001.003), a subnet as address/prefix, a host name without the root's
    // dot whose last label is not all digits.
    enum class Dialect { Chrony, Tandem };

    struct Checked
    {
        QString text; // the address as it will be written
        Kind kind = Kind::IPv4;

        bool isIPv6() const { return kind == Kind::IPv6 || kind == Kind::SubnetIPv6; }
        bool isSubnet() const { return kind == Kind::SubnetIPv4 || kind == Kind::SubnetIPv6; }
    };

    static Result<Checked> check(const QString& text, Use use, Dialect dialect = Dialect::Tandem);

private:
    static Result<Checked> checkSubnet(const QString& text, Dialect dialect);
    static Result<Checked> checkShortIPv4(const QString& text, int prefixBits, Dialect dialect);
    static bool isHostName(const QString& text, Dialect dialect);
};
