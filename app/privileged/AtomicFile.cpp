#include "AtomicFile.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

Status writeAll(int fd, const QByteArray& contents)
{
    qsizetype written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(fd, contents.constData() + written, size_t(contents.size() - written));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Error{systemError(errno)};
        }
        written += n;
    }
    return success();
}

Status syncDirectory(const QString& directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return Error{systemError(errno)};
    const int result = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (result != 0)
        return Error{systemError(error)};
    return success();
}

// The contents in a new temporary file next to `path`, with the owner and mode given, on disk: the
// first half of every write. Its name, or why there is none (nothing is left behind then).
Result<QByteArray> writeTemporary(const QString& path, const QByteArray& contents, mode_t mode, uid_t owner,
                                  gid_t group)
{
    QByteArray temporary = QFile::encodeName(AtomicFile::temporaryPrefix(path)) + "XXXXXX";
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0)
        return Error{u"Cannot create a temporary file next to %1: %2."_s.arg(path, systemError(errno))};

    auto fail = [&](const QString& what, int error) -> Error {
        ::close(fd);
        ::unlink(temporary.constData());
        return Error{u"Cannot write %1 (%2: %3); the file is unchanged."_s.arg(path, what, systemError(error))};
    };
    if (Status written = writeAll(fd, contents); !written) {
        ::close(fd);
        ::unlink(temporary.constData());
        return Error{u"Cannot write %1 (%2); the file is unchanged."_s.arg(path, written.error())};
    }
    if (::fchown(fd, owner, group) != 0 && (owner != ::geteuid() || group != ::getegid()))
        return fail(u"keeping the owner"_s, errno);
    if (::fchmod(fd, mode) != 0)
        return fail(u"keeping the mode"_s, errno);
    // The data must be on disk before the rename makes it the live file, or a power cut could
    // leave an empty chrony.conf behind a completed rename.
    if (::fsync(fd) != 0)
        return fail(u"flushing to disk"_s, errno);
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(temporary.constData());
        return Error{u"Cannot write %1 (closing: %2); the file is unchanged."_s.arg(path, systemError(error))};
    }
    return temporary;
}

} // namespace

QString AtomicFile::temporaryPrefix(const QString& path)
{
    const QFileInfo info(path);
    return info.absolutePath() + u"/."_s + info.fileName() + u".tandem-"_s;
}

void AtomicFile::removeStaleTemporaries(const QString& path)
{
    const QFileInfo info(path);
    QDir directory(info.absolutePath());
    const QString pattern = u"."_s + info.fileName() + u".tandem-*"_s;
    for (const QString& name : directory.entryList({pattern}, QDir::Files | QDir::Hidden | QDir::System))
        directory.remove(name);
}

Result<QString> AtomicFile::replacementTarget(const QString& path)
{
    const QFileInfo link(path);
    if (!link.isSymLink())
        return path;
    const QString target = link.canonicalFilePath();
    if (target.isEmpty() || !QFileInfo(target).isFile())
        return Error{u"%1 is a symlink to %2, which is not a regular file; it was left alone."_s.arg(
            path, link.symLinkTarget())};
    const QString directory = QFileInfo(target).absolutePath();
    struct stat info = {};
    if (::stat(QFile::encodeName(directory).constData(), &info) != 0)
        return Error{u"Cannot inspect %1: %2."_s.arg(directory, systemError(errno))};
    const bool ownersOnly =
        (info.st_uid == 0 || info.st_uid == ::geteuid()) && (info.st_mode & (S_IWGRP | S_IWOTH)) == 0;
    if (!ownersOnly)
        return Error{u"%1 is a symlink to %2, in a directory that others can write to; write the config there "
                     u"yourself, or make the directory writable by root only."_s.arg(path, target)};
    return target;
}

namespace {

// What the file is now: its mode, owner and group, or none when it does not exist yet.
struct Existing
{
    mode_t mode = 0;
    uid_t owner = 0;
    gid_t group = 0;
};

Result<std::optional<Existing>> inspect(const QString& path)
{
    struct stat existing
    {};
    if (::stat(QFile::encodeName(path).constData(), &existing) == 0) {
        if (!S_ISREG(existing.st_mode))
            return Error{u"%1 is not a regular file; it was left alone."_s.arg(path)};
        return std::optional<Existing>(Existing{mode_t(existing.st_mode & 07777), existing.st_uid, existing.st_gid});
    }
    if (errno != ENOENT)
        return Error{u"Cannot inspect %1: %2."_s.arg(path, systemError(errno))};
    return std::optional<Existing>();
}

Status replace(const QString& path, const QByteArray& contents, mode_t mode, uid_t owner, gid_t group)
{
    const QByteArray target = QFile::encodeName(path);
    const Result<QByteArray> written = writeTemporary(path, contents, mode, owner, group);
    if (!written)
        return written.failure();
    const QByteArray temporary = *written;
    if (::rename(temporary.constData(), target.constData()) != 0) {
        const int error = errno;
        ::unlink(temporary.constData());
        return Error{u"Cannot replace %1: %2; the file is unchanged."_s.arg(path, systemError(error))};
    }
    // The rename itself lives in the directory; without this a crash could bring the old name back.
    if (Status synced = syncDirectory(QFileInfo(path).absolutePath()); !synced)
        return Error{
            u"%1 was replaced but its directory could not be flushed to disk: %2."_s.arg(path, synced.error())};
    return success();
}

} // namespace

Status AtomicFile::write(const QString& path, const QByteArray& contents, mode_t modeForNewFile)
{
    // Keep what the admin (or the package) chose for the file: chrony.conf is usually root:root
    // 0644, but a site may have tightened it.
    const Result<std::optional<Existing>> existing = inspect(path);
    if (!existing)
        return existing.failure();
    if (*existing)
        return replace(path, contents, (*existing)->mode, (*existing)->owner, (*existing)->group);
    return replace(path, contents, modeForNewFile, ::geteuid(), ::getegid());
}

Status AtomicFile::writeSecret(const QString& path, const QByteArray& contents, std::optional<gid_t> groupForNewFile)
{
    constexpr mode_t OthersBits = S_IRWXO;
    const Result<std::optional<Existing>> existing = inspect(path);
    if (!existing)
        return existing.failure();
    // The temporary gets the final mode before a byte is written, so the secret is never readable
    // by others, not even for the moment between the rename and a chmod.
    if (*existing)
        return replace(path, contents, (*existing)->mode & ~OthersBits, (*existing)->owner, (*existing)->group);
    return replace(path, contents, S_IRUSR | S_IWUSR | S_IRGRP, ::geteuid(), groupForNewFile.value_or(::getegid()));
}

Result<bool> AtomicFile::create(const QString& path, const QByteArray& contents, mode_t mode)
{
    const Result<QByteArray> written = writeTemporary(path, contents, mode, ::geteuid(), ::getegid());
    if (!written)
        return written.failure();
    // link() never replaces: of two writers choosing the same name, exactly one gets it.
    const int linked = ::link(written->constData(), QFile::encodeName(path).constData());
    const int error = errno;
    ::unlink(written->constData());
    if (linked != 0) {
        if (error == EEXIST)
            return false;
        return Error{u"Cannot create %1: %2."_s.arg(path, systemError(error))};
    }
    if (Status synced = syncDirectory(QFileInfo(path).absolutePath()); !synced)
        return Error{u"%1 was created but its directory could not be flushed to disk: %2."_s.arg(path, synced.error())};
    return true;
}
