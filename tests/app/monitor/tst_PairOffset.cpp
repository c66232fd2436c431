#include "monitor/PairOffset.h"

#include <QTest>

using namespace Qt::StringLiterals;

// System 2's offset to System 1, from System 2's tracking when it follows System 1, else from its
// last sample of System 1; positive when System 2 is ahead.
class tst_PairOffset : public QObject
{
    Q_OBJECT

private slots:
    void estimate_data();
    void estimate();
};

void tst_PairOffset::estimate_data()
{
    QTest::addColumn<bool>("reachable");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<double>("systemTime");
    QTest::addColumn<QString>("sourceAddress");
    QTest::addColumn<double>("sourceOffset");
    QTest::addColumn<int>("method");
    QTest::addColumn<double>("expected");

    // chronyd: System time +2 ms = slow = System 2 behind System 1 by 2 ms.
    QTest::addRow("follows, slow") << true << u"127.0.0.2"_s << 2e-3 << u"127.0.0.2"_s << 5e-3
                                   << int(PairOffset::Method::Tracking) << -2e-3;
    QTest::addRow("follows, fast") << true << u"127.0.0.2"_s << -3e-6 << u""_s << 0.0
                                   << int(PairOffset::Method::Tracking) << 3e-6;
    QTest::addRow("other reference, sample of System 1")
        << true << u"10.0.0.9"_s << 1.0 << u"127.0.0.2"_s << 7e-4 << int(PairOffset::Method::SourceSample) << 7e-4;
    QTest::addRow("System 1 not a source")
        << true << u"10.0.0.9"_s << 1.0 << u"10.0.0.9"_s << 7e-4 << int(PairOffset::Method::None) << std::nan("");
    QTest::addRow("unreachable") << false << u"127.0.0.2"_s << 1.0 << u""_s << 0.0 << int(PairOffset::Method::None)
                                 << std::nan("");
}

void tst_PairOffset::estimate()
{
    QFETCH(bool, reachable);
    QFETCH(QString, reference);
    QFETCH(double, systemTime);
    QFETCH(QString, sourceAddress);
    QFETCH(double, sourceOffset);
    QFETCH(int, method);
    QFETCH(double, expected);

    SystemSnapshot two;
    two.index = 2;
    // Answered, or lost for Reachability::LostAfter polls in a row.
    for (int poll = 0; poll < Reachability::LostAfter; ++poll)
        reachable ? two.link.succeeded(poll) : two.link.failed(poll, u"no answer"_s);
    TrackingReport tracking;
    tracking.referenceAddress = CmdmonWire::Address::fromHostAddress(QHostAddress(reference));
    tracking.systemTime = systemTime;
    two.tracking = tracking;
    if (!sourceAddress.isEmpty()) {
        SourceReport source;
        source.address = CmdmonWire::Address::fromHostAddress(QHostAddress(sourceAddress));
        source.adjustedOffset = sourceOffset;
        source.sinceSample = 3;
        two.sources.append(source);
    }
    const PairOffset offset = PairOffset::estimate(two, {QHostAddress(u"10.1.1.1"_s), QHostAddress(u"127.0.0.2"_s)});
    QCOMPARE(int(offset.method), method);
    if (std::isnan(expected))
        QVERIFY(std::isnan(offset.seconds));
    else
        QCOMPARE(offset.seconds, expected);
}

QTEST_GUILESS_MAIN(tst_PairOffset)
#include "tst_PairOffset.moc"
