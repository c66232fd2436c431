#include "HelperLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int RetryMs = 100;

} // namespace

HelperLock::HelperLock(const QString& path, QObject* parent)
    : QObject(parent)
    , m_path(path)
{
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, &HelperLock::tryLock);
}

HelperLock::~HelperLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock
}

void HelperLock::acquire(int timeoutMs)
{
    m_timeoutMs = timeoutMs;
    m_waited.start();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (m_fd < 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        QMetaObject::invokeMethod(
            this, [this, reason] { emit failed(u"Cannot open the helper lock %1: %2."_s.arg(m_path, reason)); },
            Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(this, &HelperLock::tryLock, Qt::QueuedConnection);
}

qint64 HelperLock::holder() const
{
    char text[32] = {};
    const ssize_t length = ::pread(m_fd, text, sizeof text - 1, 0);
    return length > 0 ? QByteArray(text, int(length)).trimmed().toLongLong() : 0;
}

void HelperLock::tryLock()
{
    if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0) {
        m_retry.stop();
        // Who holds it, for the next helper's message; the lock itself is the flock, not this number.
        const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
        [[maybe_unused]] const bool noted = // without it, only a waiting helper's message misses the pid
            ::ftruncate(m_fd, 0) == 0 && ::pwrite(m_fd, pid.constData(), size_t(pid.size()), 0) == pid.size();
        emit acquired();
        return;
    }
    if (errno != EWOULDBLOCK && errno != EINTR) {
        m_retry.stop();
        emit failed(u"Cannot lock %1: %2."_s.arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    if (!m_announced) {
        m_announced = true;
        emit waiting(holder());
    }
    if (m_waited.elapsed() >= m_timeoutMs) {
        m_retry.stop();
        const qint64 pid = holder();
        emit failed(u"Another Tandem helper%1 is still changing this system after %2 s; try again when it has "
                    "finished."_s.arg(pid > 0 ? u" (pid %1)"_s.arg(pid) : QString())
                        .arg(m_timeoutMs / 1000));
        return;
    }
    if (!m_retry.isActive())
        m_retry.start();
}
