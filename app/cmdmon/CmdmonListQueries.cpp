#include "CmdmonListQueries.h"

#include "CmdmonClient.h"
#include "CmdmonDecoders.h"

#include <memory>

namespace CmdmonListQueries {

namespace {

// Shared by the steps of one chain; each step holds it until the chain ends.
template<typename Report>
struct Chain
{
    CmdmonClient* client = nullptr;
    QPointer<CmdmonCallOf<QList<Report>>> call;
    std::function<CmdmonRequest(quint32)> requestFor;
    std::function<Result<Report>(const QByteArray&)> decode;
    // Optional extra exchange per item (source names); calls `next` when done.
    std::function<void(std::shared_ptr<Chain>, std::function<void()> next)> enrich;
    quint32 count = 0;
    QList<Report> reports;

    void fail(const CmdmonOutcome& outcome)
    {
        if (call)
            call->fail(outcome.error, outcome.message);
    }
};

template<typename Report>
void fetchItem(std::shared_ptr<Chain<Report>> chain, quint32 index)
{
    if (!chain->call)
        return; // the caller gave up on the call
    if (index >= chain->count) {
        chain->call->succeed(chain->reports);
        return;
    }
    chain->client->exchange(chain->requestFor(index), [chain, index](const CmdmonOutcome& outcome) {
        // A source removed between the count and this request: the list simply ended early.
        if (outcome.error == CmdmonError::NoSuchSource) {
            chain->count = index;
            fetchItem(chain, index);
            return;
        }
        if (outcome.error != CmdmonError::None) {
            chain->fail(outcome);
            return;
        }
        Result<Report> report = chain->decode(outcome.packet->data);
        if (!report.ok()) {
            chain->fail({CmdmonError::BadReply, chain->client->badReplyMessage(report.error()), std::nullopt});
            return;
        }
        chain->reports.append(std::move(report).value());
        auto next = [chain, index]() { fetchItem(chain, index + 1); };
        if (chain->enrich)
            chain->enrich(chain, next);
        else
            next();
    });
}

template<typename Report>
void start(std::shared_ptr<Chain<Report>> chain)
{
    chain->client->exchange(CmdmonRequest::sourceCount(), [chain](const CmdmonOutcome& outcome) {
        if (outcome.error != CmdmonError::None) {
            chain->fail(outcome);
            return;
        }
        const Result<quint32> count = CmdmonDecoders::sourceCount(outcome.packet->data);
        if (!count.ok()) {
            chain->fail({CmdmonError::BadReply, chain->client->badReplyMessage(count.error()), std::nullopt});
            return;
        }
        chain->count = *count;
        fetchItem(chain, 0);
    });
}

void addSourceName(std::shared_ptr<Chain<SourceReport>> chain, std::function<void()> next)
{
    SourceReport& report = chain->reports.last();
    // Reference clocks have no NTP source name; an unresolved one (a pool whose name did not resolve
    // yet) has, under its placeholder ID, and without it the admin sees only "ID#0000000001".
    const bool named = report.address.isIp() || report.address.family == CmdmonWire::Address::Family::Id;
    if (!named || report.mode == SourceReport::Mode::ReferenceClock) {
        next();
        return;
    }
    chain->client->exchange(CmdmonRequest::sourceName(report.address), [chain, next](const CmdmonOutcome& outcome) {
        // A missing name is cosmetic (older daemons, a source gone meanwhile): keep the address.
        if (outcome.error == CmdmonError::None) {
            const Result<QString> name = CmdmonDecoders::sourceName(outcome.packet->data);
            if (name.ok())
                chain->reports.last().sourceName = *name;
        }
        next();
    });
}

} // namespace

CmdmonCallOf<QList<SourceReport>>* sources(CmdmonClient* client, bool withNames)
{
    auto chain = std::make_shared<Chain<SourceReport>>();
    chain->client = client;
    auto* call = new CmdmonCallOf<QList<SourceReport>>(client);
    chain->call = call;
    chain->requestFor = [](quint32 index) { return CmdmonRequest::sourceData(qint32(index)); };
    chain->decode = &CmdmonDecoders::sourceData;
    if (withNames)
        chain->enrich = &addSourceName;
    start(chain);
    return call;
}

CmdmonCallOf<QList<SourceStatsReport>>* sourceStats(CmdmonClient* client)
{
    auto chain = std::make_shared<Chain<SourceStatsReport>>();
    chain->client = client;
    auto* call = new CmdmonCallOf<QList<SourceStatsReport>>(client);
    chain->call = call;
    chain->requestFor = [](quint32 index) { return CmdmonRequest::sourceStats(index); };
    chain->decode = &CmdmonDecoders::sourceStats;
    start(chain);
    return call;
}

} // namespace CmdmonListQueries
