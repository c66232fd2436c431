#pragma once

#include "LabLayout.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

class ProcessTerminator;
class QProcess;

// One lab chronyd that never touches this machine's clock: with -x, or without it on a virtual clock
// of its own (the preload library app/lab/vclock, and no CAP_SYS_TIME, so that a call the library
// missed fails instead of reaching the machine's clock). Owned one of two ways:
// - Child: a foreground child (-d) whose stderr is captured (and copied to the log file) and which
//   gets SIGTERM from the kernel if this process dies (PR_SET_PDEATHSIG), for tests and the GUI;
// - Detached: chronyd daemonizes itself (logging to the log file, pid in the pid file) and outlives
//   us, for `tandem-cli lab start`; its launcher exits with chronyd's initialisation status.
class ChronydInstance : public QObject
{
    Q_OBJECT
public:
    enum class Ownership { Child, Detached };

    // virtualClockLibrary: the preload library for a virtual clock at paths.clockPath; empty: -x.
    ChronydInstance(const LabSystemPaths& paths, Ownership ownership, const QString& virtualClockLibrary = {},
                    QObject* parent = nullptr);
    // A child is ended synchronously (by pid, after checking it); a detached daemon is left running.
    ~ChronydInstance() override;

    void start();
    // Ends the daemon: the child, or the pid in the pid file if it is the lab's chronyd. Emits stopped().
    void stop();

    qint64 pid() const { return m_pid; }
    const LabSystemPaths& paths() const { return m_paths; }

    // The command line: -x unless on a virtual clock; -4 because lab systems use IPv4 loopback
    // addresses and would otherwise all bind [::1]:cmdport; -u for the current user, with -U when not root.
    static QStringList arguments(const LabSystemPaths& paths, Ownership ownership, bool virtualClock);
    // Why the config at paths.configPath must not be started as a lab daemon (empty: it may): it
    // lacks the pid file or the command socket of the lab system's own directory.
    static QString configProblem(const LabSystemPaths& paths);

signals:
    void running(qint64 pid);
    void logLine(const QString& line);
    void failed(const QString& reason); // could not start, or ended without being asked to
    void stopped();

private:
    void readStandardError();
    void processFinished(int exitCode);
    void launcherFinished(int exitCode);
    void readLogFile();
    void emitLines(QByteArray& buffer, bool copyToLog);
    void terminated();

    LabSystemPaths m_paths;
    Ownership m_ownership;
    QString m_virtualClockLibrary;
    QProcess* m_process = nullptr;
    ProcessTerminator* m_terminator = nullptr;
    QTimer m_logPoll;
    QByteArray m_stderrBuffer;
    QByteArray m_launcherStderr; // a detached chronyd's parent prints the fatal error here
    QByteArray m_logBuffer;
    qint64 m_logOffset = 0;
    qint64 m_pid = 0;
    QString m_lastLine;
    bool m_stopping = false;
    bool m_terminated = false;
};
