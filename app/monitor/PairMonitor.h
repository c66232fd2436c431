#pragma once

#include "cmdmon/CmdmonEndpoint.h"
#include "helperprotocol/SyncNowOutcome.h"
#include "history/OffsetHistory.h"
#include "monitor/AlertLog.h"
#include "monitor/AlertRules.h"
#include "monitor/MonitorSettings.h"
#include "monitor/PairDefinition.h"
#include "monitor/PairOffset.h"
#include "monitor/SystemSnapshot.h"
#include "util/Result.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <array>
#include <memory>
#include <optional>

class Clock;
class SystemPoller;

// The live panel's core: polls both systems every interval (asynchronously; a dead or slow peer
// never delays the other beyond one poll budget), keeps each one's reachability, appends one
// reading per round to the offset history, marks lost and regained contact and steps, evaluates
// the alert rules, and keeps the history across restarts in a small file.
class PairMonitor : public QObject
{
    Q_OBJECT
public:
    PairMonitor(const PairDefinition& pair, const Clock& clock, const MonitorSettings& settings,
                QObject* parent = nullptr);
    ~PairMonitor() override; // saves the history when a directory was set

    // Loads the history kept there (if any) and saves it there every few minutes and at the end.
    Status setHistoryDirectory(const QString& directory);
    void setSettings(const MonitorSettings& settings);
    const MonitorSettings& settings() const { return m_settings; }

    void start();
    void stop();
    // Starts a round now (if none runs); the timer keeps its rhythm.
    void pollNow();

    const PairDefinition& pair() const { return m_pair; }
    // index 1 or 2; nullopt when that system is not monitored.
    std::optional<SystemSnapshot> snapshot(int index) const;
    PairOffset pairOffset() const { return m_pairOffset; }
    bool system2FollowsSystem1() const;
    const OffsetHistory& history() const { return m_history; }
    AlertRules* alerts() const { return m_alerts; }
    const AlertLog& alertLog() const { return m_alertLog; }
    int roundsCompleted() const { return m_rounds; }

    // The history as CSV at `path`, and the alert log next to it (alertsCsvPath).
    Status exportCsv(const QString& path) const;
    static QString alertsCsvPath(const QString& historyCsvPath); // "x.csv" -> "x-alerts.csv"
    Status saveHistory() const;
    // What the save timer does every few minutes: save, and say historyFailed when that fails.
    void saveHistoryNow();

    SyncNowPreview syncNowPreview() const;
    // Why Sync now cannot work now, in one sentence (empty: it can). Checked before the password is
    // asked for: this machine is not in the pair, its chronyd does not answer, or it has nothing to
    // step to (System 1 serving only its own clock has no source).
    QString syncNowBlocker() const;
    // Marks a successful step on the chart (before/after as System 2's offset to System 1).
    void recordSyncNow(const SyncNowOutcome& outcome);

signals:
    void systemUpdated(const SystemSnapshot& snapshot);
    void roundCompleted();
    void historyFailed(const QString& message);
    void alertLogChanged();

private:
    void tick();
    void onPolled();
    void onReachability(int index, Reachability::Change change);
    SystemPoller* poller(int index) const { return m_pollers[size_t(index - 1)]; }

    PairDefinition m_pair;
    const Clock& m_clock;
    MonitorSettings m_settings;
    OffsetHistory m_history;
    AlertRules* m_alerts;
    AlertLog m_alertLog;
    std::array<SystemPoller*, 2> m_pollers{};
    QTimer m_timer;
    QTimer m_saveTimer;
    QString m_historyDirectory;
    PairOffset m_pairOffset;
    int m_pending = 0;
    int m_rounds = 0;
};
