// libFuzzer target: the list paths of the command-protocol client (N_SOURCES, then one SOURCE_DATA
// and NTP_SOURCE_NAME, or SOURCESTATS, per source) against a daemon that answers with the fuzzer's
// bytes. Whatever it answers, the client must end (no endless chain), send no more requests than
// the bounded count allows (a forged 0xFFFFFFFF once made it send 858k), and return no more sources
// than that bound. The header's command and sequence are copied from each request, so that the
// fuzzer's bytes reach the count and the decoders rather than only the validator.
// Input: a selector byte (sources with names, without, or source statistics), then replies, each a
// big-endian 16-bit length and that many bytes; after the last, the daemon repeats it for ever. Seed corpus:
// tests/fuzz/corpus/fuzz_cmdmon_sources.
#include "cmdmon/CmdmonClient.h"
#include "cmdmon/CmdmonDecoders.h"
#include "cmdmon/CmdmonTransport.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <QtEndian>

#include <cstdint>
#include <cstdlib>

namespace {

class ReplayTransport : public CmdmonTransport
{
public:
    explicit ReplayTransport(QByteArray replies)
        : m_replies(std::move(replies))
    {}

    int sent = 0;

    Status open() override { return success(); }
    Status send(const QByteArray& request) override
    {
        ++sent;
        // Out of replies, the last one again: a daemon that answers for ever, so that a count
        // nothing bounds would show as a chain that never ends (and abort below).
        if (m_offset + 2 <= m_replies.size()) {
            const int length = qFromBigEndian<quint16>(m_replies.constData() + m_offset);
            m_last = m_replies.mid(m_offset + 2, length);
            m_offset += 2 + length;
        }
        if (m_last.isEmpty())
            return success(); // the request times out
        QByteArray reply = m_last;
        // Reply header: command at 4, sequence at 16; the request has its sequence at 8.
        if (reply.size() >= 20 && request.size() >= 12) {
            reply.replace(4, 2, request.mid(4, 2));
            reply.replace(16, 4, request.mid(8, 4));
        }
        QTimer::singleShot(0, this, [this, reply] { emit datagramReceived(reply); });
        return success();
    }

private:
    QByteArray m_replies;
    qsizetype m_offset = 0;
    QByteArray m_last;
};

QCoreApplication& application()
{
    static int argc = 1;
    static char name[] = "fuzz_cmdmon_sources";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return app;
}

// N_SOURCES, then at most two requests per source (data and name).
constexpr int MaxRequests = 1 + 2 * int(CmdmonDecoders::MaxSources);

template<typename T>
void runToEnd(CmdmonCallOf<T>* call, const ReplayTransport& transport)
{
    QEventLoop loop;
    QObject::connect(call, &CmdmonCall::finished, &loop, &QEventLoop::quit);
    // More requests than the bound allows: the count was believed. Stop and report.
    QTimer watchdog;
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] {
        if (transport.sent > MaxRequests)
            std::abort();
    });
    watchdog.start(1);
    if (!call->isFinished())
        loop.exec();
    if (transport.sent > MaxRequests)
        std::abort();
    if (call->result().ok() && call->result()->size() > qsizetype(CmdmonDecoders::MaxSources))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    application();
    if (size < 1)
        return 0;
    const QByteArray input(reinterpret_cast<const char*>(bytes), qsizetype(size));
    auto* transport = new ReplayTransport(input.mid(1));
    CmdmonEndpoint endpoint;
    endpoint.host = QHostAddress(QHostAddress::LocalHost);
    CmdmonClient client(transport, endpoint);
    client.setInitialTimeout(1);
    client.setRetries(0);
    switch (bytes[0] % 3) {
    case 0:
        runToEnd(client.sources(true), *transport);
        break;
    case 1:
        runToEnd(client.sources(false), *transport);
        break;
    default:
        runToEnd(client.allSourceStats(), *transport);
        break;
    }
    return 0;
}
