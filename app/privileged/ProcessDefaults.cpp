#include "ProcessDefaults.h"

#include <QFile>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>

#include <csignal>
#include <sched.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// The names /proc/PID/limits gives each resource (linux/fs/proc/base.c).
struct LimitName
{
    int resource;
    const char* name;
};
constexpr LimitName LimitNames[] = {
    {RLIMIT_CPU, "Max cpu time"},
    {RLIMIT_FSIZE, "Max file size"},
    {RLIMIT_DATA, "Max data size"},
    {RLIMIT_STACK, "Max stack size"},
    {RLIMIT_CORE, "Max core file size"},
    {RLIMIT_RSS, "Max resident set"},
    {RLIMIT_NPROC, "Max processes"},
    {RLIMIT_NOFILE, "Max open files"},
    {RLIMIT_MEMLOCK, "Max locked memory"},
    {RLIMIT_AS, "Max address space"},
    {RLIMIT_LOCKS, "Max file locks"},
    {RLIMIT_SIGPENDING, "Max pending signals"},
    {RLIMIT_MSGQUEUE, "Max msgqueue size"},
    {RLIMIT_NICE, "Max nice priority"},
    {RLIMIT_RTPRIO, "Max realtime priority"},
    {RLIMIT_RTTIME, "Max realtime timeout"},
};

constexpr int TerminalSignals[] = {SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGHUP, SIGPIPE};

bool parseValue(const QByteArray& text, rlim_t* value)
{
    if (text == "unlimited") {
        *value = RLIM_INFINITY;
        return true;
    }
    bool ok = false;
    const qulonglong number = text.toULongLong(&ok);
    if (ok)
        *value = rlim_t(number);
    return ok;
}

// The wanted limit, or, where this process may not raise the hard limit (a lab helper; root without
// CAP_SYS_RESOURCE, as in a container), as much of it as the current hard limit allows. Only system
// calls, so a child may call it between fork and exec.
bool setLimit(int resource, const rlimit& wanted) noexcept
{
    if (::setrlimit(resource, &wanted) == 0)
        return true;
    rlimit current{};
    if (::getrlimit(resource, &current) != 0)
        return false;
    rlimit capped = wanted;
    if (current.rlim_max != RLIM_INFINITY && (capped.rlim_max == RLIM_INFINITY || capped.rlim_max > current.rlim_max))
        capped.rlim_max = current.rlim_max;
    if (capped.rlim_max != RLIM_INFINITY && (capped.rlim_cur == RLIM_INFINITY || capped.rlim_cur > capped.rlim_max))
        capped.rlim_cur = capped.rlim_max;
    return ::setrlimit(resource, &capped) == 0;
}

// Every CPU; the kernel keeps those this process may use (its cpuset). No allocation: used after fork.
cpu_set_t everyCpu() noexcept
{
    cpu_set_t every;
    CPU_ZERO(&every);
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu)
        CPU_SET(cpu, &every);
    return every;
}

} // namespace

ProcessDefaults::ProcessDefaults()
{
    // Debian 12's defaults for a system service, where PID 1 cannot be asked.
    for (rlimit& value : m_limits)
        value = {RLIM_INFINITY, RLIM_INFINITY};
    m_limits[RLIMIT_STACK] = {8 * 1024 * 1024, RLIM_INFINITY};
    m_limits[RLIMIT_CORE] = {0, RLIM_INFINITY};
    m_limits[RLIMIT_NOFILE] = {1024, 524288};
    m_limits[RLIMIT_MEMLOCK] = {8 * 1024 * 1024, 8 * 1024 * 1024};
    m_limits[RLIMIT_NICE] = {0, 0};
    m_limits[RLIMIT_RTPRIO] = {0, 0};
}

ProcessDefaults ProcessDefaults::ofSystem()
{
    QFile file(u"/proc/1/limits"_s);
    if (!file.open(QIODevice::ReadOnly))
        return ProcessDefaults();
    return fromProcLimits(file.read(16 * 1024));
}

ProcessDefaults ProcessDefaults::fromProcLimits(QByteArrayView text)
{
    ProcessDefaults defaults;
    const QList<QByteArray> lines = text.toByteArray().split('\n');
    for (const QByteArray& line : lines) {
        for (const LimitName& known : LimitNames) {
            const QByteArrayView name(known.name);
            // The name is followed by spaces: "Max processes" must not match "Max processesX".
            if (!line.startsWith(name) || line.size() <= name.size() || line.at(name.size()) != ' ')
                continue;
            const QList<QByteArray> values = line.mid(name.size()).simplified().split(' ');
            rlimit value{};
            if (values.size() >= 2 && parseValue(values.at(0), &value.rlim_cur) &&
                parseValue(values.at(1), &value.rlim_max) &&
                (value.rlim_max == RLIM_INFINITY ||
                 (value.rlim_cur != RLIM_INFINITY && value.rlim_cur <= value.rlim_max)))
                defaults.m_limits[size_t(known.resource)] = value;
        }
    }
    return defaults;
}

QString ProcessDefaults::applyToThisProcess() const
{
    QStringList problems;
    for (int resource = 0; resource < RLIM_NLIMITS; ++resource) {
        if (!setLimit(resource, m_limits[size_t(resource)]))
            problems << u"limit %1"_s.arg(resource);
    }
    errno = 0;
    if (::setpriority(PRIO_PROCESS, 0, 0) != 0 && ::geteuid() == 0)
        problems << u"nice"_s;
    const cpu_set_t every = everyCpu();
    if (::sched_setaffinity(0, sizeof every, &every) != 0)
        problems << u"CPUs"_s;
    ::umask(022);
    ignoreTerminalSignals();
    return problems.join(u", "_s);
}

void ProcessDefaults::ignoreTerminalSignals() noexcept
{
    for (const int signalNumber : TerminalSignals)
        std::signal(signalNumber, SIG_IGN);
}

void ProcessDefaults::applyToChild() const noexcept
{
    ::setsid();
    struct sigaction standard = {};
    standard.sa_handler = SIG_DFL;
    ::sigemptyset(&standard.sa_mask);
    for (int signalNumber = 1; signalNumber < NSIG; ++signalNumber)
        ::sigaction(signalNumber, &standard, nullptr); // SIGKILL and SIGSTOP just fail
    sigset_t none;
    ::sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    for (int resource = 0; resource < RLIM_NLIMITS; ++resource)
        setLimit(resource, m_limits[size_t(resource)]);
    ::setpriority(PRIO_PROCESS, 0, 0);
    const cpu_set_t every = everyCpu();
    ::sched_setaffinity(0, sizeof every, &every);
    ::umask(022);
}

void ProcessDefaults::prepare(QProcess& process) const
{
    QProcessEnvironment environment;
    environment.insert(u"PATH"_s, QString::fromLatin1(Path));
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s); // messages in a form the helper can quote
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(u"/"_s);
    process.setChildProcessModifier([defaults = *this] { defaults.applyToChild(); });
}
