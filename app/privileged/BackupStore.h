#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// Timestamped copies of chrony.conf taken before every change (/var/lib/tandem/backups). A backup is
// exactly as readable as the file it copies: 0644 for Debian's world-readable chrony.conf, so the
// window and `tandem-cli restore --list` can show and compare them without a password, and 0600 for a
// config that others may not read. The directory is 0755 (its names are only timestamps). A backup is
// named by an ID like 20261126-063150-000 (UTC time and a counter); callers only ever name backups by
// an ID that list() returned, never by a path.
class BackupStore
{
public:
    explicit BackupStore(QString directory);

    static bool isValidId(const QString& id);
    // When the backup with that ID was taken (UTC, to the second); invalid for a malformed ID.
    static QDateTime timeOf(const QString& id);

    const QString& directory() const { return m_directory; }

    // Writes a new backup atomically with `mode` (modeFor) and returns its ID.
    Result<QString> save(const QByteArray& contents, const QDateTime& now = QDateTime::currentDateTimeUtc(),
                         int mode = 0600);
    // The mode a backup of `path` gets: 0644 when others may read the file, else 0600.
    static int modeFor(const QString& path);

    // IDs of every stored backup, newest first.
    QStringList list() const;

    // The contents of a listed backup. An ID that is well formed but not listed is refused.
    Result<QByteArray> read(const QString& id) const;

    QString pathOf(const QString& id) const;

    // Keeps the newest `keep` backups, so that years of applies do not fill /var, and besides them
    // the oldest one (the config as it was before Tandem's first change: however many applies
    // followed, the way back to it stays) and those in `alsoKeep` (the one a restore is putting back).
    void prune(int keep, const QStringList& alsoKeep = {});

    // Removes a backup this run took itself and no longer needs (its write failed).
    void remove(const QString& id);

private:
    QString m_directory;
};
