#include "ChronydInstance.h"

#include "config/ConfFile.h"

#include "ChronydLog.h"
#include "ProcessTerminator.h"
#include "util/ProcessIdentity.h"
#include "vclock/tandem_vclock.h"

#include <QFile>
#include <QProcess>

#include <csignal>

#include <linux/capability.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// How often a detached daemon's log file is read for new lines.
constexpr int LogPollMs = 100;

QString currentUserName()
{
    const passwd* entry = ::getpwuid(::geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString::number(::geteuid());
}

// Runs in the child between fork and exec. A chronyd on a virtual clock must not be able to set
// this machine's clock even if the preload library missed a call: CAP_SYS_TIME leaves the bounding
// set, so exec cannot give it back (as root; a user never had it). If that fails, chronyd must not run.
void dropClockCapability()
{
    if (::geteuid() == 0 && ::prctl(PR_CAPBSET_DROP, CAP_SYS_TIME, 0, 0, 0) != 0)
        ::_exit(71);
}

} // namespace

ChronydInstance::ChronydInstance(const LabSystemPaths& paths, Ownership ownership, const QString& virtualClockLibrary,
                                 QObject* parent)
    : QObject(parent)
    , m_paths(paths)
    , m_ownership(ownership)
    , m_virtualClockLibrary(virtualClockLibrary)
{
    m_logPoll.setInterval(LogPollMs);
    connect(&m_logPoll, &QTimer::timeout, this, &ChronydInstance::readLogFile);
}

ChronydInstance::~ChronydInstance()
{
    if (m_ownership != Ownership::Child || !m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->disconnect(this);
    const Status status = ProcessTerminator::terminateNow(m_process->processId(), m_paths.configPath);
    if (!status)
        qWarning("lab: %s", qPrintable(status.error()));
    // The process has ended; let QProcess reap it now rather than warn about a running child.
    m_process->waitForFinished(1000);
}

QStringList ChronydInstance::arguments(const LabSystemPaths& paths, Ownership ownership, bool virtualClock)
{
    QStringList arguments;
    if (!virtualClock)
        arguments << u"-x"_s;
    arguments << u"-4"_s;
    if (::geteuid() == 0)
        arguments << u"-u"_s << u"root"_s;
    else
        arguments << u"-U"_s << u"-u"_s << currentUserName();
    if (ownership == Ownership::Child)
        arguments << u"-d"_s;
    else
        arguments << u"-l"_s << paths.logPath;
    arguments << u"-f"_s << paths.configPath;
    return arguments;
}

QString ChronydInstance::configProblem(const LabSystemPaths& paths)
{
    QFile file(paths.configPath);
    if (!file.open(QIODevice::ReadOnly))
        return u"cannot read %1: %2"_s.arg(paths.configPath, file.errorString());
    // Read as chronyd reads it (case, comment characters), by the config core's parser.
    bool pidFile = false;
    bool socket = false;
    for (const ConfDirective& directive : ConfFile::parse(file.readAll(), paths.configPath).directives()) {
        if (directive.name == u"pidfile"_s)
            pidFile = directive.arguments == QStringList{paths.pidPath};
        else if (directive.name == u"bindcmdaddress"_s && directive.arguments == QStringList{paths.socketPath})
            socket = true;
    }
    if (pidFile && socket)
        return {};
    return u"%1 does not keep this lab system's chronyd in its own directory (it needs 'pidfile %2' and "
           u"'bindcmdaddress %3'); started so, chronyd would use the machine's /run/chrony"_s.arg(
               paths.configPath, paths.pidPath, paths.socketPath);
}

void ChronydInstance::start()
{
    Q_ASSERT(!m_process);
    // A lab's chronyd must never reach for the machine's run directory or command port, whatever
    // config a restore puts back.
    if (const QString problem = configProblem(m_paths); !problem.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, problem] { emit failed(problem); }, Qt::QueuedConnection);
        return;
    }
    m_process = new QProcess(this);
    m_process->setProgram(u"chronyd"_s);
    const bool virtualClock = !m_virtualClockLibrary.isEmpty();
    m_process->setArguments(arguments(m_paths, m_ownership, virtualClock));
    m_process->setStandardOutputFile(QProcess::nullDevice());
    if (virtualClock) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LD_PRELOAD"_s, m_virtualClockLibrary);
        environment.insert(QStringLiteral(TANDEM_VCLOCK_ENV), m_paths.clockPath);
        m_process->setProcessEnvironment(environment);
    }
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit failed(u"cannot start chronyd: %1 (is chrony installed?)"_s.arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::readyReadStandardError, this, &ChronydInstance::readStandardError);
    if (m_ownership == Ownership::Child) {
        // The lab's daemons must not outlive their owner, even when it crashes or a test aborts.
        // The check against the pid read before fork() closes the race with an owner dying first.
        const pid_t owner = ::getpid();
        m_process->setChildProcessModifier([owner, virtualClock] {
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
            if (::getppid() != owner)
                ::_exit(1);
            if (virtualClock)
                dropClockCapability();
        });
        QFile::remove(m_paths.logPath);
        connect(m_process, &QProcess::started, this, [this] {
            m_pid = m_process->processId();
            emit running(m_pid);
        });
        connect(m_process, &QProcess::finished, this, &ChronydInstance::processFinished);
    } else {
        if (virtualClock)
            m_process->setChildProcessModifier([] { dropClockCapability(); });
        // Only what this daemon writes: a stale log from an earlier run would be read as news.
        QFile::remove(m_paths.logPath);
        connect(m_process, &QProcess::finished, this, &ChronydInstance::launcherFinished);
    }
    m_process->start();
}

void ChronydInstance::readStandardError()
{
    const QByteArray fresh = m_process->readAllStandardError();
    if (m_ownership == Ownership::Detached)
        m_launcherStderr += fresh;
    m_stderrBuffer += fresh;
    emitLines(m_stderrBuffer, m_ownership == Ownership::Child);
}

void ChronydInstance::emitLines(QByteArray& buffer, bool copyToLog)
{
    qsizetype end;
    while ((end = buffer.indexOf('\n')) >= 0) {
        const QByteArray line = buffer.left(end);
        buffer.remove(0, end + 1);
        if (copyToLog) {
            QFile log(m_paths.logPath);
            if (log.open(QIODevice::Append))
                log.write(line + '\n');
        }
        m_lastLine = ChronydLog::withoutTimestamp(QString::fromLocal8Bit(line));
        emit logLine(QString::fromLocal8Bit(line));
    }
}

void ChronydInstance::processFinished(int exitCode)
{
    m_stderrBuffer += m_process->readAllStandardError();
    if (!m_stderrBuffer.isEmpty()) {
        m_stderrBuffer += '\n';
        emitLines(m_stderrBuffer, true);
    }
    m_pid = 0;
    if (m_stopping) {
        m_stopping = !m_terminated;
        if (m_terminated)
            emit stopped();
        return;
    }
    emit failed(u"chronyd (%1) ended with status %2: %3"_s.arg(m_paths.configPath).arg(exitCode).arg(m_lastLine));
}

void ChronydInstance::launcherFinished(int exitCode)
{
    // chronyd's parent reports the daemon's initialisation: 0, or 1 with the fatal error on stderr.
    m_launcherStderr += m_process->readAllStandardError();
    const QString message = QString::fromLocal8Bit(m_launcherStderr).trimmed();
    m_stderrBuffer.clear();
    if (exitCode != 0) {
        emit failed(message.isEmpty()
                        ? u"chronyd (%1) failed to start (status %2)"_s.arg(m_paths.configPath).arg(exitCode)
                        : message);
        return;
    }
    const qint64 pid = ProcessIdentity::readPidFile(m_paths.pidPath);
    if (!ProcessIdentity::isChronydWithConfig(ProcessIdentity::commandLine(pid), m_paths.configPath)) {
        emit failed(u"chronyd (%1) started but %2 does not name it"_s.arg(m_paths.configPath, m_paths.pidPath));
        return;
    }
    m_pid = pid;
    m_logOffset = 0;
    m_logPoll.start();
    readLogFile();
    emit running(m_pid);
}

void ChronydInstance::readLogFile()
{
    QFile log(m_paths.logPath);
    if (!log.open(QIODevice::ReadOnly) || !log.seek(m_logOffset))
        return;
    const QByteArray fresh = log.readAll();
    m_logOffset += fresh.size();
    m_logBuffer += fresh;
    emitLines(m_logBuffer, false);
}

void ChronydInstance::stop()
{
    m_logPoll.stop();
    const bool childRunning =
        m_ownership == Ownership::Child && m_process && m_process->state() != QProcess::NotRunning;
    qint64 pid = m_pid;
    // Nothing started here (tandem-cli lab stop, or a detached daemon): what the pid file names.
    if (pid == 0 && !childRunning) {
        pid = ProcessIdentity::readPidFile(m_paths.pidPath);
        // A stale pid file (chronyd was killed) may name an unrelated process by now: not ours to end.
        if (!ProcessIdentity::isChronydWithConfig(ProcessIdentity::commandLine(pid), m_paths.configPath))
            pid = 0;
    }
    if (pid == 0 && !childRunning) {
        QMetaObject::invokeMethod(this, &ChronydInstance::stopped, Qt::QueuedConnection);
        return;
    }
    if (m_terminator)
        return; // already stopping
    m_stopping = true;
    m_terminated = false;
    m_terminator = new ProcessTerminator(this);
    connect(m_terminator, &ProcessTerminator::ended, this, &ChronydInstance::terminated);
    connect(m_terminator, &ProcessTerminator::failed, this, [this](const QString& reason) {
        m_terminator->deleteLater();
        m_terminator = nullptr;
        m_stopping = false;
        emit failed(reason);
    });
    m_terminator->terminate(childRunning ? m_process->processId() : pid, m_paths.configPath);
}

void ChronydInstance::terminated()
{
    m_terminator->deleteLater();
    m_terminator = nullptr;
    m_terminated = true;
    // A child is only gone once QProcess has reaped it; processFinished() reports it then.
    if (m_ownership == Ownership::Child && m_process && m_process->state() != QProcess::NotRunning)
        return;
    m_stopping = false;
    m_pid = 0;
    emit stopped();
}
