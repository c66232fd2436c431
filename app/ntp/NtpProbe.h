#pragma once

#include "NtpMeasurement.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QHostInfo;
class SystemTime;
class TimestampedUdpSocket;

struct NtpProbeRequest
{
    QString host; // an address, or a name resolved asynchronously
    quint16 port = 123;
    QHostAddress source; // null: let the kernel pick the source address
    int timeoutMs = 3000;
    const SystemTime* time = nullptr; // the clock being judged; null: this machine's (outlives the probe)
};

// One NTP client exchange, as `chronyd -Q` does it but without root: a mode-3 request from an
// unprivileged port, one validated reply, or a reason. Emits exactly one of finished() or failed(),
// at the latest when the timeout expires. One probe per object. Like chronyd, the reply is stamped
// by the kernel when it arrives (not when the event loop gets to it), and anything that is not a
// valid answer to our request is ignored (and counted) while the probe waits for the real one.
class NtpProbe : public QObject
{
    Q_OBJECT
public:
    explicit NtpProbe(QObject* parent = nullptr);
    ~NtpProbe() override;

    void start(const NtpProbeRequest& request);

signals:
    void finished(const NtpMeasurement& measurement);
    void failed(const QString& reason);

private:
    void resolved(const QHostInfo& info);
    void send(const QHostAddress& server);
    void readReplies();
    void timedOut();
    void fail(const QString& reason);
    QString target() const;
    const SystemTime& time() const;

    NtpProbeRequest m_request;
    QHostAddress m_server;
    TimestampedUdpSocket* m_socket = nullptr;
    QTimer m_timeout;
    int m_lookupId = -1;
    quint64 m_nonce = 0;
    quint64 m_sentAt = 0;
    int m_strayReplies = 0;
    QString m_lastInvalidReply;
    bool m_done = false;
};
