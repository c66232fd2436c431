#pragma once

#include "NtpMeasurement.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QHostInfo;
class QUdpSocket;

struct NtpProbeRequest
{
    QString host; // an address, or a name resolved asynchronously
    quint16 port = 123;
    QHostAddress source; // null: let the kernel pick the source address
    int timeoutMs = 3000;
};

// One NTP client exchange, as `chronyd -Q` does it but without root: a mode-3 request from an
// unprivileged port, one validated reply, or a reason. Emits exactly one of finished() or failed(),
// at the latest when the timeout expires. One probe per object.
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

    NtpProbeRequest m_request;
    QHostAddress m_server;
    QUdpSocket* m_socket = nullptr;
    QTimer m_timeout;
    int m_lookupId = -1;
    quint64 m_nonce = 0;
    quint64 m_sentAt = 0;
    int m_strayReplies = 0;
    bool m_done = false;
};
