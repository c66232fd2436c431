#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>

#include <optional>

class QSocketNotifier;

// A UDP socket that tells when each datagram reached the kernel (SO_TIMESTAMPNS), as chronyd takes
// its receive timestamps. A reply that waits in the socket while the event loop is busy would
// otherwise arrive "late" by that wait, and an NTP offset computed from it is off by half of it.
class TimestampedUdpSocket : public QObject
{
    Q_OBJECT
public:
    // The largest datagram read; anything longer is cut and reported as such.
    static constexpr int MaxDatagramSize = 2048;

    struct Datagram
    {
        QByteArray data;
        bool truncated = false;
        QHostAddress sender;
        quint16 senderPort = 0;
        // This machine's CLOCK_REALTIME when the kernel received it, in ns; 0 when the kernel gave none.
        qint64 kernelRealtimeNs = 0;
    };

    explicit TimestampedUdpSocket(QObject* parent = nullptr);
    ~TimestampedUdpSocket() override;

    // Binds to `local` port 0 (an unprivileged ephemeral port) and starts watching for datagrams.
    Status open(const QHostAddress& local);
    Status send(const QByteArray& datagram, const QHostAddress& to, quint16 port);
    // The next waiting datagram, without blocking; empty when there is none.
    std::optional<Datagram> receive();

signals:
    void readyRead();

private:
    int m_fd = -1;
    QSocketNotifier* m_notifier = nullptr;
};
