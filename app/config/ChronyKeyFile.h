#pragma once

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

} // namespace ChronyKeyFile
