#include "SysvChronyRestarter.h"

#include "privileged/ProcessDefaults.h"
#include "util/ProcessIdentity.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

constexpr int PollMs = 50;
// A started chronyd writes its pid file as soon as it has daemonised.
constexpr int StartTimeoutMs = 5000;

// $1 service, $2 init script, $3 the old chronyd's pid (0: none). chronyd ends within a second of
// SIGTERM; the wait for it is bounded (200 x 0.05 s). A zombie has an empty command line; its length
// is read, not stat'ed: /proc files have size 0, so `[ -s /proc/PID/cmdline ]` is always false (a
// wait written that way never waited, and `start` then found the old daemon "already running").
// Nothing is written to the helper's pipe between `stop` and `start`: a helper killed there closes
// that pipe, and the init script's next "Stopping time daemon" line would die of SIGPIPE and leave
// chronyd stopped (seen on a pair). `stop`'s words are kept in a variable (it starts no daemon that
// could hold the substitution open); `start`'s go to /dev/null, and chronyd's log says why it failed.
constexpr const char* RestartScript = R"sh(
alive() { [ -n "$(tr -d '\000' <"/proc/$1/cmdline" 2>/dev/null)" ]; }
said=$("$1" "$2" stop 2>&1) || { status=$?; echo "'$1 $2 stop' failed ($status): $said"; exit 1; }
n=0
while [ "$3" != 0 ] && alive "$3"; do
    n=$((n + 1))
    if [ $n -gt 200 ]; then echo "chronyd (pid $3) was asked to stop but still runs after 10 s"; exit 1; fi
    sleep 0.05
done
"$1" "$2" start >/dev/null 2>&1 || { status=$?; echo "'$1 $2 start' failed ($status; chronyd's log says why)"; exit 1; }
)sh";

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
    connect(&m_process, &QProcess::finished, this, &SysvChronyRestarter::restartFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(u"'sh' could not be started to run '%1'"_s.arg(m_service));
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
    m_phase = Phase::Restarting;
    m_process.start(u"/bin/sh"_s, {u"-c"_s, QString::fromLatin1(RestartScript), u"sh"_s, m_service, m_script,
                                   QString::number(m_oldPid)});
}

qint64 SysvChronyRestarter::runningChronyd() const
{
    const qint64 pid = ProcessIdentity::readPidFile(m_pidFile);
    const QStringList argv = ProcessIdentity::commandLine(pid); // empty for a zombie
    return !argv.isEmpty() && QFileInfo(argv.constFirst()).fileName() == u"chronyd"_s ? pid : 0;
}

void SysvChronyRestarter::restartFinished(int exitCode, QProcess::ExitStatus status)
{
    const QString output = QString::fromLocal8Bit(m_process.readAll()).trimmed().right(300);
    if (status != QProcess::NormalExit || exitCode != 0) {
        fail(output.isEmpty() ? u"'%1 %2 restart' failed (%3)"_s.arg(m_service, m_script).arg(exitCode) : output);
        return;
    }
    m_phase = Phase::WaitingForStart;
    m_waited.start();
    poll();
    if (m_phase == Phase::WaitingForStart)
        m_pollTimer.start();
}

void SysvChronyRestarter::poll()
{
    if (m_phase != Phase::WaitingForStart)
        return;
    const qint64 pid = runningChronyd();
    if (pid != 0 && pid != m_oldPid) {
        m_pollTimer.stop();
        m_phase = Phase::Idle;
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
    m_phase = Phase::Idle;
    emit finished(false, u"chrony could not be restarted: %1."_s.arg(message));
}
