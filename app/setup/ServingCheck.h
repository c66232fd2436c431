#pragma once

#include "cmdmon/CmdmonEndpoint.h"
#include "cmdmon/CmdmonReports.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <optional>

class CmdmonClient;

// System 1's own half of Verify, read from its chronyd: it is synchronised (leap status not "Not
// synchronised"), so it serves System 2, at the stratum its tracking says: its local clock's
// (`local stratum N`, reference 127.127.1.1) or one below an online source's (mode 2).
struct ServingReport
{
    bool answered = false;
    QString problem; // why this system's chronyd did not answer
    std::optional<TrackingReport> tracking;

    bool serving() const { return tracking && tracking->leapStatus != 3; }
    bool fromLocalClock() const;
};

class ServingCheck : public QObject
{
    Q_OBJECT
public:
    explicit ServingCheck(QObject* parent = nullptr);

    // Polls `own` until it serves or the deadline passes (a restarted chronyd takes a moment).
    void start(const CmdmonEndpoint& own, int deadlineMs = 20000);
    void stop();

signals:
    void finished(const ServingReport& report);

private:
    void poll();

    CmdmonClient* m_client = nullptr;
    QElapsedTimer m_elapsed;
    QTimer m_pollTimer;
    int m_deadlineMs = 0;
    bool m_running = false;
};
