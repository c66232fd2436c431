#pragma once

#include "config/ConfFile.h"
#include "config/PairKey.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

class ChronyHost;

// What apply or restore does to the key file chrony.conf names: Tandem's key put in, replaced or
// taken out. Every other line of the file stays as it is (ChronyKeyFile), and the secret is only
// ever in the file itself: never in progress, a message or the result line.
class KeyFileChange
{
public:
    // For apply: `key` goes in (replacing Tandem's earlier key); with `keepKeyId` Tandem's key of
    // that ID stays (refused when the file no longer holds it); with neither, Tandem's key comes
    // out. `config` is the new chrony.conf; nullopt when the key file stays as it is.
    static Result<std::optional<KeyFileChange>> forApply(const ChronyHost& host, const ConfFile& config,
                                                         const std::optional<PairKey>& key,
                                                         std::optional<quint32> keepKeyId);
    // For restore: a config from before Tandem's block (no block at all) takes Tandem's key out of
    // the key file that `current` names; a config with a block keeps the file as it is.
    static Result<std::optional<KeyFileChange>> forRestore(const ChronyHost& host, const ConfFile& current,
                                                           const ConfFile& restored);

    const QString& path() const { return m_path; }
    // What the helper says about it, without the key.
    QString summary() const;

    // Writes the new contents: never readable by others, a new file 0640 with chronyd's group.
    Status apply() const;
    // Puts the old contents back (or removes a file that did not exist).
    Status undo() const;

private:
    static Result<std::optional<KeyFileChange>> read(const ChronyHost& host, const QString& path);
    // The key file at `path` as it is, with Tandem's key in it noted (as the one to take out);
    // nullopt when there is no file to change (none named, or missing and not to be created).
    static Result<std::optional<KeyFileChange>> current(const ChronyHost& host, const QString& path, bool mayCreate);

    QString m_path;
    bool m_existed = false;
    QByteArray m_before;
    QByteArray m_after;
    quint32 m_removedKeyId = 0;
    quint32 m_addedKeyId = 0;
};
