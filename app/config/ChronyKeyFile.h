#pragma once

#include "PairKey.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

// chrony's key file (the file the `keyfile` directive names, chrony.conf(5) "keyfile"): one key per
// line, "ID [TYPE] KEY", with # ; ! comments. Only the IDs and types are kept: Tandem never holds
// a key's secret where it does not need it.
namespace ChronyKeyFile {

struct Key
{
    quint32 id = 0;
    QString type; // "MD5" when the line names none, as chronyd assumes
};

// The keys of a key file's contents; a line that is not a key is an error naming its line.
Result<QList<Key>> parse(const QByteArray& contents);

// Tandem's own key is the line right after this comment; every other line is the admin's and is
// kept byte for byte.
extern const QByteArray PairKeyMarker;

// The contents with Tandem's key replaced by (or added as) `key`. Refused when a key Tandem did
// not write has the same ID: that key is the admin's, and System 2 would use the wrong one.
Result<QByteArray> withPairKey(const QByteArray& contents, const PairKey& key);
// The contents without Tandem's key (the same bytes when there is none).
QByteArray withoutPairKey(const QByteArray& contents);
// The ID of Tandem's key in these contents, or 0 when there is none.
quint32 pairKeyId(const QByteArray& contents);

} // namespace ChronyKeyFile
