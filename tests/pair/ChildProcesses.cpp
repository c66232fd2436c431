#include "ChildProcesses.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {

QByteArray readProcFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

QList<qint64> ChildProcesses::all()
{
    QList<qint64> pids;
    const QDir tasks(u"/proc/self/task"_s);
    for (const QString& task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QByteArray children = readProcFile(tasks.filePath(task) + u"/children"_s);
        for (const QByteArray& pid : children.split(' ')) {
            if (const qint64 value = pid.trimmed().toLongLong(); value > 0)
                pids.append(value);
        }
    }
    return pids;
}

qint64 ChildProcesses::running(const QByteArray& program)
{
    for (const qint64 pid : all()) {
        // /proc/PID/cmdline is readable even for a setuid child (pkexec's helper runs as root).
        if (readProcFile(u"/proc/%1/cmdline"_s.arg(pid)).split('\0').value(0) == program)
            return pid;
    }
    return 0;
}
