#include "StdinReader.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

StdinReader::StdinReader(int fd, qsizetype maxBytes, int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_fd(fd)
    , m_maxBytes(maxBytes)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(false, u"The request did not arrive on stdin within %1 s."_s.arg(m_timeout.interval() / 1000));
    });
}

void StdinReader::start()
{
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StdinReader::readAvailable);
    m_timeout.start();
    // A regular file or an already closed pipe may never signal; read once right away.
    QMetaObject::invokeMethod(this, &StdinReader::readAvailable, Qt::QueuedConnection);
}

void StdinReader::readAvailable()
{
    char buffer[4096];
    while (!m_done) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n > 0) {
            m_data.append(buffer, n);
            // One byte over the limit is enough to know it is too large; stop reading there.
            if (m_data.size() > m_maxBytes) {
                finish(true, {});
                return;
            }
            continue;
        }
        if (n == 0) {
            finish(true, {});
            return;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return;
        finish(false, u"Cannot read the request from stdin: %1."_s.arg(QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
}

void StdinReader::finish(bool ok, const QString& reason)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    if (m_notifier)
        m_notifier->setEnabled(false);
    if (ok)
        emit finished(m_data);
    else
        emit failed(reason);
}
