#include "UnixCmdmonTransport.h"

#include "CmdmonProtocol.h"
#include "ReplySocketDirectories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool fillAddress(const QString& path, sockaddr_un* address)
{
    const QByteArray encoded = QFile::encodeName(path);
    std::memset(address, 0, sizeof(*address));
    address->sun_family = AF_UNIX;
    if (encoded.size() >= qsizetype(sizeof(address->sun_path)))
        return false;
    std::memcpy(address->sun_path, encoded.constData(), size_t(encoded.size()));
    return true;
}

} // namespace

UnixCmdmonTransport::UnixCmdmonTransport(const QString& serverPath, QObject* parent)
    : CmdmonTransport(parent)
    , m_serverPath(serverPath)
{}

UnixCmdmonTransport::~UnixCmdmonTransport()
{
    close();
}

Status UnixCmdmonTransport::open()
{
    if (m_fd >= 0)
        return success();
    const QFileInfo server(m_serverPath);
    if (!server.exists()) {
        return Error{tr("chronyd's command socket %1 does not exist: chronyd is not running, or it runs without "
                        "a command socket (bindcmdaddress /, or wrong permissions on its directory)")
                         .arg(m_serverPath)};
    }
    m_serverCanonicalPath = server.canonicalFilePath();
    sockaddr_un probe;
    if (!fillAddress(m_serverPath, &probe))
        return Error{tr("the socket path %1 is too long").arg(m_serverPath)};

    // A private directory next to chronyd's socket: chronyd can reach it, and nobody else can swap
    // our socket for a symlink while we use it. Those of killed runs go first.
    ReplySocketDirectories::removeStale(server.absolutePath());
    if (const int error = ReplySocketDirectories::create(server.absolutePath(), &m_replyDirectory)) {
        if (error == EACCES || error == EPERM)
            return Error{tr("cannot create a reply socket next to %1: permission denied (the Unix command socket "
                            "needs root or chronyd's user)")
                             .arg(m_serverPath)};
        return Error{tr("cannot create a reply socket next to %1: %2").arg(m_serverPath, errnoText(error))};
    }
    m_replyPath = m_replyDirectory + u"/sock"_s;

    sockaddr_un local;
    if (!fillAddress(m_replyPath, &local)) {
        close();
        return Error{tr("the reply socket path %1 is too long").arg(m_replyPath)};
    }
    m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<const sockaddr*>(&local), sizeof(local)) != 0) {
        const int error = errno;
        close();
        return Error{tr("cannot bind a reply socket in %1: %2").arg(m_replyDirectory, errnoText(error))};
    }
    ::chmod(QFile::encodeName(m_replyPath).constData(), 0666);

    m_notifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UnixCmdmonTransport::readPending);
    return success();
}

Status UnixCmdmonTransport::send(const QByteArray& datagram)
{
    sockaddr_un server;
    fillAddress(m_serverPath, &server);
    const ssize_t sent = ::sendto(m_fd, datagram.constData(), size_t(datagram.size()), 0,
                                  reinterpret_cast<const sockaddr*>(&server), sizeof(server));
    if (sent == ssize_t(datagram.size()))
        return success();
    const int error = errno;
    if (error == ECONNREFUSED || error == ENOENT)
        return Error{tr("chronyd is not running: nothing listens on its command socket %1").arg(m_serverPath)};
    if (error == EACCES || error == EPERM)
        return Error{
            tr("no permission to use chronyd's command socket %1 (needs root or chronyd's user)").arg(m_serverPath)};
    return Error{tr("cannot send to chronyd's command socket %1: %2").arg(m_serverPath, errnoText(error))};
}

void UnixCmdmonTransport::readPending()
{
    // One byte more than any valid reply, so that an oversized datagram stays recognisable.
    char buffer[Cmdmon::MaxPacketLength + 1];
    for (;;) {
        sockaddr_un sender;
        socklen_t senderLength = sizeof(sender);
        const ssize_t received =
            ::recvfrom(m_fd, buffer, sizeof(buffer), MSG_TRUNC, reinterpret_cast<sockaddr*>(&sender), &senderLength);
        if (received < 0)
            return; // EAGAIN: drained
        // Only chronyd's own socket may answer.
        if (senderLength <= socklen_t(offsetof(sockaddr_un, sun_path)))
            continue;
        const qsizetype pathLength = qsizetype(qstrnlen(sender.sun_path, sizeof(sender.sun_path)));
        const QString senderPath = QFile::decodeName(QByteArray(sender.sun_path, pathLength));
        if (senderPath != m_serverPath && QFileInfo(senderPath).canonicalFilePath() != m_serverCanonicalPath)
            continue;
        const qsizetype length = qMin<qsizetype>(received, qsizetype(sizeof(buffer)));
        emit datagramReceived(QByteArray(buffer, length));
    }
}

void UnixCmdmonTransport::close()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    if (!m_replyPath.isEmpty())
        ::unlink(QFile::encodeName(m_replyPath).constData());
    if (!m_replyDirectory.isEmpty())
        ::rmdir(QFile::encodeName(m_replyDirectory).constData());
    m_replyPath.clear();
    m_replyDirectory.clear();
}
