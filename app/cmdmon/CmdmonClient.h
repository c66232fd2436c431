#pragma once

#include "CmdmonCall.h"
#include "CmdmonEndpoint.h"
#include "CmdmonReplyValidator.h"
#include "CmdmonReports.h"
#include "CmdmonRequest.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QQueue>

#include <functional>
#include <optional>

class CmdmonTransport;
class QTimer;

// How one exchange ended. error is None only for a reply with a success status; a reply with an
// error status carries both the typed error and the packet.
struct CmdmonOutcome
{
    CmdmonError error = CmdmonError::None;
    QString message;
    std::optional<CmdmonReplyPacket> packet;
};

// Talks to one chronyd over its command protocol, without ever blocking: every method returns at
// once with a CmdmonCall that finishes later. Like chronyc, one request is in flight at a time (the
// rest wait in a queue), each transmission gets a fresh random sequence, and an unanswered request
// is sent again after 1 s, 2 s, ... (initial timeout doubled per attempt, 2 retries by default).
// Calls are children of the client; delete them when finished (or use CmdmonCallOf::then()).
class CmdmonClient : public QObject
{
    Q_OBJECT
public:
    explicit CmdmonClient(const CmdmonEndpoint& endpoint, QObject* parent = nullptr);
    // Over a transport of the caller's (the fuzz target's, which answers from its input); the client
    // takes it over. `endpoint` only names the daemon in messages.
    CmdmonClient(CmdmonTransport* transport, const CmdmonEndpoint& endpoint, QObject* parent = nullptr);
    ~CmdmonClient() override;

    const CmdmonEndpoint& endpoint() const { return m_endpoint; }
    // A reply that decoded badly or implausibly, with where it came from.
    QString badReplyMessage(const QString& reason) const;
    void setInitialTimeout(int milliseconds) { m_initialTimeout = qMax(1, milliseconds); }
    void setRetries(int retries) { m_retries = qMax(0, retries); }
    int retries() const { return m_retries; }
    // Total time an unanswered request waits before failing: t + 2t + 4t + ...
    int totalTimeout() const;

    // Monitoring: allowed over UDP from localhost or a cmdallow'ed address.
    CmdmonCallOf<TrackingReport>* tracking();
    CmdmonCallOf<quint32>* sourceCount();
    CmdmonCallOf<SourceReport>* sourceData(int index);
    CmdmonCallOf<SourceStatsReport>* sourceStats(int index);
    CmdmonCallOf<ActivityReport>* activity();
    CmdmonCallOf<QString>* sourceName(const QHostAddress& address);
    // N_SOURCES, then SOURCE_DATA for each index (and NTP_SOURCE_NAME for each address if asked).
    CmdmonCallOf<QList<SourceReport>>* sources(bool withNames = false);
    // N_SOURCES, then SOURCESTATS for each index.
    CmdmonCallOf<QList<SourceStatsReport>>* allSourceStats();

    // Control: chronyd accepts these only on its Unix socket (else CmdmonError::Unauthorised).
    // The last NTP exchange with the source at `address` (authenticated or not).
    CmdmonCallOf<NtpDataReport>* ntpData(const QHostAddress& address);
    CmdmonCallOf<Done>* makeStep();
    CmdmonCallOf<Done>* modifyMakeStep(double threshold, qint32 limit);
    CmdmonCallOf<Done>* burst(qint32 goodSamples, qint32 totalSamples,
                              const std::optional<QHostAddress>& source = std::nullopt);
    CmdmonCallOf<Done>* addSource(const AddSourceParameters& parameters);
    CmdmonCallOf<Done>* deleteSource(const QHostAddress& address);
    CmdmonCallOf<Done>* reloadSources();

    // The building block of the calls above: queues one request (sent at once when none is in
    // flight); `handler` runs from the event loop once a valid reply arrived or all retries are spent.
    void exchange(const CmdmonRequest& request, std::function<void(const CmdmonOutcome&)> handler);

private:
    struct Exchange
    {
        CmdmonRequest request;
        std::function<void(const CmdmonOutcome&)> handler;
    };

    template<typename T, typename Decoder>
    CmdmonCallOf<T>* decodedCall(const CmdmonRequest& request, Decoder decoder);
    CmdmonCallOf<Done>* controlCall(const CmdmonRequest& request);

    void startNext();
    void finishLater(CmdmonOutcome outcome);
    void transmit();
    void onDatagram(const QByteArray& datagram);
    void onTimeout();
    void finishCurrent(CmdmonOutcome outcome);
    QString noAnswerMessage() const;

    const CmdmonEndpoint m_endpoint;
    CmdmonTransport* m_transport = nullptr;
    QTimer* m_timer = nullptr;
    QQueue<Exchange> m_queue;
    std::optional<Exchange> m_current;
    quint32 m_sequence = 0;
    int m_attempt = 0;
    int m_initialTimeout = 1000;
    int m_retries = 2;
};
