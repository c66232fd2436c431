#include "KeyFileChange.h"

#include "config/ChronyHost.h"
#include "config/ChronyKeyFile.h"
#include "config/LintRules.h"
#include "config/TandemBlock.h"
#include "privileged/AtomicFile.h"

#include <QFile>
#include <QFileInfo>

#include <grp.h>

using namespace Qt::StringLiterals;

namespace {

// The group chronyd runs as, which must read the key file: Debian's _chrony, or chrony elsewhere.
std::optional<gid_t> chronydGroup()
{
    for (const char* name : {"_chrony", "chrony"}) {
        if (const struct group* entry = ::getgrnam(name))
            return entry->gr_gid;
    }
    return std::nullopt;
}

} // namespace

Result<std::optional<KeyFileChange>> KeyFileChange::read(const ChronyHost& host, const QString& path)
{
    if (!host.holds(path))
        return Error{u"The key file %1 lies outside %2; Tandem writes only inside the system it acts on."_s.arg(
            path, host.root())};
    KeyFileChange change;
    const Result<QString> target =
        QFileInfo::exists(path) ? AtomicFile::replacementTarget(path) : Result<QString>(path);
    if (!target)
        return target.failure();
    change.m_path = *target;
    QFile file(change.m_path);
    change.m_existed = file.exists();
    if (change.m_existed) {
        if (!file.open(QIODevice::ReadOnly))
            return Error{u"Cannot read the key file %1: %2."_s.arg(change.m_path, file.errorString())};
        change.m_before = file.readAll();
    }
    change.m_after = change.m_before;
    return std::optional<KeyFileChange>(change);
}

Result<std::optional<KeyFileChange>> KeyFileChange::current(const ChronyHost& host, const QString& path, bool mayCreate)
{
    if (path.isEmpty() || (!mayCreate && !QFileInfo::exists(path)))
        return std::optional<KeyFileChange>();
    Result<std::optional<KeyFileChange>> read = KeyFileChange::read(host, path);
    if (read)
        (*read.value()).m_removedKeyId = ChronyKeyFile::pairKeyId((*read.value()).m_before);
    return read;
}

Result<std::optional<KeyFileChange>> KeyFileChange::forApply(const ChronyHost& host, const ConfFile& config,
                                                             const std::optional<PairKey>& key,
                                                             std::optional<quint32> keepKeyId)
{
    const QString path = LintRules::keyfilePath(config);
    if (path.isEmpty() && (key || keepKeyId))
        return Error{u"The new config names no key file for the pair's key."_s};
    Result<std::optional<KeyFileChange>> read = current(host, path, key.has_value());
    if (!read)
        return read;
    if (keepKeyId) {
        if (!*read || (*read)->m_removedKeyId != *keepKeyId)
            return Error{u"Tandem's key %1 is not in %2 any more: make a new key (the other system then needs its "
                         u"code)."_s.arg(*keepKeyId)
                             .arg(path)};
        return std::optional<KeyFileChange>(); // kept as it is
    }
    if (!*read)
        return read;
    KeyFileChange& change = *read.value();
    if (key) {
        const Result<QByteArray> next = ChronyKeyFile::withPairKey(change.m_before, *key);
        if (!next)
            return Error{u"%1: %2"_s.arg(change.m_path, next.error())};
        change.m_after = *next;
        change.m_addedKeyId = key->id;
    } else {
        change.m_after = ChronyKeyFile::withoutPairKey(change.m_before);
    }
    if (change.m_after == change.m_before && change.m_existed)
        return std::optional<KeyFileChange>();
    if (change.m_removedKeyId == change.m_addedKeyId)
        change.m_removedKeyId = 0; // the same key again is no removal
    return read;
}

Result<std::optional<KeyFileChange>> KeyFileChange::forRestore(const ChronyHost& host, const ConfFile& current,
                                                               const ConfFile& restored)
{
    if (TandemBlock::body(restored))
        return std::optional<KeyFileChange>();
    Result<std::optional<KeyFileChange>> read = KeyFileChange::current(host, LintRules::keyfilePath(current), false);
    if (!read || !*read || (*read)->m_removedKeyId == 0)
        return read ? Result<std::optional<KeyFileChange>>(std::optional<KeyFileChange>()) : read;
    KeyFileChange& change = *read.value();
    change.m_after = ChronyKeyFile::withoutPairKey(change.m_before);
    return read;
}

QString KeyFileChange::summary() const
{
    if (m_addedKeyId != 0 && m_removedKeyId != 0)
        return u"The pair's key %1 replaces Tandem's key %2 in %3."_s.arg(m_addedKeyId).arg(m_removedKeyId).arg(m_path);
    if (m_addedKeyId != 0)
        return u"The pair's key %1 is in %2."_s.arg(m_addedKeyId).arg(m_path);
    if (m_removedKeyId != 0)
        return u"Authentication is off: Tandem's key %1 was taken out of %2."_s.arg(m_removedKeyId).arg(m_path);
    return {};
}

Status KeyFileChange::apply() const
{
    return AtomicFile::writeSecret(m_path, m_after, chronydGroup());
}

Status KeyFileChange::undo() const
{
    if (m_existed)
        return AtomicFile::writeSecret(m_path, m_before, chronydGroup());
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        return Error{u"Cannot remove %1 again."_s.arg(m_path)};
    return success();
}
