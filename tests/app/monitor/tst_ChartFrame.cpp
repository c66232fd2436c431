#include "history/Decimator.h"
#include "monitor/ChartFrame.h"
#include "util/Clock.h"

#include <QTest>

#include <cmath>

// One chart refresh computed in the core: gaps cut the lines, a window never holds more than ~2
// points per pixel column, peaks survive, leap runs and markers are clipped to the window.
class tst_ChartFrame : public QObject
{
    Q_OBJECT

private slots:
    void pointsPerColumn_data();
    void pointsPerColumn();
    void gapsCutSegments();
    void leapRunsAndMarkersAreClipped();
    void outagesMergeIntoSpans();
    void readoutFindsTheNearestSample();
    void emptyHistoryHasADefaultRange();
};

namespace {
constexpr qint64 Start = 1'790'000'000'000;

OffsetReading reading(double a, double b, double c)
{
    OffsetReading r;
    r.system2ToSystem1 = a;
    r.system1SystemTime = b;
    r.system2SystemTime = c;
    r.system1Leap = LeapStatus::Normal;
    r.system2Leap = LeapStatus::Normal;
    return r;
}
} // namespace

void tst_ChartFrame::pointsPerColumn_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<int>("columns");
    QTest::addRow("5 min, 600 px") << 300 << 600;
    QTest::addRow("1 h, 800 px") << 3600 << 800;
    QTest::addRow("6 h, 317 px") << 6 * 3600 << 317;
    QTest::addRow("24 h, 1000 px") << 24 * 3600 << 1000;
}

void tst_ChartFrame::pointsPerColumn()
{
    QFETCH(int, seconds);
    QFETCH(int, columns);
    ManualClock clock(Start, 0);
    OffsetHistory history(clock);
    double peak = 0;
    double trough = 0;
    for (int i = 0; i < seconds; ++i) {
        // A noisy sine with one sharp spike and one dip at odd places.
        double v = 1e-4 * std::sin(i / 50.0) + 1e-6 * ((i * 7919) % 13);
        if (i == seconds / 3)
            v = 5e-3;
        if (i == seconds * 2 / 3 + 1)
            v = -4e-3;
        peak = std::max(peak, v);
        trough = std::min(trough, v);
        QVERIFY(history.append(reading(v, v / 2, -v)));
        clock.advance(1000);
    }
    const ChartFrame frame = ChartFrame::build(history, Start, Start + qint64(seconds) * 1000, columns);
    for (int s = 0; s < OffsetHistory::SeriesCount; ++s) {
        QCOMPARE(frame.segments[size_t(s)].size(), 1);
        const QList<QPointF>& points = frame.segments[size_t(s)].constFirst();
        QVERIFY2(points.size() <= 2 * columns + 2, qPrintable(QString::number(points.size())));
        QList<int> perColumn(columns, 0);
        for (const QPointF& p : points)
            ++perColumn[Decimator::columnOf(qint64(p.x()), frame.fromMs, frame.toMs, columns)];
        QVERIFY(*std::max_element(perColumn.cbegin(), perColumn.cend()) <= 2);
    }
    const QList<QPointF>& offsets = frame.segments[0].constFirst();
    const auto [lo, hi] = std::minmax_element(offsets.cbegin(), offsets.cend(),
                                              [](const QPointF& a, const QPointF& b) { return a.y() < b.y(); });
    QCOMPARE(hi->y(), peak);
    QCOMPARE(lo->y(), trough);
    QVERIFY(frame.yMax > peak && frame.yMin < trough);
}

void tst_ChartFrame::gapsCutSegments()
{
    ManualClock clock(Start, 0);
    OffsetHistory history(clock);
    for (int i = 0; i < 300; ++i) {
        // System 1 is unreachable from 100 to 149 s, System 2 from 200 to 209 s.
        OffsetReading r = reading(1e-5, 2e-5, 3e-5);
        if (i >= 100 && i < 150) {
            r.system1SystemTime = std::nan("");
            r.system2ToSystem1 = std::nan("");
        }
        if (i >= 200 && i < 210) {
            r.system2SystemTime = std::nan("");
            r.system2ToSystem1 = std::nan("");
        }
        QVERIFY(history.append(r));
        clock.advance(1000);
    }
    const ChartFrame frame = ChartFrame::build(history, Start, Start + 300'000, 600);
    QCOMPARE(frame.segments[size_t(HistorySeries::System2ToSystem1)].size(), 3);
    QCOMPARE(frame.segments[size_t(HistorySeries::System1SystemTime)].size(), 2);
    QCOMPARE(frame.segments[size_t(HistorySeries::System2SystemTime)].size(), 2);
    // No segment crosses a gap.
    for (const QPointF& p : frame.segments[size_t(HistorySeries::System1SystemTime)].at(0))
        QVERIFY(p.x() < Start + 100'000);
    for (const QPointF& p : frame.segments[size_t(HistorySeries::System1SystemTime)].at(1))
        QVERIFY(p.x() >= Start + 150'000);
    QVERIFY(frame.pointCount() > 0);
    // One sign on every line: + = ahead. The system times are stored as chronyd reports them
    // (+ = slow) and drawn turned round; System 2 vs. System 1 is drawn as stored.
    for (const QPointF& p : frame.segments[size_t(HistorySeries::System1SystemTime)].at(0))
        QCOMPARE(p.y(), -history.series(HistorySeries::System1SystemTime).at(0).value);
}

void tst_ChartFrame::leapRunsAndMarkersAreClipped()
{
    ManualClock clock(Start, 0);
    OffsetHistory history(clock);
    for (int i = 0; i < 100; ++i) {
        OffsetReading r = reading(0, 0, 0);
        if (i >= 40 && i < 60)
            r.system2Leap = LeapStatus::NotSynchronised;
        QVERIFY(history.append(r));
        if (i == 50)
            QVERIFY(history.markContactLost(2));
        if (i == 90)
            QVERIFY(history.markStep(0.5, 0.001));
        clock.advance(1000);
    }
    const ChartFrame frame = ChartFrame::build(history, Start + 30'000, Start + 70'000, 200);
    QCOMPARE(frame.leapRuns[0].size(), 1);
    QCOMPARE(frame.leapRuns[0].at(0).startMs, Start + 30'000);
    QCOMPARE(frame.leapRuns[0].at(0).endMs, Start + 70'000);
    QCOMPARE(frame.leapRuns[1].size(), 3);
    QCOMPARE(frame.leapRuns[1].at(1).status, LeapStatus::NotSynchronised);
    // The lost contact (never regained) is an open outage span from its marker to the window's end.
    QVERIFY(frame.markers.isEmpty());
    QCOMPARE(frame.outages.size(), 1);
    QCOMPARE(frame.outages.at(0).system, 2);
    QCOMPARE(frame.outages.at(0).startMs, Start + 50'000);
    QCOMPARE(frame.outages.at(0).endMs, Start + 70'000);
    QVERIFY(frame.outages.at(0).ongoing);
    const ChartFrame all = ChartFrame::build(history, Start, Start + 100'000, 200);
    QCOMPARE(all.markers.size(), 1);
    QCOMPARE(all.markers.at(0).kind, EventMarker::Kind::Step);
}

void tst_ChartFrame::outagesMergeIntoSpans()
{
    ManualClock clock(Start, 0);
    OffsetHistory history(clock);
    // System 1 flaps twice, System 2 is lost once from before the window until inside it; a second
    // "lost" with no "regained" between (the window restarted) belongs to the same outage.
    const QList<QPair<int, int>> events{{5, -2}, {12, -1}, {14, 1}, {20, -1}, {21, -1}, {25, 1}, {30, 2}, {40, -1}};
    for (int i = 0, next = 0; i < 50; ++i) {
        QVERIFY(history.append(reading(0, 0, 0)));
        while (next < events.size() && events.at(next).first == i) {
            const int system = std::abs(events.at(next).second);
            QVERIFY(events.at(next).second < 0 ? history.markContactLost(system) : history.markContactRegained(system));
            ++next;
        }
        clock.advance(1000);
    }
    const ChartFrame frame = ChartFrame::build(history, Start + 10'000, Start + 45'000, 200);
    QVERIFY(frame.markers.isEmpty());
    QCOMPARE(frame.outages.size(), 4);
    // System 2's, clipped at the window's start, but with its whole length.
    QCOMPARE(frame.outages.at(0).system, 2);
    QCOMPARE(frame.outages.at(0).startMs, Start + 10'000);
    QCOMPARE(frame.outages.at(0).durationMs, 25'000);
    QCOMPARE(frame.outages.at(1).system, 1);
    QCOMPARE(frame.outages.at(1).endMs - frame.outages.at(1).startMs, 2'000);
    QCOMPARE(frame.outages.at(2).startMs, Start + 20'000);
    QCOMPARE(frame.outages.at(2).endMs, Start + 25'000);
    QVERIFY(!frame.outages.at(2).ongoing);
    QCOMPARE(frame.outages.at(3).startMs, Start + 40'000);
    QVERIFY(frame.outages.at(3).ongoing);
}

void tst_ChartFrame::readoutFindsTheNearestSample()
{
    ManualClock clock(Start, 0);
    OffsetHistory history(clock);
    for (int i = 0; i < 10; ++i) {
        QVERIFY(history.append(reading(i * 1e-3, i * 2e-3, std::nan(""))));
        clock.advance(1000);
    }
    const ChartReadout r = ChartReadout::at(history, Start + 3'400, 1000);
    QCOMPARE(*r.values[0], 3e-3);
    QCOMPARE(*r.values[1], -6e-3); // a system time as drawn: + = ahead, chronyd's sign turned round
    QVERIFY(!r.values[2]);         // a gap there
    QCOMPARE(*r.leap[0], LeapStatus::Normal);
    const ChartReadout far = ChartReadout::at(history, Start + 60'000, 1000);
    QVERIFY(!far.values[0]);
}

void tst_ChartFrame::emptyHistoryHasADefaultRange()
{
    ManualClock clock(Start, 0);
    OffsetHistory history(clock);
    const ChartFrame frame = ChartFrame::build(history, Start, Start + 300'000, 100);
    QCOMPARE(frame.pointCount(), 0);
    QVERIFY(frame.yMin < 0 && frame.yMax > 0);
}

QTEST_GUILESS_MAIN(tst_ChartFrame)
#include "tst_ChartFrame.moc"
