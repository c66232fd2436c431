#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <optional>

class CmdmonClient;

// After a restart: waits, with a deadline, until chronyd answers on its command socket and, for a
// client, until it has selected the server it was told to follow. Polls a few times a second; a
// chronyd that is still starting simply does not answer yet.
class ChronydReadiness : public QObject
{
    Q_OBJECT
public:
    ChronydReadiness(QString socketPath, QObject* parent = nullptr);

    // source: the server that must be selected ('*'), a null address for any server (a client that
    // follows a host name); nullopt: answering is enough.
    void wait(std::optional<QHostAddress> source, int deadlineMs);
    // For the next wait: the source must also have sent an authenticated reply (NTP_DATA's flag),
    // chronyd's own proof that the pair's key works.
    void requireAuthentication(bool required) { m_requireAuthentication = required; }

signals:
    void ready();
    void failed(const QString& reason);

private:
    void poll();
    void schedulePoll();
    void finish(bool ok, const QString& reason);
    void checkAuthentication(const QHostAddress& source);

    QString m_socketPath;
    std::optional<QHostAddress> m_source;
    CmdmonClient* m_client = nullptr;
    QTimer m_pollTimer;
    QElapsedTimer m_elapsed;
    int m_deadlineMs = 0;
    bool m_answered = false;
    bool m_done = true;
    bool m_requireAuthentication = false;
    QString m_lastState;
};
