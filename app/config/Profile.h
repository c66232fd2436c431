#pragma once

#include "ConfFile.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

// The guide's two roles (README, "The setup it automates") as settings Tandem writes into an existing chrony.conf.
enum class Role { Server, Client };
enum class ServerMode { LocalOnly, LocalAndPools }; // the guide's mode 1 / mode 2

// What a profile, the wizard's choices and the other system's suggested config start from: the
// guide's local stratum 10 and polling every 2 s (minpoll 1, maxpoll 1).
namespace ProfileDefaults {
constexpr int Stratum = 10;
constexpr int MinPoll = 1;
constexpr int MaxPoll = 1;
} // namespace ProfileDefaults

struct Profile
{
    Role role = Role::Server;
    QString peer; // server: the client's address or subnet; client: the server's address
    ServerMode mode = ServerMode::LocalOnly;
    int stratum = ProfileDefaults::Stratum; // local stratum (1..15)
    int minpoll = ProfileDefaults::MinPoll; // client polling (-7..24, maxpoll >= minpoll)
    int maxpoll = ProfileDefaults::MaxPoll;
    bool monitoring = true; // cmdallow PEER + a non-loopback bindcmdaddress
    // Where chronyd listens for the peer's monitoring: this machine's address that faces the peer
    // (filled in by resolvePeerAccess, or set by the lab), or every interface when the admin chose so.
    QString commandBindAddress;
    bool monitorOnAllInterfaces = false; // bindcmdaddress 0.0.0.0 (or ::), a stated choice
    // The peer's addresses for allow/cmdallow when the peer is a host name (resolvePeerAccess):
    // chronyd resolves a name there only once, while parsing, and refuses to start when it fails.
    QStringList peerAddresses;
    bool stepAlways = false; // client: "makestep 1 -1", follow System 1 even when its clock jumps
    int peerNtpPort = 0;     // client: 0 = default 123, else "port N" on the server line (lab)
    // The pair's shared key (PairKey): 0 = none. System 2's server line gets "key ID"; both
    // systems need a keyfile line, and the block adds `keyFile` when the base names no key file.
    quint32 keyId = 0;
    QString keyFile;
};

Status validateProfile(const Profile& profile);

// Whether the profile writes allow or cmdallow lines for its peer (which need addresses).
bool grantsPeerAccess(const Profile& profile);

// Whether the profile keeps the base file's online sources (server mode 2); every other profile
// disables them, so that the system follows only what Tandem's block names.
bool keepsOnlineSources(const Profile& profile);

// The base file with Tandem's block for `profile` (replacing any earlier block) and the lines that
// would fight it disabled with a marker. Everything else is kept byte for byte; applying the same
// profile twice gives the same bytes.
Result<ConfFile> applyProfile(const ConfFile& base, const Profile& profile);

// The pair's key ID that Tandem's block in `file` names (its "# Pair key N:" line), or 0.
quint32 pairKeyIdInBlock(const ConfFile& file);

// The base file without Tandem's block and with every line Tandem disabled restored.
ConfFile removeProfile(const ConfFile& base);
