#pragma once

#include "Lab.h"
#include "cmdmon/CmdmonReports.h"

#include <QObject>

#include <optional>

struct LabSystemStatus
{
    LabSystemInfo info;                     // pid: the lab's chronyd named by the pid file, 0 when not running
    std::optional<TrackingReport> tracking; // empty when the daemon did not answer
    QString trackingError;
};

struct LabStatus
{
    LabSystemStatus system1;
    LabSystemStatus system2;
};

// Looks at a lab, whoever started it: which of its daemons run (pid files checked against
// /proc/PID/cmdline) and what each one's tracking report says (cmdmon over UDP from localhost).
class LabStatusQuery : public QObject
{
    Q_OBJECT
public:
    explicit LabStatusQuery(const LabSettings& settings, QObject* parent = nullptr);

    void start(); // emits finished() once both systems answered or timed out

signals:
    void finished(const LabStatus& status);

private:
    void queryTracking(LabSystemStatus* status);
    void oneDone();

    LabSettings m_settings;
    LabStatus m_status;
    int m_pending = 0;
};
