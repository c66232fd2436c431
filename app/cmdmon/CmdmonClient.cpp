#include "CmdmonClient.h"

#include "CmdmonDecoders.h"
#include "CmdmonListQueries.h"
#include "UdpCmdmonTransport.h"
#include "UnixCmdmonTransport.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
CmdmonTransport* transportFor(const CmdmonEndpoint& endpoint)
{
    if (endpoint.isUnixSocket())
        return new UnixCmdmonTransport(endpoint.socketPath);
    return new UdpCmdmonTransport(endpoint);
}
} // namespace

CmdmonClient::CmdmonClient(const CmdmonEndpoint& endpoint, QObject* parent)
    : CmdmonClient(transportFor(endpoint), endpoint, parent)
{}

CmdmonClient::CmdmonClient(CmdmonTransport* transport, const CmdmonEndpoint& endpoint, QObject* parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_transport(transport)
    , m_timer(new QTimer(this))
{
    m_transport->setParent(this);
    connect(m_transport, &CmdmonTransport::datagramReceived, this, &CmdmonClient::onDatagram);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &CmdmonClient::onTimeout);
}

CmdmonClient::~CmdmonClient() = default;

int CmdmonClient::totalTimeout() const
{
    int total = 0;
    for (int attempt = 0; attempt <= m_retries; ++attempt)
        total += m_initialTimeout << qMin(attempt, 16);
    return total;
}

void CmdmonClient::exchange(const CmdmonRequest& request, std::function<void(const CmdmonOutcome&)> handler)
{
    m_queue.enqueue(Exchange{request, std::move(handler)});
    startNext();
}

void CmdmonClient::startNext()
{
    if (m_current || m_queue.isEmpty())
        return;
    m_current = m_queue.dequeue();
    m_attempt = 0;
    const Status opened = m_transport->open();
    if (!opened.ok()) {
        finishLater({CmdmonError::Transport, opened.error(), std::nullopt});
        return;
    }
    transmit();
}

void CmdmonClient::transmit()
{
    // A fresh random sequence per transmission: a late reply to an earlier attempt, or a guessed one,
    // can never be taken for the answer to this one.
    m_sequence = QRandomGenerator::global()->generate();
    const QByteArray datagram = m_current->request.toDatagram(m_sequence, quint16(m_attempt));
    const Status sent = m_transport->send(datagram);
    if (!sent.ok()) {
        finishLater({CmdmonError::Transport, sent.error(), std::nullopt});
        return;
    }
    m_timer->start(m_initialTimeout << qMin(m_attempt, 16));
}

void CmdmonClient::finishLater(CmdmonOutcome outcome)
{
    // Failing before anything was sent happens inside exchange(), i.e. inside the call that created
    // a CmdmonCall: report it from the event loop so that the caller can still connect to finished().
    m_timer->stop();
    QMetaObject::invokeMethod(
        this, [this, outcome = std::move(outcome)]() mutable { finishCurrent(std::move(outcome)); },
        Qt::QueuedConnection);
}

void CmdmonClient::onDatagram(const QByteArray& datagram)
{
    if (!m_current)
        return;
    const std::optional<CmdmonReplyPacket> packet =
        validateCmdmonReply(datagram, m_current->request.command(), m_sequence, m_current->request.expectedReplies());
    if (!packet)
        return; // not ours or not trustworthy: keep waiting
    m_timer->stop();
    CmdmonOutcome outcome;
    outcome.error = cmdmonErrorForStatus(packet->status);
    outcome.message = describeCmdmonStatus(packet->status, packet->command);
    outcome.packet = packet;
    finishCurrent(std::move(outcome));
}

void CmdmonClient::onTimeout()
{
    if (!m_current)
        return;
    if (m_attempt < m_retries) {
        ++m_attempt;
        transmit();
        return;
    }
    finishCurrent({CmdmonError::NoAnswer, noAnswerMessage(), std::nullopt});
}

void CmdmonClient::finishCurrent(CmdmonOutcome outcome)
{
    m_timer->stop();
    Exchange finished = std::move(*m_current);
    m_current.reset();
    // The handler may queue the next step of a chain, or even delete this client.
    QPointer<CmdmonClient> alive(this);
    finished.handler(outcome);
    if (alive)
        startNext();
}

QString CmdmonClient::noAnswerMessage() const
{
    if (m_endpoint.isUnixSocket())
        return QCoreApplication::translate("CmdmonClient", "no answer from chronyd on its command socket %1")
            .arg(m_endpoint.socketPath);
    return QCoreApplication::translate("CmdmonClient",
                                       "no answer from chronyd at %1: it is not running, or this address is not "
                                       "allowed by cmdallow, or bindcmdaddress does not listen there, or a "
                                       "firewall drops UDP %2")
        .arg(m_endpoint.describe())
        .arg(m_endpoint.port);
}

QString CmdmonClient::badReplyMessage(const QString& reason) const
{
    return QCoreApplication::translate("CmdmonClient", "%1 (from chronyd at %2)").arg(reason, m_endpoint.describe());
}

template<typename T, typename Decoder>
CmdmonCallOf<T>* CmdmonClient::decodedCall(const CmdmonRequest& request, Decoder decoder)
{
    auto* call = new CmdmonCallOf<T>(this);
    QPointer<CmdmonCallOf<T>> guard(call);
    // The handler runs from this client's own exchange, so `this` is alive then.
    exchange(request, [this, guard, decoder](const CmdmonOutcome& outcome) {
        if (!guard)
            return;
        if (outcome.error != CmdmonError::None) {
            guard->fail(outcome.error, outcome.message);
            return;
        }
        Result<T> decoded = decoder(outcome.packet->data);
        if (decoded.ok())
            guard->succeed(std::move(decoded).value());
        else
            guard->fail(CmdmonError::BadReply, badReplyMessage(decoded.error()));
    });
    return call;
}

CmdmonCallOf<Done>* CmdmonClient::controlCall(const CmdmonRequest& request)
{
    return decodedCall<Done>(request, [](const QByteArray&) -> Result<Done> { return Done{}; });
}

CmdmonCallOf<TrackingReport>* CmdmonClient::tracking()
{
    return decodedCall<TrackingReport>(CmdmonRequest::tracking(), &CmdmonDecoders::tracking);
}

CmdmonCallOf<quint32>* CmdmonClient::sourceCount()
{
    return decodedCall<quint32>(CmdmonRequest::sourceCount(), &CmdmonDecoders::sourceCount);
}

CmdmonCallOf<SourceReport>* CmdmonClient::sourceData(int index)
{
    return decodedCall<SourceReport>(CmdmonRequest::sourceData(index), &CmdmonDecoders::sourceData);
}

CmdmonCallOf<SourceStatsReport>* CmdmonClient::sourceStats(int index)
{
    return decodedCall<SourceStatsReport>(CmdmonRequest::sourceStats(quint32(index)), &CmdmonDecoders::sourceStats);
}

CmdmonCallOf<ActivityReport>* CmdmonClient::activity()
{
    return decodedCall<ActivityReport>(CmdmonRequest::activity(), &CmdmonDecoders::activity);
}

CmdmonCallOf<QString>* CmdmonClient::sourceName(const QHostAddress& address)
{
    return decodedCall<QString>(CmdmonRequest::sourceName(CmdmonWire::Address::fromHostAddress(address)),
                                &CmdmonDecoders::sourceName);
}

CmdmonCallOf<QList<SourceReport>>* CmdmonClient::sources(bool withNames)
{
    return CmdmonListQueries::sources(this, withNames);
}

CmdmonCallOf<QList<SourceStatsReport>>* CmdmonClient::allSourceStats()
{
    return CmdmonListQueries::sourceStats(this);
}

CmdmonCallOf<NtpDataReport>* CmdmonClient::ntpData(const QHostAddress& address)
{
    return decodedCall<NtpDataReport>(CmdmonRequest::ntpData(CmdmonWire::Address::fromHostAddress(address)),
                                      &CmdmonDecoders::ntpData);
}

CmdmonCallOf<Done>* CmdmonClient::makeStep()
{
    return controlCall(CmdmonRequest::makeStep());
}

CmdmonCallOf<Done>* CmdmonClient::modifyMakeStep(double threshold, qint32 limit)
{
    return controlCall(CmdmonRequest::modifyMakeStep(threshold, limit));
}

CmdmonCallOf<Done>* CmdmonClient::burst(qint32 goodSamples, qint32 totalSamples,
                                        const std::optional<QHostAddress>& source)
{
    std::optional<CmdmonWire::Address> address;
    if (source)
        address = CmdmonWire::Address::fromHostAddress(*source);
    return controlCall(CmdmonRequest::burst(goodSamples, totalSamples, address));
}

CmdmonCallOf<Done>* CmdmonClient::addSource(const AddSourceParameters& parameters)
{
    return controlCall(CmdmonRequest::addSource(parameters));
}

CmdmonCallOf<Done>* CmdmonClient::deleteSource(const QHostAddress& address)
{
    return controlCall(CmdmonRequest::deleteSource(CmdmonWire::Address::fromHostAddress(address)));
}

CmdmonCallOf<Done>* CmdmonClient::reloadSources()
{
    return controlCall(CmdmonRequest::reloadSources());
}
