#include "ProcessIdentity.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ProcessIdentity {

QStringList commandLine(qint64 pid)
{
    if (pid <= 0)
        return {};
    QFile file(u"/proc/%1/cmdline"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (bytes.endsWith('\0'))
        bytes.chop(1);
    if (bytes.isEmpty())
        return {}; // a zombie has no command line any more
    QStringList argv;
    for (const QByteArray& argument : bytes.split('\0'))
        argv.append(QFile::decodeName(argument));
    return argv;
}

bool isChronydWithConfig(const QStringList& argv, const QString& configPath)
{
    if (argv.isEmpty() || QFileInfo(argv.constFirst()).fileName() != u"chronyd"_s)
        return false;
    const qsizetype option = argv.indexOf(u"-f"_s);
    return option > 0 && option + 1 < argv.size() && argv.at(option + 1) == configPath;
}

qint64 readPidFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    bool ok = false;
    const qint64 pid = file.read(32).trimmed().toLongLong(&ok);
    return ok && pid > 0 ? pid : 0;
}

quint64 startTime(qint64 pid)
{
    if (pid <= 0)
        return 0;
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = file.readAll();
    // The command name (field 2) is in parentheses and may itself hold spaces and ')'.
    const qsizetype nameEnd = stat.lastIndexOf(')');
    if (nameEnd < 0)
        return 0;
    // After the name: field 3 (state) is the first, so field 22 is the 20th.
    const QList<QByteArray> fields = stat.mid(nameEnd + 1).simplified().split(' ');
    constexpr qsizetype StartTimeAfterName = 19;
    if (fields.size() <= StartTimeAfterName)
        return 0;
    // A zombie has ended; it only waits for its parent to collect it.
    const QByteArray state = fields.at(0);
    if (state == "Z" || state == "X")
        return 0;
    return fields.at(StartTimeAfterName).toULongLong();
}

} // namespace ProcessIdentity
