#include "LabFiles.h"

#include "LabFixture.h"
#include "cmdmon/CmdmonClient.h"
#include "lab/ProcessIdentity.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

QMap<QString, QByteArray> LabFiles::snapshot(const QString& directory)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(u"/log/"_s) || path.contains(u"/run/"_s) || path.endsWith(u".drift"_s) ||
            path.endsWith(u"/clock"_s))
            continue;
        files.insert(path, read(path));
    }
    return files;
}

QByteArray LabFiles::read(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

qint64 LabFiles::runningPid(const LabSystemPaths& paths)
{
    const qint64 pid = ProcessIdentity::readPidFile(paths.pidPath);
    if (pid <= 0 || !processIsAlive(pid))
        return 0;
    return ProcessIdentity::isChronydWithConfig(ProcessIdentity::commandLine(pid), paths.configPath) ? pid : 0;
}

Result<QList<SourceReport>> LabFiles::sources(const LabSystemPaths& paths)
{
    CmdmonEndpoint endpoint;
    endpoint.socketPath = paths.socketPath;
    CmdmonClient client(endpoint);
    auto* call = client.sources();
    QSignalSpy finished(call, &CmdmonCall::finished);
    if (!finished.wait(5000))
        return Error{u"no answer from %1"_s.arg(paths.socketPath)};
    return call->result();
}
