#include "ProcessTerminator.h"

#include "util/ProcessIdentity.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstring>

#include <poll.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Debian 12's glibc 2.36 declares pidfd_open/pidfd_send_signal without extern "C" (fixed in 2.37),
// so C++ cannot link them: go through syscall(2), available since Linux 5.3.
int pidfd_open(pid_t pid, unsigned int flags)
{
    return int(::syscall(SYS_pidfd_open, pid, flags));
}

int pidfd_send_signal(int pidfd, int signal, siginfo_t* info, unsigned int flags)
{
    return int(::syscall(SYS_pidfd_send_signal, pidfd, signal, info, flags));
}

// The time SIGKILL gets to take effect before we give up.
constexpr int KillGraceMs = 2000;

QString errnoText()
{
    return QString::fromLocal8Bit(strerror(errno));
}

bool waitReadable(int fd, int timeoutMs)
{
    pollfd entry{fd, POLLIN, 0};
    int result;
    do {
        result = ::poll(&entry, 1, timeoutMs);
    } while (result < 0 && errno == EINTR);
    return result > 0;
}

struct Opened
{
    int pidfd = -1; // -1 with an ok status: the process is already gone
};

// Opens a pidfd and checks the identity through it; the pidfd pins the process, so the check holds
// for every later signal sent through it.
Result<Opened> openVerified(qint64 pid, const QString& configPath)
{
    if (pid <= 0)
        return Opened{};
    const int pidfd = pidfd_open(pid_t(pid), 0);
    if (pidfd < 0) {
        if (errno == ESRCH)
            return Opened{};
        return Error{
            QCoreApplication::translate("ProcessTerminator", "cannot watch process %1: %2").arg(pid).arg(errnoText())};
    }
    const QStringList argv = ProcessIdentity::commandLine(pid);
    // A pidfd turns readable once its process has exited, reaped or not. The command line alone
    // cannot tell: it is also empty for a moment while a process is in the middle of exec().
    if (waitReadable(pidfd, 0)) {
        ::close(pidfd);
        return Opened{};
    }
    if (!ProcessIdentity::isChronydWithConfig(argv, configPath)) {
        ::close(pidfd);
        const QString running =
            argv.isEmpty() ? u"its command line cannot be read"_s : u"it runs '%1'"_s.arg(argv.join(u' '));
        return Error{QCoreApplication::translate("ProcessTerminator",
                                                 "process %1 is not the lab's chronyd (%2), so the lab leaves it alone")
                         .arg(pid)
                         .arg(running)};
    }
    return Opened{pidfd};
}

} // namespace

ProcessTerminator::ProcessTerminator(QObject* parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ProcessTerminator::graceExpired);
}

ProcessTerminator::~ProcessTerminator()
{
    if (m_pidfd >= 0)
        ::close(m_pidfd);
}

void ProcessTerminator::terminate(qint64 pid, const QString& configPath, int graceMs)
{
    Q_ASSERT(m_pidfd < 0);
    m_pid = pid;
    const Result<Opened> opened = openVerified(pid, configPath);
    if (!opened || opened->pidfd < 0) {
        // Reported from the event loop so callers can connect after calling terminate().
        const Status status = opened ? success() : Status(Error{opened.error()});
        QMetaObject::invokeMethod(
            this, [this, status] { finish(status); }, Qt::QueuedConnection);
        return;
    }
    m_pidfd = opened->pidfd;
    m_notifier = new QSocketNotifier(m_pidfd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ProcessTerminator::processEnded);
    if (pidfd_send_signal(m_pidfd, SIGTERM, nullptr, 0) != 0 && errno != ESRCH) {
        const QString reason = u"cannot signal process %1: %2"_s.arg(pid).arg(errnoText());
        QMetaObject::invokeMethod(
            this, [this, reason] { finish(Error{reason}); }, Qt::QueuedConnection);
        return;
    }
    m_deadline.start(graceMs);
}

void ProcessTerminator::processEnded()
{
    finish(success());
}

void ProcessTerminator::graceExpired()
{
    if (m_killed) {
        finish(Error{
            QCoreApplication::translate("ProcessTerminator", "process %1 did not end even after SIGKILL").arg(m_pid)});
        return;
    }
    // chronyd ignored SIGTERM for the whole grace period: end it the hard way.
    m_killed = true;
    pidfd_send_signal(m_pidfd, SIGKILL, nullptr, 0);
    m_deadline.start(KillGraceMs);
}

void ProcessTerminator::finish(const Status& status)
{
    m_deadline.stop();
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    if (m_pidfd >= 0) {
        ::close(m_pidfd);
        m_pidfd = -1;
    }
    if (status)
        emit ended();
    else
        emit failed(status.error());
}

Status ProcessTerminator::terminateNow(qint64 pid, const QString& configPath, int graceMs)
{
    const Result<Opened> opened = openVerified(pid, configPath);
    if (!opened)
        return opened.failure();
    const int pidfd = opened->pidfd;
    if (pidfd < 0)
        return success();
    Status status = success();
    if (pidfd_send_signal(pidfd, SIGTERM, nullptr, 0) == 0 && !waitReadable(pidfd, graceMs)) {
        pidfd_send_signal(pidfd, SIGKILL, nullptr, 0);
        if (!waitReadable(pidfd, KillGraceMs))
            status = Error{
                QCoreApplication::translate("ProcessTerminator", "process %1 did not end even after SIGKILL").arg(pid)};
    }
    ::close(pidfd);
    return status;
}
