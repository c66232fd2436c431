#pragma once

#include "DistroCommands.h"
#include "RoleGuess.h"
#include "SetupTarget.h"
#include "cmdmon/CmdmonReports.h"

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <optional>

class CmdmonClient;

// The wizard's first page in data: is chrony installed, which version, does chronyd answer, what
// role does its config give this machine, and which other time services would fight it.
struct DetectReport
{
    QString chronydPath; // empty: chrony is not installed
    QString version;     // "4.3"; empty when unknown
    bool running = false;
    QString notRunningReason;
    std::optional<TrackingReport> tracking;
    QString configPath;
    bool configFound = false;
    RoleGuess guess;
    QStringList competing; // e.g. systemd-timesyncd
    DistroCommands commands;

    bool installed() const { return !chronydPath.isEmpty(); }
};

// Gathers a DetectReport without blocking: chronyd --version and a TRACKING request run in
// parallel; emits finished() once, after both (each has its own deadline).
class ChronyDetector : public QObject
{
    Q_OBJECT
public:
    explicit ChronyDetector(QObject* parent = nullptr);
    ~ChronyDetector() override;

    void start(const SetupTarget& target);

    // "chronyd (chrony) version 4.3 (+CMDMON ...)" -> "4.3"; empty when the text is something else.
    static QString parseVersion(const QByteArray& output);

signals:
    void finished(const DetectReport& report);

private:
    void oneDone();

    DetectReport m_report;
    QProcess m_version;
    QTimer m_versionDeadline;
    CmdmonClient* m_client = nullptr;
    int m_pending = 0;
};
