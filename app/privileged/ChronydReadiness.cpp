#include "ChronydReadiness.h"

#include "cmdmon/CmdmonClient.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int PollIntervalMs = 250;
} // namespace

ChronydReadiness::ChronydReadiness(QString socketPath, QObject* parent)
    : QObject(parent)
    , m_socketPath(std::move(socketPath))
{
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setInterval(PollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &ChronydReadiness::poll);
}

void ChronydReadiness::wait(std::optional<QHostAddress> source, int deadlineMs)
{
    m_source = std::move(source);
    m_deadlineMs = deadlineMs;
    m_answered = false;
    m_done = false;
    m_lastState.clear();
    m_elapsed.start();
    poll();
}

void ChronydReadiness::schedulePoll()
{
    if (m_elapsed.elapsed() >= m_deadlineMs) {
        if (!m_answered)
            finish(false, u"chronyd did not answer on %1 within %2 s."_s.arg(m_socketPath).arg(m_deadlineMs / 1000.0));
        else
            finish(false, u"chronyd answers but did not select %1 within %2 s (%3)."_s
                              .arg(m_source->isNull() ? u"a server"_s : m_source->toString())
                              .arg(m_deadlineMs / 1000.0)
                              .arg(m_lastState.isEmpty() ? u"no sources"_s : m_lastState));
        return;
    }
    m_pollTimer.start();
}

void ChronydReadiness::poll()
{
    if (m_done)
        return;
    // A fresh client per poll: the daemon behind the socket path is a new process after a restart.
    if (m_client)
        m_client->deleteLater();
    CmdmonEndpoint endpoint;
    endpoint.socketPath = m_socketPath;
    m_client = new CmdmonClient(endpoint, this);
    m_client->setInitialTimeout(PollIntervalMs);
    m_client->setRetries(0);
    if (!m_source) {
        m_client->tracking()->then(this, [this](const CmdmonCallOf<TrackingReport>& call) {
            if (call.result().ok())
                finish(true, {});
            else
                schedulePoll();
        });
        return;
    }
    m_client->sources()->then(this, [this](const CmdmonCallOf<QList<SourceReport>>& call) {
        const Result<QList<SourceReport>> sources = call.result();
        if (!sources) {
            schedulePoll();
            return;
        }
        m_answered = true;
        QStringList states;
        for (const SourceReport& source : *sources) {
            states.append(source.stateChar() + source.name());
            const bool wanted = m_source->isNull() || (source.address.isIp() && source.address.ip.isEqual(*m_source));
            if (source.state == SourceReport::State::Selected && wanted) {
                if (m_requireAuthentication && source.address.isIp())
                    checkAuthentication(source.address.ip);
                else
                    finish(true, {});
                return;
            }
        }
        m_lastState = states.join(u", "_s);
        schedulePoll();
    });
}

void ChronydReadiness::checkAuthentication(const QHostAddress& source)
{
    m_client->ntpData(source)->then(this, [this, source](const CmdmonCallOf<NtpDataReport>& call) {
        const Result<NtpDataReport> data = call.result();
        if (data && data->authenticated()) {
            finish(true, {});
            return;
        }
        m_lastState = u"%1 selected, but its last reply was not authenticated"_s.arg(source.toString());
        schedulePoll();
    });
}

void ChronydReadiness::finish(bool ok, const QString& reason)
{
    if (m_done)
        return;
    m_done = true;
    m_pollTimer.stop();
    if (ok)
        emit ready();
    else
        emit failed(reason);
}
