#include "LabClockOptions.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

Result<double> number(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return Error{u"--%1 must be a number, not '%2'"_s.arg(option.names().constFirst(), parser.value(option))};
    return value;
}

} // namespace

LabClockOptions::LabClockOptions()
    : m_offset1(u"offset1"_s, u"start: System 1's clock starts SECONDS ahead of this machine's (or of --date)."_s,
                u"SECONDS"_s)
    , m_offset2(u"offset2"_s, u"start: System 2's clock starts SECONDS ahead (e.g. 100; negative: behind)."_s,
                u"SECONDS"_s)
    , m_freq1(u"freq1"_s, u"start: System 1's oscillator runs PPM fast (at most ±500)."_s, u"PPM"_s)
    , m_freq2(u"freq2"_s, u"start: System 2's oscillator runs PPM fast (at most ±500)."_s, u"PPM"_s)
    , m_date(u"date"_s, u"start: both clocks start at this UTC time, e.g. 2016-12-31T23:00:00Z (a leap second)."_s,
             u"UTC-TIME"_s)
    , m_noVirtualClock(u"no-virtual-clock"_s,
                       u"start: run chronyd with -x on this machine's clock (no clock controls; nothing is stepped)."_s)
    , m_system(u"system"_s, u"clock: which system's clock to change, 1 or 2 (default 2)."_s, u"N"_s, u"2"_s)
    , m_step(u"step"_s, u"clock: jump that clock by SECONDS now, behind chronyd's back (as a wrong `date -s` does)."_s,
             u"SECONDS"_s)
    , m_freq(u"freq"_s, u"clock: set that clock's oscillator error to PPM from now on."_s, u"PPM"_s)
{}

void LabClockOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({m_offset1, m_offset2, m_freq1, m_freq2, m_date, m_noVirtualClock, m_system, m_step, m_freq});
}

Status LabClockOptions::readStart(const QCommandLineParser& parser, LabSettings* settings) const
{
    settings->virtualClocks = !parser.isSet(m_noVirtualClock);
    const std::array<std::pair<const QCommandLineOption*, double*>, 4> numbers{{
        {&m_offset1, &settings->clocks[0].offsetSeconds},
        {&m_offset2, &settings->clocks[1].offsetSeconds},
        {&m_freq1, &settings->clocks[0].frequencyPpm},
        {&m_freq2, &settings->clocks[1].frequencyPpm},
    }};
    for (const auto& [option, target] : numbers) {
        if (!parser.isSet(*option))
            continue;
        const Result<double> value = number(parser, *option);
        if (!value)
            return value.failure();
        *target = *value;
    }
    if (parser.isSet(m_date)) {
        settings->date = QDateTime::fromString(parser.value(m_date), Qt::ISODate);
        if (!settings->date.isValid())
            return Error{
                u"--date must be an ISO 8601 time such as 2016-12-31T23:00:00Z, not '%1'"_s.arg(parser.value(m_date))};
        settings->date = settings->date.toUTC();
    }
    return success();
}

Result<LabClockOptions::Change> LabClockOptions::readChange(const QCommandLineParser& parser) const
{
    Change change;
    const QString system = parser.value(m_system);
    if (system != u"1"_s && system != u"2"_s)
        return Error{u"--system must be 1 or 2, not '%1'"_s.arg(system)};
    change.system = system.toInt();
    if (parser.isSet(m_step)) {
        const Result<double> step = number(parser, m_step);
        if (!step)
            return step.failure();
        if (std::abs(*step) > MaxLabClockOffsetSeconds)
            return Error{u"--step must be within ±%1 s"_s.arg(MaxLabClockOffsetSeconds)};
        change.stepSeconds = *step;
    }
    if (parser.isSet(m_freq)) {
        const Result<double> freq = number(parser, m_freq);
        if (!freq)
            return freq.failure();
        if (std::abs(*freq) > MaxLabClockFrequencyPpm)
            return Error{u"--freq must be within ±%1 ppm (chronyd corrects no more)"_s.arg(MaxLabClockFrequencyPpm)};
        change.frequencyPpm = *freq;
    }
    if (!change.stepSeconds && !change.frequencyPpm)
        return Error{u"clock needs --step SECONDS or --freq PPM"_s};
    return change;
}
