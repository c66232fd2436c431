#pragma once

#include "privileged/ChronyRestarter.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>

// The machine's chrony where systemd does not run: Debian's /etc/init.d/chrony through `service`.
// Its `restart` is `stop` then `start` with no wait in between, so `start` can still see the old
// daemon and start nothing, and it exits 0 even when chronyd fails to start (both seen on a pair of
// systems). So: `stop`, wait until the old chronyd has really gone, `start`, and report success only
// once a new chronyd runs (its pid file names a live chronyd other than the old one).
// The three run in one small shell child with a session of its own, so that a helper killed between
// `stop` and `start` (SIGKILL, a crash) still leaves a running chronyd behind, never a stopped one.
class SysvChronyRestarter : public ChronyRestarter
{
    Q_OBJECT
public:
    // pidFile: where the init script's chronyd writes its pid (Debian: /run/chrony/chronyd.pid).
    SysvChronyRestarter(const QString& service, const QString& pidFile, QObject* parent = nullptr);

    void restart() override;

    // The `service` program and the init script's name, or empty when neither is installed.
    static QString serviceProgram();
    static QString initScriptName();

private:
    enum class Phase { Idle, Restarting, WaitingForStart };

    void restartFinished(int exitCode, QProcess::ExitStatus status);
    void poll();
    void fail(const QString& message);
    qint64 runningChronyd() const;

    QString m_service;
    QString m_pidFile;
    QString m_script;
    QProcess m_process;
    QTimer m_pollTimer;
    QElapsedTimer m_waited;
    Phase m_phase = Phase::Idle;
    qint64 m_oldPid = 0;
};
