#pragma once

#include "ChronydInstance.h"
#include "LabSettings.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <array>

class LabWatch;

// What a client needs to talk to one lab system.
struct LabSystemInfo
{
    QHostAddress address;
    quint16 cmdPort = 0;
    quint16 ntpPort = 0;
    QString socketPath; // chronyd's Unix command socket of that system
    QString configPath;
    QString logPath;
    qint64 pid = 0; // 0 when not running
};

// Two real chronyd daemons on loopback: System 1 serves its local clock, System 2 follows it (iburst,
// minpoll 1, maxpoll 1), with the configs the wizard would write (see LabConfig). Each runs on a
// virtual clock of its own (LabSettings::clocks, changed later through VirtualClock), or with -x.
class Lab : public QObject
{
    Q_OBJECT
public:
    using Ownership = ChronydInstance::Ownership;

    explicit Lab(const LabSettings& settings, QObject* parent = nullptr);
    ~Lab() override; // stops the daemons this object started as children (by pid), synchronously

    // Child (default): the daemons are this process's children and die with it. Detached: they
    // daemonize and keep running after this object and process are gone (tandem-cli lab start).
    void setOwnership(Ownership ownership) { m_ownership = ownership; }
    // How long start() waits for System 2 to select System 1 (default 30 s).
    void setStartTimeout(int milliseconds) { m_startTimeout.setInterval(milliseconds); }

    void start(); // async: emits started() once System 2 has selected System 1, else failed()
    void stop();  // ends only the pids the lab started (or the lab's pid files name); emits stopped()

    const LabSettings& settings() const { return m_settings; }
    LabSystemInfo system1() const;
    LabSystemInfo system2() const;

signals:
    void progress(const QString& message);
    void started();
    void failed(const QString& reason); // includes chronyd's own log line explaining why when there is one
    void stopped();

private:
    enum class Phase { Idle, Starting, Running, Failing, Stopping };

    Status prepare();
    Status prepareClocks();
    ChronydInstance* createInstance(int index);
    void startSystem(int index);
    void onRunning(int index);
    void onLogLine(int index, const QString& line);
    void onInstanceFailed(int index, const QString& reason);
    void onInstanceStopped();
    void abortStart(const QString& reason);
    void stopInstances();
    LabSystemInfo info(int index) const;

    LabSettings m_settings;
    std::array<LabSystemPaths, 2> m_paths;
    std::array<ChronydInstance*, 2> m_instances{};
    Ownership m_ownership = Ownership::Child;
    LabWatch* m_watch = nullptr;
    QTimer m_startTimeout;
    Phase m_phase = Phase::Idle;
    QString m_failure;
    int m_pendingStops = 0;
};
