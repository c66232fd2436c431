#include "Lab.h"

#include "ChronydLog.h"
#include "LabConfig.h"
#include "LabWatch.h"
#include "VirtualClock.h"
#include "util/ProcessIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

constexpr int DefaultStartTimeoutMs = 30000;

QString systemName(int index)
{
    return index == 0 ? u"System 1"_s : u"System 2"_s;
}

} // namespace

Lab::Lab(const LabSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_settings.directory = QDir(settings.directory).absolutePath();
    for (int index = 0; index < 2; ++index)
        m_paths[index] = LabLayout::systemPaths(m_settings.directory, index + 1);
    m_startTimeout.setSingleShot(true);
    m_startTimeout.setInterval(DefaultStartTimeoutMs);
    connect(&m_startTimeout, &QTimer::timeout, this, [this] {
        abortStart(u"System 2 did not select System 1 within %1 s: %2"_s.arg(m_startTimeout.interval() / 1000.0)
                       .arg(m_watch ? m_watch->lastSeen() : QString()));
    });
}

// Each ChronydInstance child ends its own child daemon in its destructor (SIGTERM, then SIGKILL);
// detached daemons are meant to outlive this object.
Lab::~Lab() = default;

LabSystemInfo Lab::system1() const
{
    return info(0);
}

LabSystemInfo Lab::system2() const
{
    return info(1);
}

LabSystemInfo Lab::info(int index) const
{
    LabSystemInfo info;
    info.address = index == 0 ? m_settings.serverAddress : m_settings.clientAddress;
    info.cmdPort = m_settings.cmdPort;
    info.ntpPort = m_settings.ntpPort;
    info.socketPath = m_paths[index].socketPath;
    info.configPath = m_paths[index].configPath;
    info.logPath = m_paths[index].logPath;
    info.pid = m_instances[index] ? m_instances[index]->pid() : 0;
    return info;
}

void Lab::start()
{
    Q_ASSERT(m_phase == Phase::Idle);
    m_phase = Phase::Starting;
    m_failure.clear();
    if (const Status prepared = prepare(); !prepared) {
        const QString reason = prepared.error();
        // From the event loop, so that a caller connecting after start() hears it.
        QMetaObject::invokeMethod(
            this, [this, reason] { abortStart(reason); }, Qt::QueuedConnection);
        return;
    }
    m_watch = new LabWatch(m_settings, this);
    connect(m_watch, &LabWatch::serverReady, this, [this] {
        emit progress(
            u"System 1 answers on %1 port %2"_s.arg(m_settings.serverAddress.toString()).arg(m_settings.cmdPort));
        startSystem(1);
    });
    connect(m_watch, &LabWatch::selected, this, [this] {
        m_startTimeout.stop();
        m_phase = Phase::Running;
        emit progress(u"System 2 has selected System 1"_s);
        emit started();
    });
    m_startTimeout.start();
    startSystem(0);
}

Status Lab::prepare()
{
    if (const Status valid = validateLabSettings(m_settings); !valid)
        return valid;
    for (int index = 0; index < 2; ++index) {
        // A second lab in the same directory would fight the first over its sockets and pid files.
        const qint64 pid = ProcessIdentity::readPidFile(m_paths[index].pidPath);
        if (ProcessIdentity::isChronydWithConfig(ProcessIdentity::commandLine(pid), m_paths[index].configPath))
            return Error{
                QCoreApplication::translate("Lab", "a lab is already running in %1 (%2 is pid %3); stop it first")
                    .arg(m_settings.directory, systemName(index))
                    .arg(pid)};
    }
    if (const Status free = checkLabPortsFree(m_settings); !free)
        return free;
    if (const Status clocks = prepareClocks(); !clocks)
        return clocks;
    for (int index = 0; index < 2; ++index) {
        if (const Status prepared = LabLayout::prepare(m_paths[index]); !prepared)
            return prepared;
        const Result<QByteArray> config = LabConfig::render(m_settings, m_paths[index], index + 1);
        if (!config)
            return config.failure();
        QSaveFile file(m_paths[index].configPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(*config) != config->size() || !file.commit())
            return Error{QCoreApplication::translate("Lab", "cannot write %1: %2")
                             .arg(m_paths[index].configPath, file.errorString())};
    }
    return saveLabSettings(m_settings);
}

Status Lab::prepareClocks()
{
    if (!m_settings.virtualClocks)
        return success();
    if (!QFileInfo(m_settings.virtualClockLibrary).isReadable())
        return Error{
            QCoreApplication::translate(
                "Lab", "the virtual-clock library %1 is missing: install Tandem's package, set TANDEM_VCLOCK_LIBRARY, "
                       "or start the lab with -x (--no-virtual-clock)")
                .arg(m_settings.virtualClockLibrary)};
    // Both clocks read the same at the same instant (plus their offsets), however long creating them takes.
    const qint64 machineStartNs = VirtualClock::machineRealtimeNs();
    const qint64 startNs = m_settings.date.isValid() ? m_settings.date.toMSecsSinceEpoch() * 1000000 : machineStartNs;
    for (int index = 0; index < 2; ++index) {
        if (!QDir().mkpath(m_paths[index].root))
            return Error{QCoreApplication::translate("Lab", "cannot create the directory %1").arg(m_paths[index].root)};
        const LabClockSettings& clock = m_settings.clocks[index];
        const Result<VirtualClock> created = VirtualClock::create(
            m_paths[index].clockPath,
            startNs + (VirtualClock::machineRealtimeNs() - machineStartNs) + qint64(clock.offsetSeconds * 1e9),
            clock.frequencyPpm);
        if (!created)
            return created.failure();
    }
    return success();
}

ChronydInstance* Lab::createInstance(int index)
{
    auto* instance = new ChronydInstance(m_paths[index], m_ownership, chronydClockLibrary(m_settings), this);
    connect(instance, &ChronydInstance::running, this, [this, index] { onRunning(index); });
    connect(instance, &ChronydInstance::logLine, this, [this, index](const QString& line) { onLogLine(index, line); });
    connect(instance, &ChronydInstance::failed, this,
            [this, index](const QString& reason) { onInstanceFailed(index, reason); });
    connect(instance, &ChronydInstance::stopped, this, &Lab::onInstanceStopped);
    return instance;
}

void Lab::startSystem(int index)
{
    if (m_phase != Phase::Starting)
        return;
    emit progress(u"Starting %1 (%2)"_s.arg(systemName(index), m_paths[index].configPath));
    m_instances[index] = createInstance(index);
    m_instances[index]->start();
}

void Lab::onRunning(int index)
{
    if (m_phase != Phase::Starting)
        return;
    if (index == 0)
        m_watch->waitForServer();
    else
        m_watch->waitForSelection();
}

void Lab::onLogLine(int index, const QString& line)
{
    // chronyd keeps running after some failures (a port in use, a disabled command socket); the
    // log line is the only sign, and the best explanation for the admin.
    if (m_phase != Phase::Starting)
        return;
    if (const std::optional<QString> failure = ChronydLog::failure(line))
        abortStart(u"%1: %2"_s.arg(systemName(index), *failure));
}

void Lab::onInstanceFailed(int index, const QString& reason)
{
    if (m_phase == Phase::Starting) {
        abortStart(u"%1: %2"_s.arg(systemName(index), reason));
    } else if (m_phase == Phase::Stopping || m_phase == Phase::Failing) {
        // Could not stop this one (e.g. its pid file names another process): report, count it as done.
        m_failure += (m_failure.isEmpty() ? QString() : u"; "_s) + reason;
        onInstanceStopped();
    } else if (m_phase == Phase::Running) {
        emit failed(u"%1: %2"_s.arg(systemName(index), reason));
    }
}

void Lab::abortStart(const QString& reason)
{
    if (m_phase != Phase::Starting)
        return;
    m_startTimeout.stop();
    if (m_watch)
        m_watch->cancel();
    m_phase = Phase::Failing;
    m_failure = reason;
    // Nothing may be left running after a failed start, detached or not.
    stopInstances();
}

void Lab::stop()
{
    if (m_phase == Phase::Stopping || m_phase == Phase::Failing)
        return;
    m_startTimeout.stop();
    if (m_watch)
        m_watch->cancel();
    m_phase = Phase::Stopping;
    m_failure.clear();
    // A Lab that started nothing itself (tandem-cli lab stop) stops what the lab's pid files name.
    for (int index = 0; index < 2; ++index) {
        if (!m_instances[index])
            m_instances[index] = createInstance(index);
    }
    stopInstances();
}

void Lab::stopInstances()
{
    m_pendingStops = 0;
    for (ChronydInstance* instance : m_instances) {
        if (instance)
            ++m_pendingStops;
    }
    if (m_pendingStops == 0) {
        m_pendingStops = 1;
        QMetaObject::invokeMethod(this, &Lab::onInstanceStopped, Qt::QueuedConnection);
        return;
    }
    for (ChronydInstance* instance : m_instances) {
        if (instance)
            instance->stop();
    }
}

void Lab::onInstanceStopped()
{
    if (--m_pendingStops > 0)
        return;
    const Phase phase = m_phase;
    m_phase = Phase::Idle;
    for (ChronydInstance*& instance : m_instances) {
        if (instance)
            instance->deleteLater();
        instance = nullptr;
    }
    if (phase == Phase::Failing)
        emit failed(m_failure);
    else if (!m_failure.isEmpty())
        emit failed(m_failure);
    else
        emit stopped();
}
