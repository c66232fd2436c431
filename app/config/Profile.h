#pragma once

#include "ConfFile.h"
#include "util/Result.h"

#include <QString>

// The seed guide's two roles as settings Tandem writes into an existing chrony.conf.
enum class Role { Server, Client };
enum class ServerMode { LocalOnly, LocalAndPools }; // seed's mode 1 / mode 2

struct Profile
{
    Role role = Role::Server;
    QString peer; // server: the client's address or subnet; client: the server's address
    ServerMode mode = ServerMode::LocalOnly;
    int stratum = 10;             // local stratum (1..15)
    int minpoll = 1, maxpoll = 1; // client polling (-7..24, maxpoll >= minpoll)
    bool monitoring = true;       // cmdallow PEER + a non-loopback bindcmdaddress
    QString commandBindAddress;   // empty: 0.0.0.0 (or :: for an IPv6 peer); the lab sets its own address
    int peerNtpPort = 0;          // client: 0 = default 123, else "port N" on the server line (lab)
};

Status validateProfile(const Profile& profile);

// Whether the profile keeps the base file's online sources (server mode 2); every other profile
// disables them, so that the system follows only what Tandem's block names.
bool keepsOnlineSources(const Profile& profile);

// The base file with Tandem's block for `profile` (replacing any earlier block) and the lines that
// would fight it disabled with a marker. Everything else is kept byte for byte; applying the same
// profile twice gives the same bytes.
Result<ConfFile> applyProfile(const ConfFile& base, const Profile& profile);

// The base file without Tandem's block and with every line Tandem disabled restored.
ConfFile removeProfile(const ConfFile& base);
