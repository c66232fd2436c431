#pragma once

#include <QString>

// NTP's reference ID, as chronyd's reports and NTP packets both carry it: one home for what an ID
// means and how it is shown.

// chrony's reference id for its `local` reference clock: 127.127.1.1.
constexpr quint32 LocalClockReferenceId = 0x7F7F0101;

// How an admin reads a reference id: an IPv4 address for stratum 2 and above (IPv6 sources show up
// as a hash), four ASCII letters for stratum 1 (a reference clock such as "GPS"), "local clock" for
// chrony's local reference.
QString describeReferenceId(quint32 referenceId, int stratum);

// The printable characters of a reference ID, as chronyc shows IDs that are not addresses.
QString referenceIdText(quint32 referenceId);
