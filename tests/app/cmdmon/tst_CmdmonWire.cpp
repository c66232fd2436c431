#include "cmdmon/CmdmonWire.h"
#include "cmdmon/PacketReader.h"
#include "cmdmon/PacketWriter.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using CmdmonWire::Address;

class tst_CmdmonWire : public QObject
{
    Q_OBJECT

private slots:
    void encodeFloat_data();
    void encodeFloat();
    void decodeFloat_data();
    void decodeFloat();
    void floatRoundTrip_data();
    void floatRoundTrip();
    void timespec_data();
    void timespec();
    void address_data();
    void address();
    void addressWriteRead_data();
    void addressWriteRead();
    void readerNeverReadsPastTheEnd_data();
    void readerNeverReadsPastTheEnd();
    void fixedString();
};

void tst_CmdmonWire::encodeFloat_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<quint32>("bits");
    // Vectors worked out by hand from chrony's float format (util.c: 7-bit signed exponent, 25-bit
    // signed coefficient).
    QTest::addRow("0.0") << 0.0 << 0x00000000u;
    QTest::addRow("1.0") << 1.0 << 0x04800000u;
    QTest::addRow("-1.0") << -1.0 << 0x03000000u;
    QTest::addRow("0.5") << 0.5 << 0x02800000u;
    QTest::addRow("64.0") << 64.0 << 0x10800000u;
    QTest::addRow("-0.0") << -0.0 << 0x00000000u;
    QTest::addRow("NaN is sent as zero") << std::numeric_limits<double>::quiet_NaN() << 0x00000000u;
    QTest::addRow("tiny flushes to zero") << 1e-101 << 0x00000000u;
    QTest::addRow("huge saturates") << 1e101 << 0x7EFFFFFFu;
    QTest::addRow("+inf saturates") << std::numeric_limits<double>::infinity() << 0x7EFFFFFFu;
    QTest::addRow("-huge saturates") << -1e101 << 0x7F000000u;
    QTest::addRow("below 2^-64 exponent underflows to zero") << std::ldexp(1.0, -100) << 0x00000000u;
    // 2^-70 = 2^23 * 2^-93: exponent -64 with the coefficient shifted right (denormal).
    QTest::addRow("denormal 2^-70") << std::ldexp(1.0, -70) << ((quint32(0x40) << 25) | (1u << 19));
    QTest::addRow("3.0") << 3.0 << ((quint32(3) << 25) | 0xC00000u);
}

void tst_CmdmonWire::encodeFloat()
{
    QFETCH(double, value);
    QFETCH(quint32, bits);
    QCOMPARE(CmdmonWire::encodeFloat(value), bits);
}

void tst_CmdmonWire::decodeFloat_data()
{
    QTest::addColumn<quint32>("bits");
    QTest::addColumn<double>("value");
    QTest::addRow("0") << 0x00000000u << 0.0;
    QTest::addRow("1.0") << 0x04800000u << 1.0;
    QTest::addRow("-1.0") << 0x03000000u << -1.0;
    QTest::addRow("0.5") << 0x02800000u << 0.5;
    QTest::addRow("64.0") << 0x10800000u << 64.0;
    // Not canonical, but valid: coefficient 1 with exponent 0 is 2^-25.
    QTest::addRow("smallest step") << 0x00000001u << std::ldexp(1.0, -25);
    QTest::addRow("largest") << 0x7EFFFFFFu << std::ldexp(double((1 << 24) - 1), 63 - 25);
    QTest::addRow("most negative") << 0x7F000000u << -std::ldexp(1.0, 24 + 63 - 25);
    QTest::addRow("all ones is -2^-26") << 0xFFFFFFFFu << -std::ldexp(1.0, -1 - 25);
}

void tst_CmdmonWire::decodeFloat()
{
    QFETCH(quint32, bits);
    QFETCH(double, value);
    QCOMPARE(CmdmonWire::decodeFloat(bits), value);
}

void tst_CmdmonWire::floatRoundTrip_data()
{
    QTest::addColumn<double>("value");
    for (double v : {1.2e-6, -1.51923416e-06, 0.0115087442, -0.000846085954, 2.0199914, 1e-9, -3.5e-12, 123456.789,
                     -987654321.0, 83333.333, 4e18, -2e-19})
        QTest::addRow("%g", v) << v;
}

void tst_CmdmonWire::floatRoundTrip()
{
    QFETCH(double, value);
    const double back = CmdmonWire::decodeFloat(CmdmonWire::encodeFloat(value));
    // 24 significant bits: relative error at most 2^-24.
    QVERIFY2(std::fabs(back - value) <= std::fabs(value) * std::ldexp(1.0, -24),
             qPrintable(u"%1 came back as %2"_s.arg(value, 0, 'g', 17).arg(back, 0, 'g', 17)));
    QCOMPARE(std::signbit(back), std::signbit(value));
}

void tst_CmdmonWire::timespec_data()
{
    QTest::addColumn<quint32>("high");
    QTest::addColumn<quint32>("low");
    QTest::addColumn<quint32>("nsec");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<quint32>("nanoseconds");
    QTest::addColumn<QString>("text");
    QTest::addRow("plain") << 0u << 1795674740u << 686905594u << qint64(1795674740) << 686905594u
                           << u"1795674740.686905594"_s;
    QTest::addRow("zero") << 0u << 0u << 0u << qint64(0) << 0u << u"0.000000000"_s;
    QTest::addRow("TV_NOHIGHSEC") << 0x7FFFFFFFu << 1000u << 5u << qint64(1000) << 5u << u"1000.000000005"_s;
    QTest::addRow("high seconds") << 1u << 0u << 0u << (qint64(1) << 32) << 0u << u"4294967296.000000000"_s;
    QTest::addRow("nsec clamped") << 0u << 7u << 2000000000u << qint64(7) << 999999999u << u"7.999999999"_s;
}

void tst_CmdmonWire::timespec()
{
    QFETCH(quint32, high);
    QFETCH(quint32, low);
    QFETCH(quint32, nsec);
    QFETCH(qint64, seconds);
    QFETCH(quint32, nanoseconds);
    QFETCH(QString, text);
    PacketWriter writer;
    writer.u32(high).u32(low).u32(nsec);
    PacketReader reader(writer.bytes());
    const CmdmonWire::Timespec decoded = reader.timespec(0);
    QVERIFY(reader.ok());
    QCOMPARE(decoded.seconds, seconds);
    QCOMPARE(decoded.nanoseconds, nanoseconds);
    QCOMPARE(decoded.toString(), text);
}

void tst_CmdmonWire::address_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("text");
    const QByteArray zeros12(12, '\0');
    QTest::addRow("unspec") << QByteArray(20, '\0') << 0 << QString();
    QTest::addRow("inet4") << ("\x7f\x37\x00\x02"_ba + zeros12 + "\x00\x01\x00\x00"_ba) << 1 << u"127.55.0.2"_s;
    QTest::addRow("inet6") << ("\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x02\x00\x00"_ba)
                           << 2 << u"::1"_s;
    QTest::addRow("id") << ("\x00\x00\x00\x01"_ba + zeros12 + "\x00\x03\x00\x00"_ba) << 3 << u"ID#0000000001"_s;
    QTest::addRow("unknown family 9") << ("\x7f\x00\x00\x01"_ba + zeros12 + "\x00\x09\x00\x00"_ba) << 0 << QString();
    QTest::addRow("unknown family 0x0100")
        << ("\x7f\x00\x00\x01"_ba + zeros12 + "\x01\x00\x00\x00"_ba) << 0 << QString();
}

void tst_CmdmonWire::address()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, family);
    QFETCH(QString, text);
    PacketReader reader(bytes);
    const Address decoded = reader.address(0);
    QVERIFY(reader.ok());
    QCOMPARE(int(decoded.family), family);
    QCOMPARE(decoded.toString(), text);
}

void tst_CmdmonWire::addressWriteRead_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addRow("v4") << u"127.0.0.3"_s;
    QTest::addRow("v6") << u"2001:db8::42"_s;
    QTest::addRow("v6 loopback") << u"::1"_s;
}

void tst_CmdmonWire::addressWriteRead()
{
    QFETCH(QString, ip);
    const Address original = Address::fromHostAddress(QHostAddress(ip));
    PacketWriter writer;
    writer.address(original);
    QCOMPARE(writer.bytes().size(), 20);
    PacketReader reader(writer.bytes());
    QCOMPARE(reader.address(0), original);
    QCOMPARE(reader.address(0).toString(), QHostAddress(ip).toString());
}

void tst_CmdmonWire::readerNeverReadsPastTheEnd_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("fits");
    QTest::addRow("u32 at end") << 8 << 4 << 4 << true;
    QTest::addRow("u32 one past") << 8 << 5 << 4 << false;
    QTest::addRow("u16 past") << 8 << 7 << 2 << false;
    QTest::addRow("u8 at size") << 8 << 8 << 1 << false;
    QTest::addRow("negative offset") << 8 << -1 << 1 << false;
    QTest::addRow("huge offset") << 8 << std::numeric_limits<int>::max() - 1 << 4 << false;
    QTest::addRow("empty") << 0 << 0 << 1 << false;
    QTest::addRow("address fits") << 20 << 0 << 20 << true;
    QTest::addRow("address short") << 19 << 0 << 20 << false;
    QTest::addRow("timespec fits") << 12 << 0 << 12 << true;
    QTest::addRow("timespec short") << 11 << 0 << 12 << false;
}

void tst_CmdmonWire::readerNeverReadsPastTheEnd()
{
    QFETCH(int, size);
    QFETCH(int, offset);
    QFETCH(int, width);
    QFETCH(bool, fits);
    const QByteArray bytes(size, '\xAB');
    PacketReader reader(bytes);
    quint64 value = 0;
    switch (width) {
    case 1:
        value = reader.u8(offset);
        break;
    case 2:
        value = reader.u16(offset);
        break;
    case 4:
        value = reader.u32(offset);
        break;
    case 12:
        value = quint64(reader.timespec(offset).seconds);
        break;
    case 20:
        value = quint64(reader.address(offset).family);
        break;
    }
    QCOMPARE(reader.ok(), fits);
    if (!fits)
        QCOMPARE(value, quint64(0));
    // Failure is sticky: a later read that fits does not clear it.
    if (!fits && size >= 1) {
        (void)reader.u8(0);
        QVERIFY(!reader.ok());
    }
}

void tst_CmdmonWire::fixedString()
{
    PacketWriter writer;
    writer.fixedString("127.0.0.2"_ba, 256);
    QCOMPARE(writer.bytes().size(), 256);
    PacketReader reader(writer.bytes());
    QCOMPARE(reader.string(0, 256), "127.0.0.2"_ba);

    // Too long: cut so that byte 255 stays NUL (chronyd rejects a name without it).
    PacketWriter longWriter;
    longWriter.fixedString(QByteArray(300, 'a'), 256);
    QCOMPARE(longWriter.bytes().size(), 256);
    QCOMPARE(longWriter.bytes().at(255), '\0');

    // A field without terminator reads up to its end, never beyond.
    PacketReader unterminated(QByteArray(8, 'x') + "yy"_ba);
    QCOMPARE(unterminated.string(0, 8), QByteArray(8, 'x'));
    QVERIFY(unterminated.ok());
    QCOMPARE(unterminated.string(4, 8), QByteArray());
    QVERIFY(!unterminated.ok());
}

QTEST_GUILESS_MAIN(tst_CmdmonWire)
#include "tst_CmdmonWire.moc"
