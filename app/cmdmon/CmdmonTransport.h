#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QObject>

// One datagram socket towards one chronyd. Subclasses own the socket; received datagrams that come
// from the daemon's own address are passed on unchecked (the client validates their content).
class CmdmonTransport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Creates the socket if needed; safe to call again after a failure (e.g. chronyd came back).
    virtual Status open() = 0;
    virtual Status send(const QByteArray& datagram) = 0;

signals:
    void datagramReceived(const QByteArray& datagram);
};
