#pragma once

#include "lab/Lab.h"

#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

// A lab for one test: its own loopback pair 127.A.B.2 / 127.A.B.3 and ports derived from the test
// process's pid and a per-process counter (so parallel ctest runs and several labs in one test never
// collide), its own temporary directory, and the daemons stopped (by pid) when the fixture goes away,
// also when the test fails half-way.
class LabFixture
{
public:
    explicit LabFixture(Lab::Ownership ownership = Lab::Ownership::Child);
    ~LabFixture();

    // Fresh settings for this process, in `directory`; each call gives another address pair.
    static LabSettings uniqueSettings(const QString& directory);
    // What uniqueSettings() picks for a pid and a call counter (public so a test can try them all).
    static LabSettings settingsFor(const QString& directory, quint32 pid, quint32 counter);

    // Changes the settings before start() (e.g. clocks, or -x instead of virtual clocks).
    void configure(const std::function<void(LabSettings&)>& change);

    // Starts the lab and waits (processing events) until started() or failed(), at most timeoutMs.
    // Returns false with failure() set when it did not start.
    bool start(int timeoutMs = 40000);
    // Stops the lab and waits for stopped(); returns false with failure() set otherwise.
    bool stop(int timeoutMs = 10000);

    Lab& lab() { return *m_lab; }
    const LabSettings& settings() const { return m_settings; }
    QString directory() const { return m_directory.path(); }
    const QString& failure() const { return m_failure; }
    // Milliseconds start() took.
    qint64 startMilliseconds() const { return m_startMs; }

private:
    QTemporaryDir m_directory;
    LabSettings m_settings;
    std::unique_ptr<Lab> m_lab;
    Lab::Ownership m_ownership = Lab::Ownership::Child;
    QString m_failure;
    qint64 m_startMs = 0;
};

// Runs a program to completion with an event loop and a deadline (tests only).
struct ProgramRun
{
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;
};
// `input` is written to its standard input, which is then closed.
ProgramRun runProgram(const QString& program, const QStringList& arguments, int timeoutMs = 30000,
                      const QByteArray& input = {});

// Whether a pid is still a live process (not gone, not a zombie waiting for a reaper).
bool processIsAlive(qint64 pid);

// Starts one lab system's chronyd again, detached (as a lab restart does), and waits until it runs.
// Returns chronyd's reason when it did not start, empty on success.
QString restartLabDaemon(const LabSystemPaths& paths, int timeoutMs = 10000);

// Live chronyd processes whose command line names a config inside `directory` (scans /proc), to
// check that a lab left nothing behind.
QList<qint64> chronydPidsUsing(const QString& directory);
