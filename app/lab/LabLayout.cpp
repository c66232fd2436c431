#include "LabLayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace LabLayout {

LabSystemPaths systemPaths(const QString& labDirectory, int index)
{
    const QDir root(QDir(labDirectory).filePath(u"system%1"_s.arg(index)));
    LabSystemPaths paths;
    paths.root = root.path();
    paths.configPath = root.filePath(u"etc/chrony/chrony.conf"_s);
    paths.runDirectory = root.filePath(u"run/chrony"_s);
    paths.socketPath = root.filePath(u"run/chrony/chronyd.sock"_s);
    paths.pidPath = root.filePath(u"run/chrony/chronyd.pid"_s);
    paths.logPath = root.filePath(u"log/chronyd.log"_s);
    paths.driftPath = root.filePath(u"lib/chrony.drift"_s);
    paths.clockPath = root.filePath(u"clock"_s);
    return paths;
}

Status prepare(const LabSystemPaths& paths)
{
    for (const QString& file : {paths.configPath, paths.logPath, paths.driftPath, paths.runDirectory}) {
        const QString directory = QFileInfo(file).path();
        if (!QDir().mkpath(directory))
            return Error{QCoreApplication::translate("LabLayout", "cannot create the directory %1").arg(directory)};
    }
    // A Unix socket path must fit sockaddr_un's 108 bytes, or chronyd cannot bind it.
    if (QFile::encodeName(paths.socketPath).size() >= 108)
        return Error{QCoreApplication::translate(
                         "LabLayout",
                         "the lab directory is too deep: the command socket path %1 is longer than the 107 bytes a "
                         "Unix socket allows")
                         .arg(paths.socketPath)};
    const QByteArray run = QFile::encodeName(paths.runDirectory);
    if (::mkdir(run.constData(), 0770) != 0 && errno != EEXIST)
        return Error{QCoreApplication::translate("LabLayout", "cannot create the directory %1: %2")
                         .arg(paths.runDirectory, QString::fromLocal8Bit(strerror(errno)))};
    struct stat info = {};
    if (::stat(run.constData(), &info) != 0 || !S_ISDIR(info.st_mode))
        return Error{QCoreApplication::translate("LabLayout", "%1 is not a directory").arg(paths.runDirectory)};
    if (info.st_uid != ::geteuid() || info.st_gid != ::getegid())
        return Error{QCoreApplication::translate(
                         "LabLayout",
                         "%1 belongs to uid %2 gid %3, not to the user chronyd runs as (uid %4 gid %5): chronyd would "
                         "disable its command socket")
                         .arg(paths.runDirectory)
                         .arg(info.st_uid)
                         .arg(info.st_gid)
                         .arg(::geteuid())
                         .arg(::getegid())};
    // mkdir's mode went through the umask; chronyd wants exactly no permissions for others.
    if ((info.st_mode & 07777 & ~0770) != 0 && ::chmod(run.constData(), 0770) != 0)
        return Error{QCoreApplication::translate("LabLayout", "cannot set the mode of %1 to 0770: %2")
                         .arg(paths.runDirectory, QString::fromLocal8Bit(strerror(errno)))};
    return success();
}

} // namespace LabLayout
