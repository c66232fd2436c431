#pragma once

#include "Profile.h"
#include "util/Result.h"

#include <QHostAddress>

class QHostInfo;

// What a profile needs to know about this machine and its network before it can be written, found
// out where chronyd runs (by the helper at apply time, and by the plan on the same machine):
// - the addresses of a peer given by name, for allow/cmdallow (chronyd resolves a name there only
//   once, while it reads the file, and refuses to start when it does not resolve);
// - which of this machine's addresses faces the peer, for bindcmdaddress (rather than every
//   interface, which opens the command port to every network the machine is on).
namespace PeerAccess {

// The profile with peerAddresses and commandBindAddress filled in where they are needed; an error
// names what could not be found out and what to do instead. A host name is looked up here,
// blocking, unless the profile already has its addresses: the GUI looks up first (needsLookup,
// QHostInfo::lookupHost, addressesFrom), the helper and the CLI let this do it.
Result<Profile> resolve(Profile profile);

// Whether the peer is a host name whose addresses allow/cmdallow need and the profile lacks.
bool needsLookup(const Profile& profile);

// The peer's addresses from a finished lookup, or why there are none.
Result<QStringList> addressesFrom(const QHostInfo& info, const Profile& profile);

// The address this machine's kernel would send from to reach `peer` (LocalRoute; no packet is sent).
Result<QHostAddress> addressFacing(const QHostAddress& peer);

} // namespace PeerAccess
