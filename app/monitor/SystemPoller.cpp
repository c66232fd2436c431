#include "SystemPoller.h"

#include "cmdmon/CmdmonClient.h"
#include "util/Clock.h"

#include <algorithm>

SystemPoller::SystemPoller(int index, const QString& title, const CmdmonEndpoint& endpoint, const Clock& clock,
                           QObject* parent, const std::optional<CmdmonEndpoint>& localSocket)
    : QObject(parent)
    , m_clock(clock)
    , m_client(new CmdmonClient(endpoint, this))
    , m_socketClient(localSocket ? new CmdmonClient(*localSocket, this) : nullptr)
{
    m_snapshot.index = index;
    m_snapshot.title = title;
    m_snapshot.endpoint = endpoint.describe();
    setTimeoutBudget(1500);
}

const CmdmonEndpoint& SystemPoller::endpoint() const
{
    return m_client->endpoint();
}

void SystemPoller::setTimeoutBudget(int budgetMs)
{
    for (CmdmonClient* client : {m_client, m_socketClient}) {
        if (!client)
            continue;
        client->setRetries(1);
        client->setInitialTimeout(qMax(50, budgetMs / 3));
    }
}

bool SystemPoller::poll()
{
    if (m_busy)
        return false;
    m_busy = true;
    m_client->tracking()->then(this, [this](const CmdmonCallOf<TrackingReport>& call) {
        const Result<TrackingReport> tracking = call.result();
        const qint64 now = m_clock.nowMs();
        const Reachability::Change change =
            tracking ? m_snapshot.link.succeeded(now) : m_snapshot.link.failed(now, call.errorString(), call.error());
        if (tracking) {
            m_snapshot.tracking = *tracking;
            m_snapshot.lastAnswerMs = now;
        }
        if (change != Reachability::Change::None)
            emit reachabilityChanged(m_snapshot.index, change);
        if (!tracking) {
            finish();
            return;
        }
        pollSources();
    });
    return true;
}

void SystemPoller::pollSources()
{
    // With the names chronyd was given ("2.debian.pool.ntp.org"), as chronyc -N shows them.
    m_client->sources(true)->then(this, [this](const CmdmonCallOf<QList<SourceReport>>& call) {
        const Result<QList<SourceReport>> sources = call.result();
        if (sources) {
            m_snapshot.sources = *sources;
            m_snapshot.sourcesError.clear();
        } else {
            // TRACKING answered, so the system is up; only the table is stale.
            m_snapshot.sourcesError = sources.error();
        }
        pollTrust();
    });
}

void SystemPoller::pollTrust()
{
    const auto selected =
        std::find_if(m_snapshot.sources.cbegin(), m_snapshot.sources.cend(), [](const SourceReport& s) {
            return s.state == SourceReport::State::Selected && s.mode != SourceReport::Mode::ReferenceClock &&
                   s.address.isIp();
        });
    if (!m_socketClient || selected == m_snapshot.sources.cend()) {
        m_snapshot.referenceTrust = SourceTrust::Unknown;
        finish();
        return;
    }
    m_socketClient->ntpData(selected->address.ip)->then(this, [this](const CmdmonCallOf<NtpDataReport>& call) {
        const Result<NtpDataReport> data = call.result();
        if (data)
            m_snapshot.referenceTrust =
                data->authenticated() ? SourceTrust::Authenticated : SourceTrust::NotAuthenticated;
        else if (call.error() != CmdmonError::NoAnswer)        // a restart in progress keeps what was known
            m_snapshot.referenceTrust = SourceTrust::NotShown; // not this user's socket, or chronyd refused
        finish();
    });
}

void SystemPoller::finish()
{
    m_busy = false;
    emit polled(m_snapshot);
}
