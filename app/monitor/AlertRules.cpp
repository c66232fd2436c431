#include "AlertRules.h"

#include "util/Clock.h"
#include "util/SecondsText.h"

AlertRules::AlertRules(const Clock& clock, const MonitorSettings& settings, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_settings(settings.normalised())
{}

void AlertRules::evaluate(const AlertInputs& inputs)
{
    const auto leapCondition = [](LeapStatus status) -> std::optional<bool> {
        if (status == LeapStatus::Unknown)
            return std::nullopt;
        return status != LeapStatus::Normal;
    };
    feed(Alert::Kind::LeapNotNormal, 1, leapCondition(inputs.leap1), describe(Alert::Kind::LeapNotNormal, 1, inputs));
    feed(Alert::Kind::LeapNotNormal, 2, leapCondition(inputs.leap2), describe(Alert::Kind::LeapNotNormal, 2, inputs));

    std::optional<bool> offsetCondition;
    if (std::isfinite(inputs.offsetS)) {
        // Hysteresis: once raised, the alert holds until the offset is clearly back.
        const double limit = isActive(Alert::Kind::OffsetTooLarge, 2)
                                 ? m_settings.offsetThresholdS * m_settings.clearRatio
                                 : m_settings.offsetThresholdS;
        offsetCondition = std::abs(inputs.offsetS) > limit;
    }
    feed(Alert::Kind::OffsetTooLarge, 2, offsetCondition, describe(Alert::Kind::OffsetTooLarge, 2, inputs));

    const auto unreachable = [](std::optional<bool> reachable) -> std::optional<bool> {
        if (!reachable)
            return std::nullopt;
        return !*reachable;
    };
    feed(Alert::Kind::Unreachable, 1, unreachable(inputs.reachable1), describe(Alert::Kind::Unreachable, 1, inputs));
    feed(Alert::Kind::Unreachable, 2, unreachable(inputs.reachable2), describe(Alert::Kind::Unreachable, 2, inputs));

    // A lossy link has a grace of its own: a few lost polls now and then are normal on a busy LAN.
    const auto degraded = [](std::optional<bool> reachable, bool lossy) -> std::optional<bool> {
        if (!reachable || !*reachable)
            return std::nullopt; // not monitored, or down (the unreachable alert says so)
        return lossy;
    };
    feed(Alert::Kind::LinkDegraded, 1, degraded(inputs.reachable1, inputs.degraded1),
         describe(Alert::Kind::LinkDegraded, 1, inputs), m_settings.degradedGraceMs);
    feed(Alert::Kind::LinkDegraded, 2, degraded(inputs.reachable2, inputs.degraded2),
         describe(Alert::Kind::LinkDegraded, 2, inputs), m_settings.degradedGraceMs);
}

void AlertRules::feed(Alert::Kind kind, int system, std::optional<bool> condition, const QString& text)
{
    feed(kind, system, condition, text, m_settings.graceMs);
}

void AlertRules::feed(Alert::Kind kind, int system, std::optional<bool> condition, const QString& text, qint64 graceMs)
{
    if (!condition)
        return;
    Track& track = m_tracks[key(kind, system)];
    const qint64 now = m_clock.monotonicMs();
    if (!track.active) {
        if (!*condition) {
            track.conditionSince.reset();
            return;
        }
        if (!track.conditionSince) {
            track.conditionSince = now;
            track.wallSince = m_clock.nowMs();
        }
        if (now - *track.conditionSince < graceMs)
            return;
        track.active = true;
        track.recoverySince.reset();
        track.alert = Alert{kind, system, track.wallSince, text};
        emit raised(track.alert);
        return;
    }
    if (*condition) {
        track.recoverySince.reset();
        track.alert.text = text; // the latest value, e.g. a growing offset
        return;
    }
    if (!track.recoverySince)
        track.recoverySince = now;
    if (now - *track.recoverySince < graceMs)
        return;
    track.active = false;
    track.conditionSince.reset();
    track.recoverySince.reset();
    emit cleared(track.alert);
}

QString AlertRules::describe(Alert::Kind kind, int system, const AlertInputs& inputs) const
{
    switch (kind) {
    case Alert::Kind::LeapNotNormal: {
        const LeapStatus status = system == 1 ? inputs.leap1 : inputs.leap2;
        if (status == LeapStatus::NotSynchronised)
            return tr("System %1 is not synchronised (leap status: Not synchronised).").arg(system);
        return tr("System %1 announces a leap second (leap status: %2).").arg(system).arg(leapStatusWord(status));
    }
    case Alert::Kind::OffsetTooLarge:
        return tr("System 2 is %1 %2 System 1, more than the %3 allowed.")
            .arg(SecondsText::format(std::abs(inputs.offsetS)), inputs.offsetS >= 0 ? tr("ahead of") : tr("behind"),
                 SecondsText::format(m_settings.offsetThresholdS));
    case Alert::Kind::Unreachable:
        return tr("System %1 does not answer.").arg(system);
    case Alert::Kind::LinkDegraded:
        return tr("The link to System %1 is degraded: some monitoring polls get no answer, while others do "
                  "(packet loss between the systems is the likeliest cause).")
            .arg(system);
    }
    return {};
}

QList<Alert> AlertRules::active() const
{
    QList<Alert> alerts;
    for (const Track& track : m_tracks) {
        if (track.active)
            alerts.append(track.alert);
    }
    return alerts;
}

bool AlertRules::isActive(Alert::Kind kind, int system) const
{
    const auto it = m_tracks.constFind(key(kind, system));
    return it != m_tracks.cend() && it->active;
}
