#include "history/OffsetHistory.h"
#include "util/Clock.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 T0 = 1'767'225'600'000; // 2026-01-01T00:00:00Z

OffsetReading reading(double offset, double s1, double s2, LeapStatus leap1 = LeapStatus::Normal,
                      LeapStatus leap2 = LeapStatus::Normal)
{
    OffsetReading r;
    r.system2ToSystem1 = offset;
    r.system1SystemTime = s1;
    r.system2SystemTime = s2;
    r.system1Leap = leap1;
    r.system2Leap = leap2;
    return r;
}
} // namespace

class tst_OffsetHistory : public QObject
{
    Q_OBJECT
private slots:
    void seriesNamesAreStable()
    {
        QCOMPARE(OffsetHistory::seriesName(HistorySeries::System2ToSystem1), u"system2_to_system1"_s);
        QCOMPARE(OffsetHistory::seriesName(HistorySeries::System1SystemTime), u"system1_system_time"_s);
        QCOMPARE(OffsetHistory::seriesName(HistorySeries::System2SystemTime), u"system2_system_time"_s);
    }

    void appendStampsWithTheClock()
    {
        ManualClock clock(T0);
        OffsetHistory history(clock);
        QVERIFY(history.append(reading(1e-3, 2e-6, -3e-6, LeapStatus::NotSynchronised)));
        clock.advance(1000);
        QVERIFY(history.append(
            reading(std::nan(""), 2e-6, std::nan(""), LeapStatus::NotSynchronised, LeapStatus::Unknown)));
        clock.advance(1000);
        QVERIFY(history.append(reading(5e-4, 1e-6, -1e-6)));

        const SampleSeries& offset = history.series(HistorySeries::System2ToSystem1);
        QCOMPARE(offset.size(), 3);
        QCOMPARE(offset.at(0).timeMs, T0);
        QCOMPARE(offset.at(0).value, 1e-3);
        QVERIFY(std::isnan(offset.at(1).value)); // not measured: a gap
        QCOMPARE(offset.at(2).timeMs, T0 + 2000);
        QCOMPARE(history.series(HistorySeries::System1SystemTime).at(1).value, 2e-6);

        const LeapStatusTrack& leap1 = history.leapTrack(1);
        QCOMPARE(leap1.size(), 2);
        QCOMPARE(leap1.at(0).status, LeapStatus::NotSynchronised);
        QCOMPARE(leap1.at(0).endMs, T0 + 1000);
        QCOMPARE(leap1.at(1).status, LeapStatus::Normal);
        QCOMPARE(history.leapTrack(2).size(), 3);
    }

    // A step of this machine's clock must not put the history out of order.
    void refusesAReadingWhenTheClockWentBack()
    {
        ManualClock clock(T0);
        OffsetHistory history(clock);
        QVERIFY(history.append(reading(1, 1, 1)));
        clock.setNowMs(T0 - 5000);
        QVERIFY(!history.append(reading(2, 2, 2)));
        clock.setNowMs(T0);
        QVERIFY(!history.append(reading(2, 2, 2)));
        QCOMPARE(history.series(HistorySeries::System2ToSystem1).size(), 1);
        QCOMPARE(history.leapTrack(1).at(0).endMs, T0);
        clock.setNowMs(T0 + 1);
        QVERIFY(history.append(reading(2, 2, 2)));
    }

    void markers()
    {
        ManualClock clock(T0);
        OffsetHistory history(clock);
        QVERIFY(history.markStep(0.5, 1e-6));
        clock.advance(10);
        QVERIFY(history.markContactLost(1));
        QVERIFY(history.markContactRegained(2));
        QVERIFY(!history.markContactLost(3));
        QVERIFY(!history.markContactRegained(0));
        const EventMarkers& m = history.markers();
        QCOMPARE(m.size(), 3);
        QCOMPARE(m.at(0).timeMs, T0);
        QCOMPARE(m.at(0).kind, EventMarker::Kind::Step);
        QCOMPARE(m.at(0).system, 2);
        QCOMPARE(m.at(0).beforeS, 0.5);
        QCOMPARE(m.at(0).afterS, 1e-6);
        QCOMPARE(m.at(1).kind, EventMarker::Kind::ContactLost);
        QCOMPARE(m.at(1).system, 1);
        QVERIFY(std::isnan(m.at(1).beforeS));
        QCOMPARE(m.at(2).kind, EventMarker::Kind::ContactRegained);
    }

    // Series, leap runs and markers all leave the window together.
    void retentionWindowEvictsEverything()
    {
        ManualClock clock(T0);
        OffsetHistory::Limits limits;
        limits.retentionMs = 10'000;
        OffsetHistory history(clock, limits);
        QVERIFY(history.markStep(1, 0));
        for (int i = 0; i < 30; ++i) {
            QVERIFY(history.append(reading(i, i, i, i < 25 ? LeapStatus::NotSynchronised : LeapStatus::Normal)));
            clock.advance(1000);
        }
        const qint64 last = T0 + 29'000;
        for (int s = 0; s < OffsetHistory::SeriesCount; ++s) {
            const SampleSeries& series = history.series(HistorySeries(s));
            QCOMPARE(series.size(), 11);
            QCOMPARE(series.first().timeMs, last - 10'000);
        }
        const LeapStatusTrack& leap = history.leapTrack(1);
        QCOMPARE(leap.size(), 2);
        QCOMPARE(leap.at(0).startMs, last - 10'000);
        QCOMPARE(leap.at(0).status, LeapStatus::NotSynchronised);
        QVERIFY(history.markers().isEmpty());

        // Eviction also happens when only a marker arrives.
        clock.advance(60'000);
        QVERIFY(history.markContactLost(2));
        QVERIFY(history.series(HistorySeries::System2ToSystem1).isEmpty());
        QVERIFY(history.leapTrack(2).isEmpty());
        QCOMPARE(history.markers().size(), 1);
    }

    void capacityBoundsEachSeries()
    {
        ManualClock clock(T0);
        OffsetHistory::Limits limits;
        limits.samplesPerSeries = 5;
        limits.maxLeapRuns = 2;
        limits.maxMarkers = 3;
        OffsetHistory history(clock, limits);
        for (int i = 0; i < 12; ++i) {
            QVERIFY(history.append(reading(i, i, i, LeapStatus(i % 4))));
            QVERIFY(history.markContactLost(1 + i % 2));
            clock.advance(1000);
        }
        QCOMPARE(history.series(HistorySeries::System2SystemTime).size(), 5);
        QCOMPARE(history.series(HistorySeries::System2SystemTime).first().value, 7.0);
        QCOMPARE(history.leapTrack(1).size(), 2);
        QCOMPARE(history.leapTrack(1).at(0).startMs, T0 + 10'000);
        QCOMPARE(history.markers().size(), 3);
        history.clear();
        QVERIFY(history.series(HistorySeries::System2ToSystem1).isEmpty());
        QVERIFY(history.markers().isEmpty());
        QVERIFY(history.leapTrack(2).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_OffsetHistory)
#include "tst_OffsetHistory.moc"
