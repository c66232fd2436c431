#pragma once

#include "lab/LabSettings.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

// The clock controls of `tandem-cli lab`: how each system's virtual clock starts (lab start) and
// what to change on a running lab (lab clock).
class LabClockOptions
{
public:
    LabClockOptions();

    void addTo(QCommandLineParser& parser) const;
    // lab start: the clocks at the start, or -x. Errors name the option.
    Status readStart(const QCommandLineParser& parser, LabSettings* settings) const;
    // lab clock: at least one change for one system.
    struct Change
    {
        int system = 2;
        std::optional<double> stepSeconds;
        std::optional<double> frequencyPpm;
    };
    Result<Change> readChange(const QCommandLineParser& parser) const;

private:
    QCommandLineOption m_offset1;
    QCommandLineOption m_offset2;
    QCommandLineOption m_freq1;
    QCommandLineOption m_freq2;
    QCommandLineOption m_date;
    QCommandLineOption m_noVirtualClock;
    QCommandLineOption m_system;
    QCommandLineOption m_step;
    QCommandLineOption m_freq;
};
