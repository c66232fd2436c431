#pragma once

#include <QtGlobal>

// What an admin can tune on the live panel: how often both systems are asked, and when an alert
// fires. Kept in QSettings under "panel/" and "alerts/".
struct MonitorSettings
{
    int pollIntervalMs = 1000;
    // |System 2's offset to System 1| above this for longer than the grace period raises an alert.
    double offsetThresholdS = 0.1;
    // A condition must hold this long before its alert is raised, and be gone this long before it clears.
    qint64 graceMs = 30'000;
    // A link that loses some polls (but answers others) this long raises "link degraded": longer
    // than graceMs, since a lost datagram now and then is normal on a busy network.
    qint64 degradedGraceMs = 120'000;
    // Hysteresis: an offset alert clears only below threshold x this ratio, so a value hovering at
    // the threshold does not flap.
    double clearRatio = 0.8;

    static constexpr int MinPollIntervalMs = 250;
    static constexpr int MaxPollIntervalMs = 60'000;

    // Out-of-range values are clamped to something sensible.
    MonitorSettings normalised() const;
    static MonitorSettings load();
    void save() const;
};
