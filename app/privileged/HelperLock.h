#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

// One helper at a time per system: an exclusive flock on DIR/helper.lock, held until this process
// ends. The kernel drops it when the holder exits, crashed or killed, so it is never stale and never
// stolen; a second helper waits for it (saying whose it is), and gives up after a deadline with the
// reason. Without it, a helper rolling back after a 30 s wait undid another one's successful apply.
class HelperLock : public QObject
{
    Q_OBJECT
public:
    explicit HelperLock(const QString& path, QObject* parent = nullptr);
    ~HelperLock() override;

    // Emits acquired() (perhaps at once) or failed(); waiting() first when another helper holds it.
    void acquire(int timeoutMs);

signals:
    void waiting(qint64 holderPid);
    void acquired();
    void failed(const QString& reason);

private:
    void tryLock();
    qint64 holder() const;

    QString m_path;
    int m_fd = -1;
    bool m_announced = false;
    int m_timeoutMs = 0;
    QElapsedTimer m_waited;
    QTimer m_retry;
};
