#pragma once

#include "CmdmonTransport.h"

#include <QString>

class QSocketNotifier;

// chronyd's Unix datagram command socket (full access). Qt has no class for Unix datagram sockets,
// so this wraps a non-blocking SOCK_DGRAM socket in a QSocketNotifier. chronyd sends each reply to
// the request's source address, so our socket must be bound to a path chronyd (possibly running as
// its own user) can reach: a private directory next to chronyd's socket, removed again on close.
class UnixCmdmonTransport : public CmdmonTransport
{
    Q_OBJECT
public:
    explicit UnixCmdmonTransport(const QString& serverPath, QObject* parent = nullptr);
    ~UnixCmdmonTransport() override;

    Status open() override;
    Status send(const QByteArray& datagram) override;

private:
    void readPending();
    void close();

    const QString m_serverPath;
    QString m_serverCanonicalPath; // chronyd reports the path it bound, which may be spelled differently
    int m_fd = -1;
    QSocketNotifier* m_notifier = nullptr;
    QString m_replyDirectory;
    QString m_replyPath;
};
