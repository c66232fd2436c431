#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QSocketNotifier;

// Reads a file descriptor (the helper's stdin) to its end without blocking the event loop, and
// gives up on input that is too large or a writer that never closes it: a root process must not
// wait forever for a caller.
class StdinReader : public QObject
{
    Q_OBJECT
public:
    StdinReader(int fd, qsizetype maxBytes, int timeoutMs, QObject* parent = nullptr);

    void start();

signals:
    void finished(const QByteArray& data);
    void failed(const QString& reason);

private:
    void readAvailable();
    void finish(bool ok, const QString& reason);

    int m_fd;
    qsizetype m_maxBytes;
    QByteArray m_data;
    QSocketNotifier* m_notifier = nullptr;
    QTimer m_timeout;
    bool m_done = false;
};
