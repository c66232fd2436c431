#include "TestData.h"
#include "cmdmon/CmdmonClient.h"
#include "cmdmon/CmdmonWire.h"
#include "cmdmon/PacketReader.h"

#include <QNetworkDatagram>
#include <QTest>
#include <QUdpSocket>
#include <QtEndian>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

struct SeenRequest
{
    quint16 command = 0;
    quint16 attempt = 0;
    quint32 sequence = 0;
    int length = 0;
};

// A fake chronyd on loopback (own ephemeral port, so parallel runs never collide) that answers each
// request with whatever the test's policy returns, from its own socket or from a second "impostor"
// socket. Only for fault injection: the real protocol is tested against real chronyd in tst_CmdmonLab.
class FakeDaemon
{
public:
    // Datagrams to send for one request; `fromImpostor` ones come from another port.
    struct Answer
    {
        QByteArray datagram;
        bool fromImpostor = false;
    };
    std::function<QList<Answer>(const SeenRequest&, const QByteArray&)> policy;
    QList<SeenRequest> seen;

    explicit FakeDaemon(const QHostAddress& address = QHostAddress(QHostAddress::LocalHost))
    {
        QVERIFY(m_socket.bind(address, 0));
        QVERIFY(m_impostor.bind(address, 0));
        QObject::connect(&m_socket, &QUdpSocket::readyRead, [this]() { receive(); });
    }
    quint16 port() const { return m_socket.localPort(); }

private:
    void receive()
    {
        while (m_socket.hasPendingDatagrams()) {
            const QNetworkDatagram datagram = m_socket.receiveDatagram();
            PacketReader reader(datagram.data());
            SeenRequest request{reader.u16(4), reader.u16(6), reader.u32(8), int(datagram.data().size())};
            seen.append(request);
            if (!policy)
                continue;
            for (const Answer& answer : policy(request, datagram.data())) {
                QUdpSocket& from = answer.fromImpostor ? m_impostor : m_socket;
                from.writeDatagram(answer.datagram, datagram.senderAddress(), quint16(datagram.senderPort()));
            }
        }
    }

    QUdpSocket m_socket;
    QUdpSocket m_impostor;
};

QByteArray capturedReply(const char* name, quint32 sequence)
{
    QByteArray reply = readTestData(u"cmdmon/"_s + QString::fromLatin1(name) + u".bin"_s);
    qToBigEndian(sequence, reply.data() + 16);
    return reply;
}

enum class Fault {
    Truncated,
    HeaderOnly,
    Oversized,
    OneByteLonger,
    WrongVersion,
    WrongType,
    Reserved,
    WrongSequence,
    WrongCommand,
    WrongReplyCode,
    WrongSender,
    Garbage,
    Empty
};

QByteArray faulty(Fault fault, quint32 sequence, FakeDaemon::Answer* answer)
{
    QByteArray reply = capturedReply("tracking_client", sequence);
    switch (fault) {
    case Fault::Truncated:
        return reply.left(60);
    case Fault::HeaderOnly:
        return reply.left(28);
    case Fault::Oversized:
        return reply + QByteArray(1500, '\0');
    case Fault::OneByteLonger:
        return reply + QByteArray(1, '\0');
    case Fault::WrongVersion:
        reply[0] = 5;
        return reply;
    case Fault::WrongType:
        reply[1] = 1;
        return reply;
    case Fault::Reserved:
        reply[3] = 7;
        return reply;
    case Fault::WrongSequence:
        qToBigEndian(sequence + 1, reply.data() + 16);
        return reply;
    case Fault::WrongCommand:
        qToBigEndian(quint16(44), reply.data() + 4);
        return reply;
    case Fault::WrongReplyCode:
        qToBigEndian(quint16(12), reply.data() + 6);
        return reply;
    case Fault::WrongSender:
        answer->fromImpostor = true;
        return reply;
    case Fault::Garbage:
        return "\xde\xad\xbe\xef not a cmdmon reply at all, but long enough to pass a length check"_ba;
    case Fault::Empty:
        return {};
    }
    return {};
}

} // namespace

class tst_CmdmonClientFaults : public QObject
{
    Q_OBJECT

private slots:
    void badReplyIsDropped_data();
    void badReplyIsDropped();
    void everyFaultThenValid();
    void retriesWithNewSequence();
    void errorStatusIsTyped_data();
    void errorStatusIsTyped();
    void queuedRequestsGoOneAtATime();
    void sourcesChain();
    void implausibleSourceCountIsRefused();
    void implausibleTrackingIsRefused();
    void ipv6();
    void missingUnixSocket();
    void totalTimeout();
};

void tst_CmdmonClientFaults::badReplyIsDropped_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<bool>("validFollows");
    const QList<std::pair<const char*, Fault>> faults{{"truncated", Fault::Truncated},
                                                      {"header only", Fault::HeaderOnly},
                                                      {"oversized", Fault::Oversized},
                                                      {"one byte longer", Fault::OneByteLonger},
                                                      {"wrong version", Fault::WrongVersion},
                                                      {"wrong type", Fault::WrongType},
                                                      {"reserved bytes", Fault::Reserved},
                                                      {"wrong sequence", Fault::WrongSequence},
                                                      {"wrong command", Fault::WrongCommand},
                                                      {"wrong reply code", Fault::WrongReplyCode},
                                                      {"wrong sender", Fault::WrongSender},
                                                      {"garbage", Fault::Garbage},
                                                      {"empty", Fault::Empty}};
    for (const auto& [name, fault] : faults) {
        QTest::addRow("%s, then nothing", name) << fault << false;
        QTest::addRow("%s, then a valid reply", name) << fault << true;
    }
}

void tst_CmdmonClientFaults::badReplyIsDropped()
{
    QFETCH(Fault, fault);
    QFETCH(bool, validFollows);
    FakeDaemon daemon;
    daemon.policy = [&](const SeenRequest& request, const QByteArray&) {
        FakeDaemon::Answer bad;
        bad.datagram = faulty(fault, request.sequence, &bad);
        QList<FakeDaemon::Answer> answers{bad};
        if (validFollows)
            answers.append({capturedReply("tracking_client", request.sequence), false});
        return answers;
    };
    CmdmonEndpoint endpoint;
    endpoint.port = daemon.port();
    CmdmonClient client(endpoint);
    client.setInitialTimeout(100);
    client.setRetries(1);
    auto* call = client.tracking();
    QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 5000);
    if (validFollows) {
        QVERIFY2(call->result().ok(), qPrintable(call->errorString()));
        QCOMPARE(call->result()->referenceIdHex(), u"7F370002"_s);
        QCOMPARE(daemon.seen.size(), 1);
    } else {
        QCOMPARE(call->error(), CmdmonError::NoAnswer);
        QVERIFY(call->errorString().startsWith(u"no answer from chronyd at 127.0.0.1:%1"_s.arg(daemon.port())));
        QVERIFY(call->errorString().contains(u"cmdallow"_s));
        QCOMPARE(daemon.seen.size(), 2); // first send + 1 retry
    }
}

void tst_CmdmonClientFaults::everyFaultThenValid()
{
    FakeDaemon daemon;
    daemon.policy = [&](const SeenRequest& request, const QByteArray&) {
        QList<FakeDaemon::Answer> answers;
        for (Fault fault : {Fault::Truncated, Fault::HeaderOnly, Fault::Oversized, Fault::WrongVersion,
                            Fault::WrongType, Fault::Reserved, Fault::WrongSequence, Fault::WrongCommand,
                            Fault::WrongReplyCode, Fault::WrongSender, Fault::Garbage, Fault::Empty}) {
            FakeDaemon::Answer answer;
            answer.datagram = faulty(fault, request.sequence, &answer);
            answers.append(answer);
        }
        answers.append({capturedReply("tracking_client", request.sequence), false});
        return answers;
    };
    CmdmonEndpoint endpoint;
    endpoint.port = daemon.port();
    CmdmonClient client(endpoint);
    client.setInitialTimeout(2000);
    auto* call = client.tracking();
    QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 5000);
    QVERIFY2(call->result().ok(), qPrintable(call->errorString()));
    QCOMPARE(call->result()->stratum, quint16(11));
    QCOMPARE(daemon.seen.size(), 1);
}

void tst_CmdmonClientFaults::retriesWithNewSequence()
{
    FakeDaemon daemon; // never answers
    CmdmonEndpoint endpoint;
    endpoint.port = daemon.port();
    CmdmonClient client(endpoint);
    client.setInitialTimeout(50);
    client.setRetries(2);
    auto* call = client.tracking();
    QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 5000);
    QCOMPARE(call->error(), CmdmonError::NoAnswer);
    QCOMPARE(daemon.seen.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(daemon.seen[i].command, quint16(33));
        QCOMPARE(daemon.seen[i].attempt, quint16(i));
        QCOMPARE(daemon.seen[i].length, 104);
    }
    QVERIFY(daemon.seen[0].sequence != daemon.seen[1].sequence);
    QVERIFY(daemon.seen[1].sequence != daemon.seen[2].sequence);
}

void tst_CmdmonClientFaults::errorStatusIsTyped_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<CmdmonError>("error");
    QTest::addColumn<QString>("sentence");
    QTest::addRow("unauthorised") << u"makestep_udp_unauth"_s << CmdmonError::Unauthorised
                                  << u"needs the local Unix socket, as root"_s;
    QTest::addRow("failed") << u"makestep_unix_failed"_s << CmdmonError::Failed << u"could not step the clock"_s;
    QTest::addRow("invalid") << u"unknown_command_invalid"_s << CmdmonError::Unsupported
                             << u"does not support that command"_s;
    QTest::addRow("version") << u"version5_mismatch"_s << CmdmonError::BadPacketVersion
                             << u"another command protocol version"_s;
}

void tst_CmdmonClientFaults::errorStatusIsTyped()
{
    QFETCH(QString, file);
    QFETCH(CmdmonError, error);
    QFETCH(QString, sentence);
    FakeDaemon daemon;
    daemon.policy = [&](const SeenRequest& request, const QByteArray&) {
        QByteArray reply = capturedReply(file.toLatin1().constData(), request.sequence);
        qToBigEndian(quint16(43), reply.data() + 4); // echo MAKESTEP, whatever the capture was for
        return QList<FakeDaemon::Answer>{{reply, false}};
    };
    CmdmonEndpoint endpoint;
    endpoint.port = daemon.port();
    CmdmonClient client(endpoint);
    auto* call = client.makeStep();
    QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 5000);
    QCOMPARE(call->error(), error);
    QVERIFY2(call->errorString().contains(sentence), qPrintable(call->errorString()));
    QVERIFY(!call->result().ok());
}

void tst_CmdmonClientFaults::queuedRequestsGoOneAtATime()
{
    FakeDaemon daemon;
    // TRACKING is never answered, ACTIVITY is: the second call must wait until the first gave up.
    daemon.policy = [&](const SeenRequest& request, const QByteArray&) {
        if (request.command == 33)
            return QList<FakeDaemon::Answer>{};
        return QList<FakeDaemon::Answer>{{capturedReply("activity", request.sequence), false}};
    };
    CmdmonEndpoint endpoint;
    endpoint.port = daemon.port();
    CmdmonClient client(endpoint);
    client.setInitialTimeout(100);
    client.setRetries(1);
    auto* first = client.tracking();
    auto* second = client.activity();
    QTRY_VERIFY_WITH_TIMEOUT(second->isFinished(), 5000);
    QVERIFY(first->isFinished());
    QCOMPARE(first->error(), CmdmonError::NoAnswer);
    QVERIFY2(second->result().ok(), qPrintable(second->errorString()));
    QCOMPARE(second->result()->online, 1);
    QCOMPARE(daemon.seen.size(), 3);
    QCOMPARE(daemon.seen[0].command, quint16(33));
    QCOMPARE(daemon.seen[1].command, quint16(33));
    QCOMPARE(daemon.seen[2].command, quint16(44));
}

void tst_CmdmonClientFaults::sourcesChain()
{
    FakeDaemon daemon;
    daemon.policy = [&](const SeenRequest& request, const QByteArray&) {
        const char* file = "n_sources";
        if (request.command == 15)
            file = "source_data_0";
        else if (request.command == 65)
            file = "ntp_source_name";
        return QList<FakeDaemon::Answer>{{capturedReply(file, request.sequence), false}};
    };
    CmdmonEndpoint endpoint;
    endpoint.port = daemon.port();
    CmdmonClient client(endpoint);
    auto* call = client.sources(true);
    QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 5000);
    QVERIFY2(call->result().ok(), qPrintable(call->errorString()));
    QCOMPARE(call->result()->size(), 1);
    QCOMPARE(call->result()->first().name(), u"127.55.0.2"_s);
    QCOMPARE(call->result()->first().sourceName, u"127.55.0.2"_s);
    QCOMPARE(daemon.seen.size(), 3); // N_SOURCES, SOURCE_DATA 0, NTP_SOURCE_NAME
}

void tst_CmdmonClientFaults::implausibleSourceCountIsRefused()
{
    // A hostile chronyd says it has 0xFFFFFFFF sources: one request, not 4 billion (858k were sent).
    FakeDaemon daemon;
    daemon.policy = [&](const SeenRequest& request, const QByteArray&) {
        QByteArray reply = capturedReply("n_sources", request.sequence);
        qToBigEndian(quint32(0xFFFFFFFF), reply.data() + 28);
        return QList<FakeDaemon::Answer>{{reply, false}};
    };
    CmdmonEndpoint endpoint;
    endpoint.port = daemon.port();
    CmdmonClient client(endpoint);
    auto* call = client.sources(true);
    QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 5000);
    QCOMPARE(call->error(), CmdmonError::BadReply);
    QVERIFY2(call->errorString().contains(u"implausible reply: 4294967295 sources"_s), qPrintable(call->errorString()));
    QVERIFY2(call->errorString().contains(endpoint.describe()), qPrintable(call->errorString()));
    QCOMPARE(daemon.seen.size(), 1);
}

void tst_CmdmonClientFaults::implausibleTrackingIsRefused()
{
    // A forged tracking reply (one with 6e18 s scaled the chart to it); 1e12 s is as absurd.
    FakeDaemon daemon;
    daemon.policy = [&](const SeenRequest& request, const QByteArray&) {
        QByteArray reply = capturedReply("tracking_client", request.sequence);
        qToBigEndian(CmdmonWire::encodeFloat(1e12), reply.data() + 28 + 40);
        return QList<FakeDaemon::Answer>{{reply, false}};
    };
    CmdmonEndpoint endpoint;
    endpoint.port = daemon.port();
    CmdmonClient client(endpoint);
    auto* call = client.tracking();
    QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 5000);
    QCOMPARE(call->error(), CmdmonError::BadReply);
    QVERIFY2(call->errorString().contains(u"implausible reply: system time offset 1e+12 s"_s),
             qPrintable(call->errorString()));
}

void tst_CmdmonClientFaults::ipv6()
{
    FakeDaemon daemon(QHostAddress(QHostAddress::LocalHostIPv6));
    daemon.policy = [&](const SeenRequest& request, const QByteArray&) {
        return QList<FakeDaemon::Answer>{{capturedReply("tracking_client", request.sequence), false}};
    };
    CmdmonEndpoint endpoint;
    endpoint.host = QHostAddress(QHostAddress::LocalHostIPv6);
    endpoint.port = daemon.port();
    QCOMPARE(endpoint.describe(), u"[::1]:%1"_s.arg(daemon.port()));
    CmdmonClient client(endpoint);
    auto* call = client.tracking();
    QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 5000);
    QVERIFY2(call->result().ok(), qPrintable(call->errorString()));
    QCOMPARE(daemon.seen.size(), 1);
    QCOMPARE(daemon.seen.first().length, 104);
}

void tst_CmdmonClientFaults::missingUnixSocket()
{
    QTemporaryDir directory;
    CmdmonEndpoint endpoint;
    endpoint.socketPath = directory.filePath(u"chronyd.sock"_s);
    CmdmonClient client(endpoint);
    auto* call = client.tracking();
    QVERIFY(!call->isFinished()); // never finishes inside the call that created it
    QTRY_VERIFY_WITH_TIMEOUT(call->isFinished(), 5000);
    QCOMPARE(call->error(), CmdmonError::Transport);
    QVERIFY2(call->errorString().contains(u"does not exist"_s), qPrintable(call->errorString()));
}

void tst_CmdmonClientFaults::totalTimeout()
{
    CmdmonClient client(CmdmonEndpoint{});
    QCOMPARE(client.totalTimeout(), 7000); // chronyc: 1 + 2 + 4 s
    client.setInitialTimeout(400);
    client.setRetries(2);
    QCOMPARE(client.totalTimeout(), 2800);
}

QTEST_GUILESS_MAIN(tst_CmdmonClientFaults)
#include "tst_CmdmonClientFaults.moc"
