#include "cmdmon/CmdmonRequest.h"
#include "cmdmon/PacketReader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using CmdmonWire::Address;

class tst_CmdmonRequest : public QObject
{
    Q_OBJECT

private slots:
    void paddedLength_data();
    void paddedLength();
    void header();
    void addSourceLayout();
    void burstLayout();
    void modifyMakeStepLayout();
    void addressRequests();
};

void tst_CmdmonRequest::paddedLength_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<int>("command");
    QTest::addColumn<int>("length");
    const Address v4 = Address::fromHostAddress(QHostAddress(u"127.0.0.2"_s));
    // Total lengths as chrony 4.2-4.3's candm.h lays the replies out; NTP_DATA and
    // SERVER_STATS padded to the longest reply of any 4.x.
    QTest::addRow("tracking") << CmdmonRequest::tracking().toDatagram(0x01020304, 0) << 33 << 104;
    QTest::addRow("n_sources") << CmdmonRequest::sourceCount().toDatagram(0x01020304, 0) << 14 << 32;
    QTest::addRow("source_data") << CmdmonRequest::sourceData(0).toDatagram(0x01020304, 0) << 15 << 76;
    QTest::addRow("sourcestats") << CmdmonRequest::sourceStats(0).toDatagram(0x01020304, 0) << 34 << 84;
    QTest::addRow("activity") << CmdmonRequest::activity().toDatagram(0x01020304, 0) << 44 << 48;
    QTest::addRow("ntp_source_name") << CmdmonRequest::sourceName(v4).toDatagram(0x01020304, 0) << 65 << 284;
    QTest::addRow("ntp_data") << CmdmonRequest::ntpData(v4).toDatagram(0x01020304, 0) << 57 << 172;
    QTest::addRow("server_stats") << CmdmonRequest::serverStats().toDatagram(0x01020304, 0) << 54 << 196;
    QTest::addRow("makestep") << CmdmonRequest::makeStep().toDatagram(0x01020304, 0) << 43 << 28;
    QTest::addRow("modify_makestep") << CmdmonRequest::modifyMakeStep(0.1, 1).toDatagram(0x01020304, 0) << 50 << 28;
    QTest::addRow("burst") << CmdmonRequest::burst(4, 4).toDatagram(0x01020304, 0) << 3 << 68;
    QTest::addRow("add_source") << CmdmonRequest::addSource({}).toDatagram(0x01020304, 0) << 64 << 372;
    QTest::addRow("del_source") << CmdmonRequest::deleteSource(v4).toDatagram(0x01020304, 0) << 29 << 40;
    QTest::addRow("reload_sources") << CmdmonRequest::reloadSources().toDatagram(0x01020304, 0) << 70 << 28;
}

void tst_CmdmonRequest::paddedLength()
{
    QFETCH(QByteArray, datagram);
    QFETCH(int, command);
    QFETCH(int, length);
    PacketReader reader(datagram);
    QCOMPARE(int(reader.u16(4)), command);
    QCOMPARE(reader.u32(8), 0x01020304u);
    QCOMPARE(datagram.size(), length);
}

void tst_CmdmonRequest::header()
{
    const QByteArray datagram = CmdmonRequest::tracking().toDatagram(0xDEADBEEF, 2);
    PacketReader reader(datagram);
    QCOMPARE(reader.u8(0), quint8(6)); // version
    QCOMPARE(reader.u8(1), quint8(1)); // request
    QCOMPARE(reader.u8(2), quint8(0));
    QCOMPARE(reader.u8(3), quint8(0));
    QCOMPARE(reader.u16(4), quint16(33));
    QCOMPARE(reader.u16(6), quint16(2)); // attempt
    QCOMPARE(reader.u32(8), 0xDEADBEEFu);
    QCOMPARE(reader.u32(12), 0u);
    QCOMPARE(reader.u32(16), 0u);
    // The padding is zero.
    QCOMPARE(datagram.mid(20), QByteArray(84, '\0'));
}

void tst_CmdmonRequest::addSourceLayout()
{
    AddSourceParameters parameters;
    parameters.name = "127.0.0.2"_ba;
    parameters.port = 11123;
    parameters.minPoll = 1;
    parameters.maxPoll = 1;
    parameters.iburst = true;
    PacketReader reader(CmdmonRequest::addSource(parameters).toDatagram(1, 0), 20);
    QCOMPARE(reader.size(), 352);
    QCOMPARE(reader.u32(0), 1u); // server
    QCOMPARE(reader.string(4, 256), "127.0.0.2"_ba);
    QCOMPARE(reader.u8(4 + 255), quint8(0));
    QCOMPARE(reader.u32(260), 11123u);
    QCOMPARE(reader.i32(264), 1);
    QCOMPARE(reader.i32(268), 1);
    QCOMPARE(reader.i32(272), 100);
    QCOMPARE(reader.u32(280), 8u);
    QCOMPARE(reader.u32(288), 4u);
    QCOMPARE(reader.i32(292), -1);
    QCOMPARE(reader.i32(296), -1);
    QCOMPARE(reader.u32(304), 4460u);
    QCOMPARE(reader.floatAt(308), 3.0);
    QCOMPARE(reader.floatAt(316), 10.0);
    QCOMPARE(reader.floatAt(324), 1.0);
    QCOMPARE(reader.u32(332), 0x1u | 0x4u); // online + iburst
    QCOMPARE(reader.i32(348), 100000);      // max_unreach for 4.8+
    QVERIFY(reader.ok());
}

void tst_CmdmonRequest::burstLayout()
{
    PacketReader all(CmdmonRequest::burst(4, 8).toDatagram(1, 0), 20);
    QCOMPARE(all.u16(16), quint16(0)); // mask family unspec = every source
    QCOMPARE(all.u16(36), quint16(0));
    QCOMPARE(all.i32(40), 4);
    QCOMPARE(all.i32(44), 8);

    PacketReader one(
        CmdmonRequest::burst(1, 2, Address::fromHostAddress(QHostAddress(u"127.0.0.2"_s))).toDatagram(1, 0), 20);
    QCOMPARE(one.u32(0), 0xFFFFFFFFu);
    QCOMPARE(one.u16(16), quint16(1));
    QCOMPARE(one.u32(20), 0x7F000002u);
    QCOMPARE(one.u16(36), quint16(1));
    QVERIFY(one.ok());
}

void tst_CmdmonRequest::modifyMakeStepLayout()
{
    PacketReader reader(CmdmonRequest::modifyMakeStep(0.5, 3).toDatagram(1, 0), 20);
    QCOMPARE(reader.i32(0), 3);
    QCOMPARE(reader.u32(4), 0x02800000u);
}

void tst_CmdmonRequest::addressRequests()
{
    const Address v6 = Address::fromHostAddress(QHostAddress(u"::1"_s));
    PacketReader reader(CmdmonRequest::deleteSource(v6).toDatagram(1, 0), 20);
    QCOMPARE(reader.address(0), v6);
    PacketReader name(CmdmonRequest::sourceName(v6).toDatagram(1, 0), 20);
    QCOMPARE(name.address(0), v6);
    QCOMPARE(name.size(), 284 - 20);
}

QTEST_GUILESS_MAIN(tst_CmdmonRequest)
#include "tst_CmdmonRequest.moc"
