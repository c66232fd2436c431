#pragma once

#include "config/Profile.h"
#include "helperprotocol/HelperRequest.h"

#include <QString>
#include <QStringList>

// What the admin chose in the wizard, in the wizard's words. One struct so that the plan, the
// helper request and the tests all start from the same thing.
struct SetupChoices
{
    enum class Path {
        Server,      // this machine is System 1: serves its clock
        Client,      // this machine is System 2: follows System 1
        OneTimeSync, // the guide's method 2: step once against System 1, no config change
    };

    Path path = Path::Server;
    QString peer; // Server: System 2's address or subnet; Client and OneTimeSync: System 1's address
    ServerMode mode = ServerMode::LocalOnly;
    int stratum = ProfileDefaults::Stratum;
    int minpoll = ProfileDefaults::MinPoll;
    int maxpoll = ProfileDefaults::MaxPoll;
    bool monitoring = true;
    bool monitorEverywhere = false; // bindcmdaddress on every interface instead of the one facing the peer
    bool stepAlways = false;        // Client: makestep 1 -1, for a System 1 whose clock may jump
    // How the other system reaches this one, for the other system's matching config.
    QString ownAddress;
    // A host-name peer's addresses, when the wizard has looked them up already (the plan then does
    // not look them up again, on the GUI thread); the helper looks the name up itself.
    QStringList peerAddresses;
    // The pair's shared key: made fresh on System 1's path, typed in as a code on System 2's;
    // none = System 2 believes any reply from System 1's address.
    std::optional<PairKey> key;
    // Or the key Tandem wrote on this system before (its ID from chrony.conf's block): kept as it is,
    // so the other system needs nothing new.
    std::optional<quint32> keepKeyId;

    HelperRequest helperRequest() const;
};

// Polling presets for System 2 (log2 seconds), with the guide's 2-second polling first.
struct PollingPreset
{
    enum class Id { Fast, Balanced, ChronyDefault, Custom };
    Id id;
    int minpoll;
    int maxpoll;
};

PollingPreset pollingPreset(PollingPreset::Id id);
// A request every 2^minpoll s at first: how many NTP packets a day that costs at most.
int requestsPerDay(int minpoll);
