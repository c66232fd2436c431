#pragma once

#include "util/Result.h"

#include <QString>

// Checks the addresses an admin types before they reach a chrony.conf line (profiles, lint and the
// privileged helper share it). A value that passes is one word chrony can parse: no whitespace, no
// comment or shell characters, so it cannot smuggle a second directive into the file.
class AddressValidator
{
public:
    enum class Use {
        Host,         // server/pool/peer target, a profile's peer: IPv4, IPv6 or host name
        HostOrSubnet, // allow/deny/cmdallow/cmddeny: also subnets and chrony's short forms
        IpOnly,       // bindaddress/bindcmdaddress: chronyd takes no host names there
    };

    enum class Kind { IPv4, IPv6, HostName, SubnetIPv4, SubnetIPv6 };

    struct Checked
    {
        QString text; // the address as it will be written
        Kind kind = Kind::IPv4;

        bool isIPv6() const { return kind == Kind::IPv6 || kind == Kind::SubnetIPv6; }
        bool isSubnet() const { return kind == Kind::SubnetIPv4 || kind == Kind::SubnetIPv6; }
    };

    static Result<Checked> check(const QString& text, Use use);

private:
    static Result<Checked> checkSubnet(const QString& text);
    static Result<Checked> checkShortIPv4(const QString& text, int prefixBits);
    static bool isHostName(const QString& text);
};
