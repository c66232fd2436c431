#include "ServingCheck.h"

#include "cmdmon/CmdmonClient.h"

namespace {
constexpr int PollIntervalMs = 500;
// chronyd's reference ID while it serves its local clock: 127.127.1.1 (chrony's "LOCAL" refid).
constexpr quint32 LocalReferenceId = 0x7F7F0101;
} // namespace

bool ServingReport::fromLocalClock() const
{
    return tracking && tracking->referenceId == LocalReferenceId;
}

ServingCheck::ServingCheck(QObject* parent)
    : QObject(parent)
{
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setInterval(PollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &ServingCheck::poll);
}

void ServingCheck::start(const CmdmonEndpoint& own, int deadlineMs)
{
    delete m_client;
    m_client = new CmdmonClient(own, this);
    m_client->setInitialTimeout(400);
    m_client->setRetries(2);
    m_deadlineMs = deadlineMs;
    m_running = true;
    m_elapsed.start();
    poll();
}

void ServingCheck::stop()
{
    m_running = false;
    m_pollTimer.stop();
}

void ServingCheck::poll()
{
    if (!m_running)
        return;
    m_client->tracking()->then(this, [this](const CmdmonCallOf<TrackingReport>& call) {
        if (!m_running)
            return;
        ServingReport report;
        if (const Result<TrackingReport> tracking = call.result()) {
            report.answered = true;
            report.tracking = *tracking;
        } else {
            report.problem = tracking.error();
        }
        if (report.serving() || m_elapsed.elapsed() >= m_deadlineMs) {
            m_running = false;
            emit finished(report);
            return;
        }
        m_pollTimer.start();
    });
}
