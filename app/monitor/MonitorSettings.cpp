#include "MonitorSettings.h"

#include <QSettings>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

MonitorSettings MonitorSettings::normalised() const
{
    MonitorSettings s = *this;
    s.pollIntervalMs = std::clamp(s.pollIntervalMs, MinPollIntervalMs, MaxPollIntervalMs);
    if (!std::isfinite(s.offsetThresholdS) || s.offsetThresholdS <= 0)
        s.offsetThresholdS = MonitorSettings().offsetThresholdS;
    s.graceMs = std::clamp<qint64>(s.graceMs, 0, qint64(24) * 3600 * 1000);
    s.degradedGraceMs = std::clamp<qint64>(s.degradedGraceMs, 0, qint64(24) * 3600 * 1000);
    if (!std::isfinite(s.clearRatio) || s.clearRatio <= 0 || s.clearRatio > 1)
        s.clearRatio = MonitorSettings().clearRatio;
    return s;
}

MonitorSettings MonitorSettings::load()
{
    const QSettings settings;
    MonitorSettings s;
    s.pollIntervalMs = settings.value(u"panel/pollIntervalMs"_s, s.pollIntervalMs).toInt();
    s.offsetThresholdS = settings.value(u"alerts/offsetThresholdS"_s, s.offsetThresholdS).toDouble();
    s.graceMs = settings.value(u"alerts/graceMs"_s, s.graceMs).toLongLong();
    s.degradedGraceMs = settings.value(u"alerts/degradedGraceMs"_s, s.degradedGraceMs).toLongLong();
    return s.normalised();
}

void MonitorSettings::save() const
{
    QSettings settings;
    settings.setValue(u"panel/pollIntervalMs"_s, pollIntervalMs);
    settings.setValue(u"alerts/offsetThresholdS"_s, offsetThresholdS);
    settings.setValue(u"alerts/graceMs"_s, graceMs);
    settings.setValue(u"alerts/degradedGraceMs"_s, degradedGraceMs);
}
