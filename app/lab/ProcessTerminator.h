#pragma once

#include "util/Result.h"

#include <QObject>
#include <QTimer>

class QSocketNotifier;

// Ends one chronyd the lab started: checks /proc/PID/cmdline first (chronyd reading the lab's
// config), then SIGTERM, then SIGKILL after a grace period. It holds a pidfd from before the check
// until the end, so the signal can only reach the process that was checked, even if the pid is reused.
class ProcessTerminator : public QObject
{
    Q_OBJECT
public:
    explicit ProcessTerminator(QObject* parent = nullptr);
    ~ProcessTerminator() override;

    // Asynchronous: emits ended() (also when the process was already gone) or failed().
    void terminate(qint64 pid, const QString& configPath, int graceMs = 3000);

    // The same, blocking until the process has ended or both deadlines passed. Only for destructors,
    // which promise that nothing is left behind when they return.
    static Status terminateNow(qint64 pid, const QString& configPath, int graceMs = 3000);

signals:
    void ended();
    void failed(const QString& reason);

private:
    void processEnded();
    void graceExpired();
    void finish(const Status& status);

    int m_pidfd = -1;
    qint64 m_pid = 0;
    QSocketNotifier* m_notifier = nullptr;
    QTimer m_deadline;
    bool m_killed = false;
};
