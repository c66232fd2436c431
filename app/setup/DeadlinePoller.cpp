#include "DeadlinePoller.h"

#include "cmdmon/CmdmonClient.h"

namespace {
constexpr int PollIntervalMs = 500;
} // namespace

DeadlinePoller::DeadlinePoller(QObject* parent)
    : QObject(parent)
{
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setInterval(PollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        if (m_running)
            poll();
    });
}

void DeadlinePoller::begin(const CmdmonEndpoint& endpoint, int deadlineMs)
{
    delete m_client;
    m_client = new CmdmonClient(endpoint, this);
    m_client->setInitialTimeout(400);
    m_client->setRetries(2);
    m_deadlineMs = deadlineMs;
    m_running = true;
    m_elapsed.start();
    poll();
}

void DeadlinePoller::stop()
{
    m_running = false;
    m_pollTimer.stop();
}

bool DeadlinePoller::isFinal(bool done)
{
    if (!m_running)
        return false; // stopped: no more polls, and nobody waits for a final answer
    if (done || m_elapsed.elapsed() >= m_deadlineMs) {
        m_running = false;
        return true;
    }
    m_pollTimer.start();
    return false;
}
