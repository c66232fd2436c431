#include "SysvChronyRestarter.h"

#include "lab/ProcessIdentity.h"
#include "privileged/ProcessDefaults.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

constexpr int PollMs = 50;
// chronyd ends within a second of SIGTERM; the init script's own stop waits no longer than this.
constexpr int ExitTimeoutMs = 10000;
// A started chronyd writes its pid file as soon as it has daemonised.
constexpr int StartTimeoutMs = 5000;

} // namespace

SysvChronyRestarter::SysvChronyRestarter(const QString& service, const QString& pidFile, QObject* parent)
    : ChronyRestarter(parent)
    , m_service(service)
    , m_pidFile(pidFile)
{
    // The system's limits, priority and CPUs, and a session of its own: the caller's `ulimit`, `nice`
    // and Ctrl+C must not reach the init script or the chronyd it starts.
    ProcessDefaults::ofSystem().prepare(m_process);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::finished, this, &SysvChronyRestarter::actionFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(u"'%1' could not be started"_s.arg(m_service));
    });
    m_pollTimer.setInterval(PollMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &SysvChronyRestarter::poll);
}

QString SysvChronyRestarter::serviceProgram()
{
    for (const QString& path : {u"/usr/sbin/service"_s, u"/sbin/service"_s}) {
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return {};
}

QString SysvChronyRestarter::initScriptName()
{
    for (const QString& name : {u"chrony"_s, u"chronyd"_s}) {
        if (QFileInfo(u"/etc/init.d/"_s + name).isExecutable())
            return name;
    }
    return {};
}

void SysvChronyRestarter::restart()
{
    m_script = initScriptName();
    if (m_service.isEmpty() || m_script.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { fail(u"neither systemd nor a chrony init script was found"_s); }, Qt::QueuedConnection);
        return;
    }
    m_oldPid = runningChronyd();
    m_phase = Phase::Stopping;
    run(u"stop"_s);
}

qint64 SysvChronyRestarter::runningChronyd() const
{
    const qint64 pid = ProcessIdentity::readPidFile(m_pidFile);
    const QStringList argv = ProcessIdentity::commandLine(pid); // empty for a zombie
    return !argv.isEmpty() && QFileInfo(argv.constFirst()).fileName() == u"chronyd"_s ? pid : 0;
}

void SysvChronyRestarter::run(const QString& action)
{
    m_process.start(m_service, {m_script, action});
}

void SysvChronyRestarter::actionFinished(int exitCode, QProcess::ExitStatus status)
{
    const QString output = QString::fromLocal8Bit(m_process.readAll()).trimmed().left(300);
    if (status != QProcess::NormalExit || exitCode != 0) {
        fail(u"'%1 %2 %3' failed (%4)%5"_s.arg(m_service, m_script, m_phase == Phase::Stopping ? u"stop"_s : u"start"_s)
                 .arg(exitCode)
                 .arg(output.isEmpty() ? QString() : u": "_s + output));
        return;
    }
    m_phase = m_phase == Phase::Stopping ? Phase::WaitingForExit : Phase::WaitingForStart;
    m_waited.start();
    poll();
    if (m_phase == Phase::WaitingForExit || m_phase == Phase::WaitingForStart)
        m_pollTimer.start();
}

void SysvChronyRestarter::poll()
{
    if (m_phase == Phase::WaitingForExit) {
        if (m_oldPid == 0 || ProcessIdentity::commandLine(m_oldPid).isEmpty()) {
            m_pollTimer.stop();
            m_phase = Phase::Starting;
            run(u"start"_s);
        } else if (m_waited.elapsed() > ExitTimeoutMs) {
            fail(u"chronyd (pid %1) was asked to stop but still runs after %2 s"_s.arg(m_oldPid).arg(ExitTimeoutMs /
                                                                                                     1000));
        }
        return;
    }
    if (m_phase != Phase::WaitingForStart)
        return;
    const qint64 pid = runningChronyd();
    if (pid != 0 && pid != m_oldPid) {
        m_pollTimer.stop();
        emit finished(true, {});
    } else if (m_waited.elapsed() > StartTimeoutMs) {
        fail(u"the init script reported success, but no chronyd runs (%1 names none after %2 s; chronyd's log says "
             u"why)"_s.arg(m_pidFile)
                 .arg(StartTimeoutMs / 1000));
    }
}

void SysvChronyRestarter::fail(const QString& message)
{
    m_pollTimer.stop();
    m_phase = Phase::Stopping;
    emit finished(false, u"chrony could not be restarted: %1."_s.arg(message));
}
