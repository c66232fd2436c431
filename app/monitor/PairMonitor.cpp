#include "PairMonitor.h"

#include "history/HistoryCsv.h"
#include "history/HistoryFile.h"
#include "monitor/SystemPoller.h"
#include "util/Clock.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
// A crash loses at most this much history.
constexpr int SaveIntervalMs = 5 * 60 * 1000;
} // namespace

PairMonitor::PairMonitor(const PairDefinition& pair, const Clock& clock, const MonitorSettings& settings,
                         QObject* parent)
    : QObject(parent)
    , m_pair(pair)
    , m_clock(clock)
    , m_settings(settings.normalised())
    , m_history(clock)
    , m_alerts(new AlertRules(clock, m_settings, this))
{
    const std::array<const std::optional<MonitoredSystem>*, 2> systems{&m_pair.system1, &m_pair.system2};
    for (int index = 1; index <= 2; ++index) {
        const std::optional<MonitoredSystem>& system = *systems[size_t(index - 1)];
        if (!system)
            continue;
        auto* p = new SystemPoller(index, system->title, system->endpoint, clock, this, system->localSocket);
        connect(p, &SystemPoller::polled, this, [this](const SystemSnapshot& snapshot) {
            emit systemUpdated(snapshot);
            onPolled();
        });
        connect(p, &SystemPoller::reachabilityChanged, this, &PairMonitor::onReachability);
        m_pollers[size_t(index - 1)] = p;
    }
    setSettings(m_settings);
    connect(m_alerts, &AlertRules::raised, this, [this](const Alert& alert) {
        m_alertLog.raised(alert, m_clock.nowMs());
        emit alertLogChanged();
    });
    connect(m_alerts, &AlertRules::cleared, this, [this](const Alert& alert) {
        m_alertLog.cleared(alert, m_clock.nowMs());
        emit alertLogChanged();
    });
    connect(&m_timer, &QTimer::timeout, this, &PairMonitor::tick);
    m_saveTimer.setInterval(SaveIntervalMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &PairMonitor::saveHistoryNow);
}

void PairMonitor::saveHistoryNow()
{
    if (Status saved = saveHistory(); !saved)
        emit historyFailed(saved.error());
}

PairMonitor::~PairMonitor()
{
    // Alerts still active end here as far as anyone can tell; the log says so instead of keeping them open.
    m_alertLog.closeOpenEntries(m_clock.nowMs());
    if (!m_historyDirectory.isEmpty())
        (void)saveHistory();
}

Status PairMonitor::setHistoryDirectory(const QString& directory)
{
    m_historyDirectory = directory;
    const Result<bool> loaded = HistoryFile(directory, m_pair.pairId).load(m_history);
    const Status log = m_alertLog.load(directory, m_pair.pairId);
    // A crash left some open: they ended at the latest sample the history kept, at the latest.
    qint64 lastSeenMs = 0;
    for (int i = 0; i < OffsetHistory::SeriesCount; ++i) {
        const SampleSeries& series = m_history.series(HistorySeries(i));
        if (!series.isEmpty())
            lastSeenMs = std::max(lastSeenMs, series.last().timeMs);
    }
    m_alertLog.closeOpenEntries(lastSeenMs);
    m_saveTimer.start();
    if (!loaded)
        return loaded.failure();
    if (!log)
        return log;
    return success();
}

Status PairMonitor::saveHistory() const
{
    if (m_historyDirectory.isEmpty())
        return success();
    if (Status saved = HistoryFile(m_historyDirectory, m_pair.pairId).save(m_history); !saved)
        return saved;
    return m_alertLog.save(m_historyDirectory, m_pair.pairId);
}

void PairMonitor::setSettings(const MonitorSettings& settings)
{
    m_settings = settings.normalised();
    m_alerts->setSettings(m_settings);
    m_timer.setInterval(m_settings.pollIntervalMs);
    // A poll of a silent system gives up within about one interval, so a dead daemon shows as
    // unreachable within two intervals and the other system's round is never held up for long.
    for (SystemPoller* p : m_pollers) {
        if (p)
            p->setTimeoutBudget(qBound(300, m_settings.pollIntervalMs, 6000));
    }
}

void PairMonitor::start()
{
    m_timer.start();
    tick();
}

void PairMonitor::stop()
{
    m_timer.stop();
}

void PairMonitor::pollNow()
{
    tick();
}

void PairMonitor::tick()
{
    // A round still waiting for a slow system is not doubled up: the next tick starts the next one.
    if (m_pending > 0)
        return;
    for (SystemPoller* p : m_pollers) {
        if (p && p->poll())
            ++m_pending;
    }
}

void PairMonitor::onPolled()
{
    if (m_pending == 0 || --m_pending > 0)
        return;
    OffsetReading reading;
    AlertInputs inputs;
    if (const std::optional<SystemSnapshot> one = snapshot(1)) {
        inputs.reachable1 = one->reachable();
        inputs.degraded1 = one->link.state() == Reachability::State::Degraded;
        reading.system1Missed = one->reachable() && !one->link.answeredLastPoll();
        if (one->link.answeredLastPoll() && one->tracking) {
            reading.system1SystemTime = one->tracking->systemTime;
            reading.system1Leap = one->tracking->leapStatus;
        }
    }
    if (const std::optional<SystemSnapshot> two = snapshot(2)) {
        inputs.reachable2 = two->reachable();
        inputs.degraded2 = two->link.state() == Reachability::State::Degraded;
        reading.system2Missed = two->reachable() && !two->link.answeredLastPoll();
        if (two->link.answeredLastPoll() && two->tracking) {
            reading.system2SystemTime = two->tracking->systemTime;
            reading.system2Leap = two->tracking->leapStatus;
            m_pairOffset = PairOffset::estimate(*two, m_pair.system1Addresses);
        } else if (!two->reachable()) {
            m_pairOffset = {};
        }
        // Without System 1 answering, System 2's view of it is stale; do not chart it as current.
        if (m_pair.system1 && !inputs.reachable1.value_or(false))
            m_pairOffset = {};
        reading.system2ToSystem1 = m_pairOffset.seconds;
    }
    inputs.leap1 = reading.system1Leap;
    inputs.leap2 = reading.system2Leap;
    inputs.offsetS = reading.system2Missed ? std::nan("") : reading.system2ToSystem1;
    m_history.append(reading);
    m_alerts->evaluate(inputs);
    ++m_rounds;
    emit roundCompleted();
}

void PairMonitor::onReachability(int index, Reachability::Change change)
{
    if (change == Reachability::Change::Lost)
        m_history.markContactLost(index);
    else if (change == Reachability::Change::Regained)
        m_history.markContactRegained(index);
}

std::optional<SystemSnapshot> PairMonitor::snapshot(int index) const
{
    if (index < 1 || index > 2 || !poller(index))
        return std::nullopt;
    return poller(index)->snapshot();
}

bool PairMonitor::system2FollowsSystem1() const
{
    const std::optional<SystemSnapshot> two = snapshot(2);
    return two && PairOffset::followsSystem1(*two, m_pair.system1Addresses);
}

Status PairMonitor::exportCsv(const QString& path) const
{
    if (Status history = HistoryCsv::exportTo(m_history, path); !history)
        return history;
    QSaveFile alerts(alertsCsvPath(path));
    if (!alerts.open(QIODevice::WriteOnly))
        return Error{tr("Could not export the alert log to %1: %2").arg(alerts.fileName(), alerts.errorString())};
    if (Status written = m_alertLog.writeCsv(alerts); !written)
        return written;
    if (!alerts.commit())
        return Error{tr("Could not export the alert log to %1: %2").arg(alerts.fileName(), alerts.errorString())};
    return success();
}

QString PairMonitor::alertsCsvPath(const QString& historyCsvPath)
{
    QString path = historyCsvPath;
    if (path.endsWith(u".csv"_s, Qt::CaseInsensitive))
        path.chop(4);
    return path + u"-alerts.csv"_s;
}

SyncNowPreview PairMonitor::syncNowPreview() const
{
    SyncNowPreview preview;
    preview.lab = m_pair.lab;
    preview.clockFixed = m_pair.clockFixed;
    const int local = m_pair.localSystem;
    preview.systemTitle = (local == 1 || local == 2) && snapshot(local) ? snapshot(local)->title : tr("this machine");
    preview.source = m_pair.syncPeer.isEmpty() ? tr("chronyd's configured sources") : m_pair.syncPeer;
    if (local == 2 && m_pairOffset.valid()) {
        preview.offsetS = m_pairOffset.seconds;
        preview.offsetKnown = true;
    } else if (const std::optional<SystemSnapshot> own = snapshot(local); own && own->tracking) {
        preview.offsetS = -own->tracking->systemTime;
        preview.offsetKnown = true;
    }
    return preview;
}

QString PairMonitor::syncNowBlocker() const
{
    const int local = m_pair.localSystem;
    if (local != 1 && local != 2)
        return tr("Sync now steps this machine's clock, and this machine is not one of the two systems shown.");
    const std::optional<SystemSnapshot> own = snapshot(local);
    if (!own || !own->link.everAnswered())
        return {}; // not polled yet: the helper finds out for itself
    if (!own->reachable())
        return tr("This system's chronyd does not answer, so there is nothing to step with.");
    // With a peer named, the helper adds it as a temporary source; without one it needs chronyd's own.
    if (m_pair.syncPeer.isEmpty() && own->sourcesError.isEmpty() && own->sources.isEmpty()) {
        return local == 1 ? tr("System 1 serves its own clock and has no time source to step to (no online pools). "
                               "Sync now belongs on System 2.")
                          : tr("This system's chronyd has no time source to step to.");
    }
    return {};
}

void PairMonitor::recordSyncNow(const SyncNowOutcome& outcome)
{
    if (!outcome.clockChanged)
        return;
    // The helper's own measurements before and after the step.
    m_history.markStep(outcome.measuredOffset.value_or(std::nan("")), outcome.offsetAfter.value_or(std::nan("")));
}
