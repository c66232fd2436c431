#include "ntp/NtpPacket.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr quint64 Nonce = 0xe5a1b2c3d4e5f607ULL;

// A reply chronyd 4.3 (local stratum 10, run with -x on loopback) sent to a request carrying Nonce.
const QByteArray CapturedChronydReply = QByteArray::fromHex(
    "240a00e600000000000000007f7f0101eeb252dba548ae9ee5a1b2c3d4e5f607eeb252dcaee96b39eeb252dcaeede142");

NtpPacket goodReply()
{
    NtpPacket reply;
    reply.mode = NtpPacket::ModeServer;
    reply.stratum = 10;
    reply.referenceId = 0x7F7F0101;
    reply.originTime = Nonce;
    reply.receiveTime = 0xeeb252dc00000000ULL;
    reply.transmitTime = 0xeeb252dc00001000ULL;
    return reply;
}

} // namespace

class tst_NtpPacket : public QObject
{
    Q_OBJECT
private slots:
    void requestLayout()
    {
        const QByteArray request = encodeClientRequest(Nonce);
        QCOMPARE(request.size(), 48);
        QCOMPARE(quint8(request.at(0)), quint8(0x23)); // leap 0, version 4, mode 3
        QCOMPARE(request.mid(1, 39), QByteArray(39, '\0'));
        QCOMPARE(request.mid(40).toHex(), "e5a1b2c3d4e5f607"_ba);
    }

    void encodeDecodeRoundTrip()
    {
        NtpPacket packet = goodReply();
        packet.leap = 2;
        packet.poll = -3;
        packet.precision = -20;
        packet.rootDelay = 0x00012000;
        packet.rootDispersion = 0x00000abc;
        packet.referenceTime = 0x0102030405060708ULL;
        const Result<NtpPacket> decoded = NtpPacket::decode(packet.encode());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->leap, 2);
        QCOMPARE(decoded->version, 4);
        QCOMPARE(decoded->mode, 4);
        QCOMPARE(decoded->poll, -3);
        QCOMPARE(decoded->precision, -20);
        QCOMPARE(decoded->rootDelay, 0x00012000u);
        QCOMPARE(decoded->rootDispersion, 0x00000abcu);
        QCOMPARE(decoded->referenceTime, 0x0102030405060708ULL);
        QCOMPARE(decoded->transmitTime, packet.transmitTime);
    }

    void capturedChronydReply()
    {
        const Result<NtpPacket> reply = validateServerReply(CapturedChronydReply, Nonce);
        QVERIFY2(reply.ok(), qPrintable(reply.error()));
        QCOMPARE(reply->stratum, 10);
        QCOMPARE(reply->leap, 0);
        QCOMPARE(reply->precision, -26);
        QCOMPARE(reply->referenceId, 0x7F7F0101u);
        QCOMPARE(reply->receiveTime, 0xeeb252dcaee96b39ULL);
    }

    void validation_data()
    {
        QTest::addColumn<QByteArray>("datagram");
        QTest::addColumn<QString>("error"); // empty: accepted; else a fragment of the reason
        const auto with = [](auto change) {
            NtpPacket packet = goodReply();
            change(packet);
            return packet.encode();
        };
        QTest::addRow("good") << goodReply().encode() << QString();
        QTest::addRow("captured chronyd") << CapturedChronydReply << QString();
        // Our request has no key and no extension field, so neither has a server's answer.
        QTest::addRow("longer than 48 (a MAC we never asked for)")
            << goodReply().encode() + QByteArray(20, 'x') << u"68 bytes long"_s;
        QTest::addRow("empty") << QByteArray() << u"0 bytes long"_s;
        QTest::addRow("short") << goodReply().encode().left(47) << u"47 bytes long"_s;
        QTest::addRow("garbage text") << "this is not an NTP packet at all, but it is long"_ba << u"version 6"_s;
        QTest::addRow("client mode echoed")
            << with([](NtpPacket& p) { p.mode = NtpPacket::ModeClient; }) << u"mode 3"_s;
        QTest::addRow("broadcast mode") << with([](NtpPacket& p) { p.mode = 5; }) << u"mode 5"_s;
        QTest::addRow("version 0") << with([](NtpPacket& p) { p.version = 0; }) << u"version 0"_s;
        QTest::addRow("wrong origin") << with([](NtpPacket& p) { p.originTime = Nonce + 1; }) << u"origin"_s;
        QTest::addRow("zero origin") << with([](NtpPacket& p) { p.originTime = 0; }) << u"origin"_s;
        QTest::addRow("kiss RATE") << with([](NtpPacket& p) {
            p.stratum = 0;
            p.leap = 3;
            p.referenceId = 0x52415445; // "RATE"
        }) << u"kiss-o'-death (code RATE)"_s;
        QTest::addRow("kiss DENY") << with([](NtpPacket& p) {
            p.stratum = 0;
            p.referenceId = 0x44454e59;
        }) << u"access is denied"_s;
        QTest::addRow("no transmit time") << with([](NtpPacket& p) { p.transmitTime = 0; }) << u"transmit"_s;
        // chronyd without a reference answers stratum 0, refid 0, leap 3: unsynchronised, not a kiss.
        QTest::addRow("unsynchronised chronyd") << with([](NtpPacket& p) {
            p.stratum = 0;
            p.leap = 3;
            p.referenceId = 0;
        }) << QString();
    }
    void validation()
    {
        QFETCH(QByteArray, datagram);
        QFETCH(QString, error);
        const Result<NtpPacket> reply = validateServerReply(datagram, Nonce);
        if (error.isEmpty()) {
            QVERIFY2(reply.ok(), qPrintable(reply.error()));
        } else {
            QVERIFY(!reply.ok());
            QVERIFY2(reply.error().contains(error), qPrintable(reply.error()));
        }
    }

    void timestamps_data()
    {
        QTest::addColumn<qint64>("unixNanoseconds");
        QTest::addColumn<quint64>("ntp");
        QTest::addRow("unix epoch") << qint64(0) << (quint64(2208988800u) << 32);
        QTest::addRow("half a second") << qint64(500000000) << ((quint64(2208988800u) << 32) | 0x80000000u);
        QTest::addRow("2024-01-01") << qint64(1704067200) * 1000000000 << (quint64(3913056000u) << 32);
    }
    void timestamps()
    {
        QFETCH(qint64, unixNanoseconds);
        QFETCH(quint64, ntp);
        QCOMPARE(NtpTime::fromUnixNanoseconds(unixNanoseconds), ntp);
    }

    void differenceAcrossEra()
    {
        // 2036-02-07 wraps the 32-bit seconds; one second later must still be +1 s.
        const quint64 before = 0xffffffff80000000ULL; // era 0, last half second
        const quint64 after = 0x0000000080000000ULL;  // era 1, first half second
        QCOMPARE(NtpTime::difference(after, before), 1.0);
        QCOMPARE(NtpTime::difference(before, after), -1.0);
        QCOMPARE(NtpTime::fromShort(0x00018000u), 1.5);
    }
};

QTEST_GUILESS_MAIN(tst_NtpPacket)
#include "tst_NtpPacket.moc"
