#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

// The key System 1 and System 2 share, so that System 2 takes time only from replies that carry
// System 1's MAC (chrony.conf(5), "key" on the server line, and "keyfile").
//
// Symmetric keys rather than NTS: the pair is two machines on a LAN that may both be offline and
// whose clocks may be far apart. NTS needs a certificate whose name and validity System 2 checks
// (its clock may be years off before the first sync), a second port (NTS-KE, TCP 4460) through
// both firewalls and a certificate file kept current on System 1. A shared key needs only a line
// in each key file, works from the first packet and over the NTP port already open.
//
// SHA256 (HMAC) because every chrony 4 build that supports keys has it; 128 random bits are above
// chronyd's 80-bit warning and short enough to carry across as a code an admin can type.
struct PairKey
{
    static constexpr int SecretBytes = 16;
    static constexpr quint32 LowestId = 1000; // above the small IDs admins pick by hand
    static constexpr quint32 HighestId = 65535;
    static constexpr int CodeCharacters = 36; // 22 bytes of base32, without the dashes

    quint32 id = 0;
    QByteArray secret; // SecretBytes raw bytes; never logged, never on a command line

    // A fresh key from the system's random source (getrandom), with a random ID in LowestId..HighestId.
    static PairKey generate();
    // The key as the request carries it: the ID and the secret's hex digits.
    static Result<PairKey> fromHex(qint64 id, const QString& hex);
    // The code typed on the other system: base32 of the ID, the secret and a 2-byte check, read
    // without regard to case, spaces or dashes (0, 1 and 8 are read as O, I and B).
    static Result<PairKey> fromCode(const QString& code);

    bool isValid() const { return id >= 1 && secret.size() == SecretBytes; }
    QString secretHex() const;
    // "ABCD-EFGH-..." in groups of four.
    QString code() const;
    // The key file's line: "ID SHA256 HEX:...".
    QByteArray keyFileLine() const;

    friend bool operator==(const PairKey& a, const PairKey& b) { return a.id == b.id && a.secret == b.secret; }
};
