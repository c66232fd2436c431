#pragma once

#include "privileged/HelperRequest.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

class CmdmonClient;
class HelperProgress;
class HelperTarget;
struct SourceReport;

// sync-now: steps this clock now, through chronyd's Unix command socket (chronyd keeps running).
// With a peer it is the seed's "one-time sync" done right: the peer becomes a temporary source,
// fresh measurements are taken (burst), the clock is stepped and the source removed again; without
// one, the configured sources take fresh measurements before the step. The offset chronyd reports
// (TRACKING "System time") is given before and after, and the fresh sample's offset.
class SyncNowFlow : public QObject
{
    Q_OBJECT
public:
    SyncNowFlow(const HelperTarget& target, HelperProgress* progress, QObject* parent = nullptr);

    void setMeasureTimeout(int milliseconds) { m_measureTimeoutMs = milliseconds; }
    void start(const HelperRequest& request);

signals:
    void finished(int exitCode, const QString& message, const QJsonObject& extra);

private:
    void trackingBefore();
    void addPeer();
    void burst();
    void pollSample();
    bool isWantedSource(const SourceReport& source) const;
    void stepClock();
    void trackingAfter();
    void removePeer();
    void finish(int exitCode, const QString& message);

    HelperProgress* m_progress;
    CmdmonClient* m_client;
    quint16 m_peerPort = 123;
    QString m_peer;
    QHostAddress m_peerAddress;
    bool m_addedPeer = false;
    int m_measureTimeoutMs = 20000;
    QElapsedTimer m_measureClock;
    QTimer m_pollTimer;
    QJsonObject m_report;
    int m_exitCode = 0;
    QString m_message;
};
