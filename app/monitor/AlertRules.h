#pragma once

#include "history/LeapStatusTrack.h"
#include "monitor/MonitorSettings.h"

#include <QList>
#include <QMap>
#include <QObject>

#include <cmath>
#include <optional>

class Clock;

struct Alert
{
    enum class Kind { LeapNotNormal, OffsetTooLarge, Unreachable, LinkDegraded };

    Kind kind = Kind::OffsetTooLarge;
    int system = 2;     // 1 or 2 (the offset alert is about System 2 against System 1)
    qint64 sinceMs = 0; // wall time the condition started (not when the grace period ended)
    QString text;       // one sentence for the banner and the desktop notification
};

// What one poll round saw, as far as the rules care.
struct AlertInputs
{
    LeapStatus leap1 = LeapStatus::Unknown; // Unknown: not measured this time (no change either way)
    LeapStatus leap2 = LeapStatus::Unknown;
    std::optional<bool> reachable1; // nullopt: that system is not monitored
    std::optional<bool> reachable2;
    // Answers, but lost some of its last eight polls (meaningless while unreachable).
    bool degraded1 = false;
    bool degraded2 = false;
    double offsetS = std::nan(""); // System 2's offset to System 1; NaN: not measured
};

// The panel's alerts, with a grace period and hysteresis so that nothing flaps: a condition must
// hold for the whole grace period (measured on the monotonic clock) before its alert is raised, and
// be gone for a whole grace period before it clears; an offset alert only counts as gone below
// threshold x clearRatio. A round that measured nothing (NaN, Unknown) neither starts nor resets a period.
class AlertRules : public QObject
{
    Q_OBJECT
public:
    AlertRules(const Clock& clock, const MonitorSettings& settings, QObject* parent = nullptr);

    void setSettings(const MonitorSettings& settings) { m_settings = settings.normalised(); }
    const MonitorSettings& settings() const { return m_settings; }

    void evaluate(const AlertInputs& inputs);
    QList<Alert> active() const;
    bool isActive(Alert::Kind kind, int system) const;

signals:
    void raised(const Alert& alert);
    void cleared(const Alert& alert);

private:
    struct Track
    {
        std::optional<qint64> conditionSince; // monotonic ms
        std::optional<qint64> recoverySince;  // monotonic ms
        qint64 wallSince = 0;
        bool active = false;
        Alert alert;
    };

    void feed(Alert::Kind kind, int system, std::optional<bool> condition, const QString& text);
    void feed(Alert::Kind kind, int system, std::optional<bool> condition, const QString& text, qint64 graceMs);
    QString describe(Alert::Kind kind, int system, const AlertInputs& inputs) const;
    static int key(Alert::Kind kind, int system) { return int(kind) * 4 + system; }

    const Clock& m_clock;
    MonitorSettings m_settings;
    QMap<int, Track> m_tracks;
};
