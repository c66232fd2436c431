#include "history/SampleSeries.h"

#include <QTest>

#include <cmath>

// Brute-force min/max of the stored samples whose time falls in [startMs, startMs + widthMs).
static void bruteBucket(const SampleSeries& s, qint64 startMs, qint64 widthMs, double& min, double& max, int& count)
{
    count = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const Sample& x = s.at(i);
        if (x.timeMs < startMs || x.timeMs >= startMs + widthMs || std::isnan(x.value))
            continue;
        min = count == 0 ? x.value : std::min(min, x.value);
        max = count == 0 ? x.value : std::max(max, x.value);
        ++count;
    }
}

class tst_SampleSeries : public QObject
{
    Q_OBJECT
private slots:
    void wrapsAroundAtCapacity_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("appended");
        QTest::addRow("below capacity") << 5 << 3;
        QTest::addRow("exactly full") << 5 << 5;
        QTest::addRow("one over") << 5 << 6;
        QTest::addRow("wrapped twice and a bit") << 5 << 12;
        QTest::addRow("beyond the first growth step") << 100 << 250;
        QTest::addRow("capacity one") << 1 << 4;
    }
    void wrapsAroundAtCapacity()
    {
        QFETCH(int, capacity);
        QFETCH(int, appended);
        SampleSeries series(capacity);
        for (int i = 0; i < appended; ++i)
            QVERIFY(series.append(1000 * i, i * 0.5));
        const int kept = std::min(capacity, appended);
        QCOMPARE(series.size(), kept);
        QCOMPARE(series.capacity(), capacity);
        for (int i = 0; i < kept; ++i) {
            const int original = appended - kept + i;
            QCOMPARE(series.at(i).timeMs, 1000 * original);
            QCOMPARE(series.at(i).value, original * 0.5);
        }
        QCOMPARE(series.last().timeMs, 1000 * (appended - 1));
        // Memory never goes past the capacity, whatever was appended.
        QVERIFY(series.allocatedBytes() <= qsizetype(capacity * sizeof(Sample)) * 2 + 64 * 40 * 3);
    }

    void refusesTimeGoingBackwards()
    {
        SampleSeries series(10);
        QVERIFY(series.append(2000, 1.0));
        QVERIFY(!series.append(2000, 2.0));
        QVERIFY(!series.append(1999, 2.0));
        QVERIFY(!series.appendGap(1000));
        QCOMPARE(series.size(), 1);
        QVERIFY(series.append(2001, 2.0));
    }

    void gapsAreNanAndCollapse()
    {
        SampleSeries series(10);
        QVERIFY(series.append(1000, 1.0));
        QVERIFY(series.appendGap(2000));
        QVERIFY(series.appendGap(3000));
        QVERIFY(series.append(4000, std::numeric_limits<double>::infinity()));
        QVERIFY(series.append(5000, 2.0));
        QCOMPARE(series.size(), 4);
        QVERIFY(std::isnan(series.at(1).value));
        QCOMPARE(series.at(1).timeMs, 2000);
        // An infinity is not a measurement either: stored as a gap.
        QVERIFY(std::isnan(series.at(2).value));
        QCOMPARE(series.at(3).value, 2.0);
    }

    void rangeQueriesAtTheEdges_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<qsizetype>("first");
        QTest::addColumn<qsizetype>("last");
        // Stored (after wrap-around): times 3000, 4000, ..., 9000 (indices 0..6).
        QTest::addRow("everything") << qint64(0) << qint64(100000) << qsizetype(0) << qsizetype(7);
        QTest::addRow("exact first and last") << qint64(3000) << qint64(9000) << qsizetype(0) << qsizetype(7);
        QTest::addRow("just inside") << qint64(3001) << qint64(8999) << qsizetype(1) << qsizetype(6);
        QTest::addRow("before all") << qint64(0) << qint64(2999) << qsizetype(0) << qsizetype(0);
        QTest::addRow("after all") << qint64(9001) << qint64(20000) << qsizetype(7) << qsizetype(7);
        QTest::addRow("single sample") << qint64(5000) << qint64(5000) << qsizetype(2) << qsizetype(3);
        QTest::addRow("between two samples") << qint64(5001) << qint64(5999) << qsizetype(3) << qsizetype(3);
        QTest::addRow("evicted part") << qint64(0) << qint64(3000) << qsizetype(0) << qsizetype(1);
        QTest::addRow("across the ring seam") << qint64(6000) << qint64(8000) << qsizetype(3) << qsizetype(6);
    }
    void rangeQueriesAtTheEdges()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(qsizetype, first);
        QFETCH(qsizetype, last);
        SampleSeries series(7);
        for (int i = 0; i < 10; ++i)
            QVERIFY(series.append(1000 * i, i));
        QCOMPARE(series.first().timeMs, 3000);
        QCOMPARE(series.lowerBound(from), first);
        QCOMPARE(series.upperBound(to), last);
    }

    void evictBeforeDropsOldSamples()
    {
        SampleSeries series(100);
        for (int i = 0; i < 10; ++i)
            QVERIFY(series.append(1000 * i, i));
        QCOMPARE(series.lastEvictedMs(), SampleSeries::NothingEvicted);
        series.evictBefore(4500);
        QCOMPARE(series.size(), 5);
        QCOMPARE(series.first().timeMs, 5000);
        QCOMPARE(series.lastEvictedMs(), 4000);
        series.evictBefore(1'000'000);
        QVERIFY(series.isEmpty());
        QCOMPARE(series.level(0).size(), 0);
        series.clear();
        QCOMPARE(series.lastEvictedMs(), SampleSeries::NothingEvicted);
    }

    // The coarse levels must describe exactly the samples still stored, also after wrap-around.
    void levelsMatchTheSamples_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("stepMs");
        QTest::addRow("1 Hz, not full") << 5000 << 3000 << qint64(1000);
        QTest::addRow("1 Hz, wrapped") << 2000 << 9000 << qint64(1000);
        QTest::addRow("sparse, wrapped") << 300 << 1000 << qint64(7300);
        QTest::addRow("dense") << 4000 << 6000 << qint64(250);
    }
    void levelsMatchTheSamples()
    {
        QFETCH(int, capacity);
        QFETCH(int, count);
        QFETCH(qint64, stepMs);
        SampleSeries series(capacity);
        for (int i = 0; i < count; ++i) {
            const double v = (i % 97 == 0) ? std::nan("") : std::sin(i * 0.37) + (i % 13 == 0 ? 5 : 0);
            QVERIFY(series.append(1'700'000'000'000 + i * stepMs, v));
        }
        for (int l = 0; l < series.levelCount(); ++l) {
            const MinMaxLevel& level = series.level(l);
            QVERIFY(level.size() <= series.size());
            for (qsizetype b = 0; b < level.size(); ++b) {
                const MinMaxLevel::Bucket& bucket = level.at(b);
                const qint64 start = bucket.key * level.widthMs();
                if (start <= series.lastEvictedMs())
                    continue; // partly evicted: the decimator reads its samples instead
                double min = 0;
                double max = 0;
                int n = 0;
                bruteBucket(series, start, level.widthMs(), min, max, n);
                if (n == 0) {
                    QCOMPARE(bucket.minOffset, MinMaxLevel::NoOffset);
                    continue;
                }
                QCOMPARE(bucket.minValue, min);
                QCOMPARE(bucket.maxValue, max);
                QCOMPARE(series.at(series.lowerBound(start + bucket.minOffset)).value, min);
                QCOMPARE(series.at(series.lowerBound(start + bucket.maxOffset)).value, max);
            }
        }
    }

    void memoryPerSampleIsLean()
    {
        SampleSeries series(20'000);
        for (int i = 0; i < 20'000; ++i)
            QVERIFY(series.append(qint64(i) * 1000, i));
        QCOMPARE(sizeof(Sample), size_t(16));
        QCOMPARE(sizeof(MinMaxLevel::Bucket), size_t(40));
        const double perSample = double(series.allocatedBytes()) / series.size();
        // 16 bytes of sample, 40/16 + 40/256 + 40/4096 of levels, and growth slack on the levels.
        QVERIFY2(perSample < 21.0, qPrintable(QString::number(perSample)));
    }
};

QTEST_GUILESS_MAIN(tst_SampleSeries)
#include "tst_SampleSeries.moc"
