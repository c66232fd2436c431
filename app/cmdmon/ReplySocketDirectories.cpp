#include "ReplySocketDirectories.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString Prefix = u"tandem."_s;

bool processRuns(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

} // namespace

namespace ReplySocketDirectories {

int create(const QString& parent, QString* created)
{
    QByteArray pattern = QFile::encodeName(parent + u'/' + Prefix + QString::number(::getpid()) + u".XXXXXX"_s);
    if (!::mkdtemp(pattern.data()))
        return errno;
    ::chmod(pattern.constData(), 0711);
    *created = QFile::decodeName(pattern);
    return 0;
}

int removeStale(const QString& parent)
{
    const int parentFd = ::open(QFile::encodeName(parent).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (parentFd < 0)
        return 0;
    int removed = 0;
    const QStringList names = QDir(parent).entryList({Prefix + u"*"_s}, QDir::Dirs | QDir::Hidden | QDir::System);
    for (const QString& name : names) {
        const QStringList parts = name.split(u'.');
        bool ok = false;
        const qint64 pid = parts.size() == 3 ? parts.at(1).toLongLong(&ok) : 0;
        if (!ok || pid <= 0 || processRuns(pid))
            continue;
        const QByteArray encoded = QFile::encodeName(name);
        struct stat info = {};
        // Relative to the parent and without following links: only a real directory of our own.
        if (::fstatat(parentFd, encoded.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISDIR(info.st_mode) ||
            info.st_uid != ::geteuid())
            continue;
        const int directoryFd =
            ::openat(parentFd, encoded.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (directoryFd < 0)
            continue;
        ::unlinkat(directoryFd, "sock", 0);
        ::close(directoryFd);
        if (::unlinkat(parentFd, encoded.constData(), AT_REMOVEDIR) == 0)
            ++removed;
    }
    ::close(parentFd);
    return removed;
}

} // namespace ReplySocketDirectories
