#include "ProfileOptions.h"

#include "CliIo.h"
#include "config/PeerAccess.h"
#include "setup/PairBundle.h"

using namespace Qt::StringLiterals;

namespace {

std::optional<int> parseInt(const QCommandLineParser& parser, const QString& option, const QString& command)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok) {
        reportError(command, u"--%1 needs a whole number, not '%2'"_s.arg(option, parser.value(option)));
        return std::nullopt;
    }
    return value;
}

} // namespace

void addProfileOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {u"role"_s, u"server (System 1, serves its clock) or client (System 2, follows System 1)."_s, u"ROLE"_s},
        {u"peer"_s, u"server: System 2's address or subnet; client: System 1's address."_s, u"ADDRESS"_s},
        {u"mode"_s, u"server only: local-only (default) or local-and-pool."_s, u"MODE"_s},
        {u"minpoll"_s, u"client only: minimum polling interval, log2 seconds (default 1)."_s, u"N"_s},
        {u"maxpoll"_s, u"client only: maximum polling interval, log2 seconds (default 1)."_s, u"N"_s},
        {u"stratum"_s, u"server only: stratum of the local clock, 1..15 (default 10)."_s, u"N"_s},
        {u"no-monitoring"_s, u"Do not let the peer watch chronyd (no cmdallow/bindcmdaddress)."_s},
        {u"monitor-everywhere"_s, u"Listen for monitoring on every interface (bindcmdaddress 0.0.0.0), not only on "
                                  "the address that faces the peer."_s},
        {u"makestep-always"_s, u"client only: step whenever more than 1 s off (makestep 1 -1), for a System 1 "
                               "whose clock may jump."_s},
        {u"pair-key"_s,
         u"Authenticate the pair with the key in FILE, written by 'tandem-cli pair-key' or the "
         "wizard's export, or holding the pairing code ('-': standard input)."_s,
         u"FILE"_s},
        {u"keep-pair-key"_s,
         u"Keep the pair's key that Tandem wrote before (its ID is on chrony.conf's \"# Pair "
         "key ID:\" line), so the other system needs nothing new."_s,
         u"ID"_s},
    });
}

std::optional<Profile> readProfileOptions(const QCommandLineParser& parser, const QString& command)
{
    Profile result;
    Profile* const profile = &result;
    if (!parser.isSet(u"role"_s) || !parser.isSet(u"peer"_s)) {
        reportError(command, u"--role and --peer are required (try 'tandem-cli %1 --help')"_s.arg(command));
        return std::nullopt;
    }
    const QString role = parser.value(u"role"_s);
    if (role == u"server"_s) {
        profile->role = Role::Server;
    } else if (role == u"client"_s) {
        profile->role = Role::Client;
    } else {
        reportError(command, u"--role is 'server' (System 1) or 'client' (System 2), not '%1'"_s.arg(role));
        return std::nullopt;
    }
    const bool server = profile->role == Role::Server;
    const auto onlyFor = [&](const QString& option, bool allowed, const QString& forRole) {
        if (parser.isSet(option) && !allowed) {
            reportError(command, u"--%1 only applies to --role %2"_s.arg(option, forRole));
            return false;
        }
        return true;
    };
    if (!onlyFor(u"mode"_s, server, u"server"_s) || !onlyFor(u"stratum"_s, server, u"server"_s) ||
        !onlyFor(u"minpoll"_s, !server, u"client"_s) || !onlyFor(u"maxpoll"_s, !server, u"client"_s) ||
        !onlyFor(u"makestep-always"_s, !server, u"client"_s))
        return std::nullopt;

    profile->peer = parser.value(u"peer"_s);
    if (parser.isSet(u"mode"_s)) {
        const QString mode = parser.value(u"mode"_s);
        if (mode == u"local-only"_s) {
            profile->mode = ServerMode::LocalOnly;
        } else if (mode == u"local-and-pool"_s) {
            profile->mode = ServerMode::LocalAndPools;
        } else {
            reportError(command, u"--mode is 'local-only' or 'local-and-pool', not '%1'"_s.arg(mode));
            return std::nullopt;
        }
    }
    for (const auto& [option, field] :
         {std::pair{u"stratum"_s, &profile->stratum}, std::pair{u"minpoll"_s, &profile->minpoll},
          std::pair{u"maxpoll"_s, &profile->maxpoll}}) {
        if (!parser.isSet(option))
            continue;
        const auto value = parseInt(parser, option, command);
        if (!value)
            return std::nullopt;
        *field = *value;
    }
    profile->monitoring = !parser.isSet(u"no-monitoring"_s);
    profile->monitorOnAllInterfaces = parser.isSet(u"monitor-everywhere"_s);
    profile->stepAlways = parser.isSet(u"makestep-always"_s);
    // Names and the address facing the peer, found out on this machine as the helper will.
    const Result<Profile> resolved = PeerAccess::resolve(result);
    const Status valid = resolved ? validateProfile(*resolved) : Status(Error{resolved.error()});
    if (!valid.ok()) {
        reportError(command, valid.error());
        return std::nullopt;
    }
    return *resolved;
}

bool readPairKeyOption(const QCommandLineParser& parser, const QString& command, std::optional<PairKey>* key,
                       std::optional<quint32>* keepKeyId)
{
    key->reset();
    keepKeyId->reset();
    if (parser.isSet(u"pair-key"_s) && parser.isSet(u"keep-pair-key"_s)) {
        reportError(command, u"--pair-key writes a new key, --keep-pair-key keeps the old one: give one of them"_s);
        return false;
    }
    if (parser.isSet(u"keep-pair-key"_s)) {
        bool ok = false;
        const uint id = parser.value(u"keep-pair-key"_s).toUInt(&ok);
        if (!ok || id < 1 || id > PairKey::HighestId) {
            reportError(command, u"--keep-pair-key needs the key's ID, 1 to %1"_s.arg(PairKey::HighestId));
            return false;
        }
        *keepKeyId = id;
        return true;
    }
    if (!parser.isSet(u"pair-key"_s))
        return true;
    const Result<PairKey> read = PairBundle::readFile(parser.value(u"pair-key"_s));
    if (!read) {
        reportError(command, read.error());
        return false;
    }
    *key = *read;
    return true;
}
