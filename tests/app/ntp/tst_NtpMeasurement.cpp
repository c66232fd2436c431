#include "ntp/NtpMeasurement.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

quint64 at(double seconds)
{
    // Some time in 2024 plus `seconds`, as an NTP timestamp.
    const double base = 3913056000.0;
    const double value = base + seconds;
    const auto whole = quint64(value);
    return (whole << 32) | quint64((value - double(whole)) * 4294967296.0);
}

} // namespace

class tst_NtpMeasurement : public QObject
{
    Q_OBJECT
private slots:
    void offsetAndDelay_data()
    {
        QTest::addColumn<double>("t1");
        QTest::addColumn<double>("t2");
        QTest::addColumn<double>("t3");
        QTest::addColumn<double>("t4");
        QTest::addColumn<double>("offset");
        QTest::addColumn<double>("delay");
        QTest::addRow("same clock, 10 ms each way") << 0.0 << 0.010 << 0.011 << 0.021 << 0.0 << 0.020;
        QTest::addRow("server 2 s ahead") << 0.0 << 2.010 << 2.011 << 0.021 << 2.0 << 0.020;
        QTest::addRow("server 0.5 s behind") << 10.0 << 9.510 << 9.520 << 10.030 << -0.5 << 0.020;
        QTest::addRow("asymmetric path") << 0.0 << 0.030 << 0.030 << 0.040 << 0.010 << 0.040;
    }
    void offsetAndDelay()
    {
        QFETCH(double, t1);
        QFETCH(double, t2);
        QFETCH(double, t3);
        QFETCH(double, t4);
        QFETCH(double, offset);
        QFETCH(double, delay);
        NtpPacket reply;
        reply.receiveTime = at(t2);
        reply.transmitTime = at(t3);
        const NtpMeasurement m = NtpMeasurement::fromExchange(reply, at(t1), at(t4));
        QVERIFY2(qAbs(m.offset - offset) < 1e-6, qPrintable(QString::number(m.offset, 'f', 9)));
        QVERIFY2(qAbs(m.delay - delay) < 1e-6, qPrintable(QString::number(m.delay, 'f', 9)));
    }

    void fieldsCopied()
    {
        NtpPacket reply;
        reply.leap = 3;
        reply.version = 3;
        reply.stratum = 11;
        reply.precision = -10;
        reply.rootDelay = 0x00008000;      // 0.5 s
        reply.rootDispersion = 0x00004000; // 0.25 s
        reply.referenceId = 0x7f000002;
        const NtpMeasurement m = NtpMeasurement::fromExchange(reply, at(0), at(0));
        QCOMPARE(m.rootDelay, 0.5);
        QCOMPARE(m.rootDispersion, 0.25);
        QCOMPARE(m.precisionSeconds(), 1.0 / 1024);
        QCOMPARE(m.stratum, 11);
        QVERIFY(!m.synchronised());
        QCOMPARE(m.leapText(), u"not synchronised"_s);
        QCOMPARE(m.referenceText(), u"127.0.0.2"_s);
    }

    void referenceId_data()
    {
        QTest::addColumn<quint32>("id");
        QTest::addColumn<int>("stratum");
        QTest::addColumn<QString>("text");
        QTest::addRow("chrony local") << 0x7F7F0101u << 10 << u"local clock"_s;
        QTest::addRow("stratum 2 address") << 0xC0A80102u << 2 << u"192.168.1.2"_s;
        QTest::addRow("lab system 1") << 0x7F000002u << 11 << u"127.0.0.2"_s;
        QTest::addRow("GPS refclock") << 0x47505300u << 1 << u"GPS"_s;
        QTest::addRow("PPS refclock") << 0x50505330u << 1 << u"PPS0"_s;
        QTest::addRow("none") << 0u << 0 << u"none"_s;
    }
    void referenceId()
    {
        QFETCH(quint32, id);
        QFETCH(int, stratum);
        QFETCH(QString, text);
        QCOMPARE(describeReferenceId(id, stratum), text);
    }
};

QTEST_GUILESS_MAIN(tst_NtpMeasurement)
#include "tst_NtpMeasurement.moc"
