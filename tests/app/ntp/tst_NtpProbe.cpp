// NtpProbe against a fake server on loopback that answers the way broken or hostile servers do.
#include "LabFixture.h"
#include "ntp/NtpBestProbe.h"
#include "ntp/NtpProbe.h"
#include "ntp/SystemTime.h"

#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Builds the fake server's answer from the request it received.
using Responder = std::function<QByteArray(const NtpPacket& request)>;

NtpPacket validAnswer(const NtpPacket& request)
{
    NtpPacket reply;
    reply.mode = NtpPacket::ModeServer;
    reply.stratum = 3;
    reply.referenceId = 0xC0A80102;
    reply.originTime = request.transmitTime;
    // The fake server runs 2 s ahead of our clock.
    reply.receiveTime = NtpTime::now() + (quint64(2) << 32);
    reply.transmitTime = reply.receiveTime;
    return reply;
}

} // namespace

class tst_NtpProbe : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const LabSettings addresses = LabFixture::uniqueSettings(u"/unused"_s);
        m_serverAddress = addresses.serverAddress;
        m_clientAddress = addresses.clientAddress;
    }

    void init()
    {
        m_server = std::make_unique<QUdpSocket>();
        QVERIFY(m_server->bind(m_serverAddress, 0));
        m_received = 0;
        m_lastSender = QHostAddress();
        m_secondReply = false;
    }

    void validReply()
    {
        serve([](const NtpPacket& request) { return validAnswer(request).encode(); });
        NtpProbe probe;
        QSignalSpy finished(&probe, &NtpProbe::finished);
        QSignalSpy failed(&probe, &NtpProbe::failed);
        probe.start(request(2000));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 3000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        const auto m = finished.constFirst().constFirst().value<NtpMeasurement>();
        QVERIFY2(qAbs(m.offset - 2.0) < 0.05, qPrintable(QString::number(m.offset)));
        QVERIFY(m.delay >= 0 && m.delay < 0.05);
        QCOMPARE(m.stratum, 3);
        QCOMPARE(m.referenceText(), u"192.168.1.2"_s);
        QVERIFY(m.server.isEqual(m_serverAddress));
        QCOMPARE(m.port, m_server->localPort());
        // --source was honoured: the server saw the request come from it.
        QVERIFY(m_lastSender.isEqual(m_clientAddress));
    }

    void badReplies_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reason");
        QTest::addRow("wrong origin") << 0 << u"origin timestamp does not match"_s;
        QTest::addRow("short") << 1 << u"20 bytes long"_s;
        QTest::addRow("garbage") << 2 << u"mode"_s;
        QTest::addRow("kiss-o'-death") << 3 << u"kiss-o'-death (code RATE)"_s;
        QTest::addRow("1048 bytes") << 4 << u"1048 bytes long"_s;
        QTest::addRow("synchronised, 65536 s root dispersion") << 5 << u"implausible reply: root delay"_s;
        QTest::addRow("stratum 200") << 6 << u"implausible reply: stratum 200"_s;
    }
    void badReplies()
    {
        QFETCH(int, kind);
        QFETCH(QString, reason);
        serve([kind](const NtpPacket& request) {
            NtpPacket reply = validAnswer(request);
            switch (kind) {
            case 0:
                reply.originTime ^= 1;
                return reply.encode();
            case 1:
                return reply.encode().left(20);
            case 2:
                return QByteArray(48, char(0xff));
            case 4:
                return reply.encode() + QByteArray(1000, '\0');
            case 5:
                reply.rootDelay = 0xFFFFFFFF;
                reply.rootDispersion = 0xFFFFFFFF;
                return reply.encode();
            case 6:
                reply.stratum = 200;
                return reply.encode();
            default:
                reply.stratum = 0;
                reply.leap = 3;
                reply.referenceId = 0x52415445;
                return reply.encode();
            }
        });
        NtpProbe probe;
        QSignalSpy finished(&probe, &NtpProbe::finished);
        QSignalSpy failed(&probe, &NtpProbe::failed);
        probe.start(request(2000));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 3000);
        QVERIFY(finished.isEmpty());
        const QString message = failed.constFirst().constFirst().toString();
        QVERIFY2(message.contains(reason), qPrintable(message));
        QVERIFY2(message.contains(u"answered"_s), qPrintable(message));
    }

    void silentServerTimesOut()
    {
        // The bound socket never answers, as behind a firewall that drops UDP.
        serve([](const NtpPacket&) { return QByteArray(); });
        NtpProbe probe;
        QSignalSpy failed(&probe, &NtpProbe::failed);
        QElapsedTimer clock;
        clock.start();
        probe.start(request(400));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 3000);
        QVERIFY(clock.elapsed() >= 390);
        QVERIFY(clock.elapsed() < 2000);
        QTRY_COMPARE_WITH_TIMEOUT(m_received, 1, 1000);
        const QString message = failed.constFirst().constFirst().toString();
        QVERIFY2(message.contains(u"no answer"_s) && message.contains(u"allow"_s) && message.contains(u"firewall"_s),
                 qPrintable(message));
        QVERIFY2(message.contains(m_clientAddress.toString()), qPrintable(message));
    }

    void replyFromOtherPortIsIgnored()
    {
        // A valid-looking answer from the right address but another port is not an answer to us.
        QUdpSocket other;
        QVERIFY(other.bind(m_serverAddress, 0));
        connect(m_server.get(), &QUdpSocket::readyRead, this, [this, &other] {
            const QNetworkDatagram datagram = m_server->receiveDatagram();
            const Result<NtpPacket> request = NtpPacket::decode(datagram.data());
            if (request)
                other.writeDatagram(validAnswer(*request).encode(), datagram.senderAddress(),
                                    quint16(datagram.senderPort()));
        });
        NtpProbe probe;
        QSignalSpy finished(&probe, &NtpProbe::finished);
        QSignalSpy failed(&probe, &NtpProbe::failed);
        probe.start(request(500));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 3000);
        QVERIFY(finished.isEmpty());
        const QString message = failed.constFirst().constFirst().toString();
        QVERIFY2(message.contains(u"1 datagram(s) came from another address or port"_s), qPrintable(message));
    }

    void forgedReplyBeforeTheRealOneIsIgnored()
    {
        // One bogus datagram from the server's address (wrong origin) must not end the probe: the
        // real answer that follows is the measurement.
        serve([](const NtpPacket& request) {
            NtpPacket forged = validAnswer(request);
            forged.originTime ^= 1;
            forged.receiveTime += quint64(3600) << 32;
            forged.transmitTime = forged.receiveTime;
            return forged.encode();
        });
        NtpProbe probe;
        QSignalSpy finished(&probe, &NtpProbe::finished);
        QSignalSpy failed(&probe, &NtpProbe::failed);
        m_secondReply = true;
        probe.start(request(2000));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 3000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        const auto m = finished.constFirst().constFirst().value<NtpMeasurement>();
        QVERIFY2(qAbs(m.offset - 2.0) < 0.05, qPrintable(QString::number(m.offset)));
    }

    void measuresOnTheGivenClock()
    {
        // A lab system's clock 30 s behind this machine's: the server (2 s ahead of this machine)
        // is 32 s ahead of that clock, T1 and the kernel's receive stamp both read on it.
        class BehindClock final : public SystemTime
        {
        public:
            qint64 nowNs() const override { return MachineTime::instance().nowNs() - 30'000'000'000LL; }
            qint64 fromKernelTimestampNs(qint64 machineRealtimeNs) const override
            {
                return machineRealtimeNs - 30'000'000'000LL;
            }
        } behind;
        serve([](const NtpPacket& request) { return validAnswer(request).encode(); });
        NtpProbe probe;
        QSignalSpy finished(&probe, &NtpProbe::finished);
        NtpProbeRequest onLab = request(2000);
        onLab.time = &behind;
        probe.start(onLab);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 3000);
        const auto m = finished.constFirst().constFirst().value<NtpMeasurement>();
        QVERIFY2(qAbs(m.offset - 32.0) < 0.05, qPrintable(QString::number(m.offset)));
        QVERIFY(m.delay >= 0 && m.delay < 0.05);
    }

    void bestOfSeveralKeepsTheLeastDelayed()
    {
        // The server holds back every answer but the third by 40 ms: the third exchange counts.
        connect(m_server.get(), &QUdpSocket::readyRead, this, [this] {
            while (m_server->hasPendingDatagrams()) {
                const QNetworkDatagram datagram = m_server->receiveDatagram();
                const Result<NtpPacket> request = NtpPacket::decode(datagram.data());
                if (!request)
                    continue;
                const bool prompt = ++m_received == 3;
                const QByteArray reply = validAnswer(*request).encode();
                QTimer::singleShot(prompt ? 0 : 40, m_server.get(), [this, reply, datagram] {
                    m_server->writeDatagram(reply, datagram.senderAddress(), quint16(datagram.senderPort()));
                });
            }
        });
        NtpBestProbe probe(4);
        QSignalSpy finished(&probe, &NtpBestProbe::finished);
        probe.start(request(2000));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 5000);
        QCOMPARE(m_received, 4);
        const auto best = finished.constFirst().constFirst().value<NtpMeasurement>();
        QVERIFY2(best.delay < 0.03, qPrintable(QString::number(best.delay)));
    }

    void bestOfSeveralGivesUpAfterOneSilence()
    {
        NtpBestProbe probe(4);
        QSignalSpy failed(&probe, &NtpBestProbe::failed);
        probe.start(request(300)); // nobody answers on the bound but unserved socket
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 2000);
        QCOMPARE(m_server->hasPendingDatagrams() ? 1 : 0, 1);
        m_server->receiveDatagram();
        QCOMPARE(m_server->hasPendingDatagrams(), false); // one request only, not four
    }

    void unusableSourceAddress()
    {
        NtpProbe probe;
        QSignalSpy failed(&probe, &NtpProbe::failed);
        NtpProbeRequest bad = request(1000);
        bad.source = QHostAddress(u"192.0.2.1"_s); // TEST-NET: not an address of this machine
        probe.start(bad);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 2000);
        QVERIFY2(failed.constFirst().constFirst().toString().contains(u"source address 192.0.2.1"_s),
                 qPrintable(failed.constFirst().constFirst().toString()));
    }

private:
    NtpProbeRequest request(int timeoutMs) const
    {
        NtpProbeRequest request;
        request.host = m_serverAddress.toString();
        request.port = m_server->localPort();
        request.source = m_clientAddress;
        request.timeoutMs = timeoutMs;
        return request;
    }

    void serve(Responder responder)
    {
        connect(m_server.get(), &QUdpSocket::readyRead, this, [this, responder] {
            while (m_server->hasPendingDatagrams()) {
                const QNetworkDatagram datagram = m_server->receiveDatagram();
                ++m_received;
                m_lastSender = datagram.senderAddress();
                const Result<NtpPacket> request = NtpPacket::decode(datagram.data());
                const QByteArray reply = request ? responder(*request) : QByteArray();
                if (!reply.isEmpty())
                    m_server->writeDatagram(reply, datagram.senderAddress(), quint16(datagram.senderPort()));
                if (request && m_secondReply)
                    m_server->writeDatagram(validAnswer(*request).encode(), datagram.senderAddress(),
                                            quint16(datagram.senderPort()));
            }
        });
    }

    QHostAddress m_serverAddress;
    QHostAddress m_clientAddress;
    std::unique_ptr<QUdpSocket> m_server;
    int m_received = 0;
    QHostAddress m_lastSender;
    bool m_secondReply = false; // serve() sends a valid answer after the responder's
};

QTEST_GUILESS_MAIN(tst_NtpProbe)
#include "tst_NtpProbe.moc"
