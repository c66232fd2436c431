#include "LabFiles.h"

#include "LabFixture.h"
#include "cmdmon/CmdmonClient.h"
#include "lab/LabConfig.h"
#include "lab/ProcessTerminator.h"
#include "privileged/AtomicFile.h"
#include "util/ProcessIdentity.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

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

QString LabFiles::restartWithSources(const LabSettings& settings, int index, const QByteArray& sources)
{
    const LabSystemPaths system = LabLayout::systemPaths(settings.directory, index);
    if (const Status ended = ProcessTerminator::terminateNow(runningPid(system), system.configPath); !ended)
        return ended.error();
    QByteArray config = sources;
    for (const QByteArray& line : LabConfig::labLines(settings, system, index))
        config += line + '\n';
    if (const Status written = AtomicFile::write(system.configPath, config); !written)
        return written.error();
    if (const QString failure = restartLabDaemon(system); !failure.isEmpty())
        return failure;
    QElapsedTimer waited;
    waited.start();
    while (!LabFiles::sources(system).ok()) {
        if (waited.elapsed() > 5000)
            return u"chronyd of system %1 does not answer after its restart"_s.arg(index);
        QTest::qWait(50);
    }
    return {};
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

Result<NtpDataReport> LabFiles::ntpData(const LabSystemPaths& paths, const QHostAddress& address)
{
    CmdmonEndpoint endpoint;
    endpoint.socketPath = paths.socketPath;
    CmdmonClient client(endpoint);
    auto* call = client.ntpData(address);
    QSignalSpy finished(call, &CmdmonCall::finished);
    if (!finished.wait(5000))
        return Error{u"no answer from %1"_s.arg(paths.socketPath)};
    return call->result();
}
