#pragma once

#include "setup/MachineRole.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// The backups of one system's chrony.conf as the admin sees them before choosing one to restore:
// read without privileges (a backup is as readable as the file it copied, BackupStore), each with its
// time and what it would make of this system, newest first. One this user may not read is still
// listed, with its time.
struct BackupEntry
{
    QString id;
    QDateTime time; // UTC, from the ID
    bool readable = false;
    QByteArray contents;
    MachineRole role;    // what the backed-up file makes of this system
    bool oldest = false; // the first one kept: usually the config from before Tandem's first change

    // "System 2, following 192.168.1.2", "before Tandem (a plain client of internet time servers)", ...
    QString summary() const;
    QJsonObject toJson() const;
};

namespace BackupCatalog {

// Every backup in `directory`, newest first (an empty list when there is none or it cannot be read).
QList<BackupEntry> list(const QString& directory);

} // namespace BackupCatalog
