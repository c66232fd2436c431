#include "history/Decimator.h"
#include "history/SampleSeries.h"

#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Decimator::Mode)

namespace {

constexpr qint64 T0 = 1'767'225'600'000; // 2026-01-01T00:00:00Z
constexpr qint64 Hour = 3'600'000;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 SpikeEvery = 10'007; // samples (seconds) between spikes

bool isSpike(qint64 i)
{
    return i % SpikeEvery == 5000;
}

double sineSpikes(qint64 i)
{
    double v = 1e-3 * std::sin(2 * M_PI * double(i) / 3600.0) + 1e-5 * std::sin(double(i) * 1.7);
    if (isSpike(i))
        v += (i / SpikeEvery) % 2 ? 5e-3 : -5e-3;
    return v;
}

// Synthetic 1 Hz series ending at T0 + 7 days - 1 s, the kind the poller produces.
std::unique_ptr<SampleSeries> makeSeries(const QString& shape)
{
    auto series = std::make_unique<SampleSeries>();
    const qint64 count = 7 * 24 * 3600;
    if (shape == u"single"_s) {
        series->append(T0 + 3 * Day + 12'345, 0.25);
        return series;
    }
    if (shape == u"wrapped"_s) {
        // Eight days into a seven-day ring: the first day is evicted and the ring has wrapped.
        for (qint64 i = -24 * 3600; i < count; ++i)
            series->append(T0 + i * 1000, sineSpikes(i));
        return series;
    }
    for (qint64 i = 0; i < count; ++i) {
        const qint64 t = T0 + i * 1000;
        if (shape == u"sine+spikes"_s) {
            series->append(t, sineSpikes(i));
        } else if (shape == u"steps"_s) {
            series->append(t, double((i / 5000) % 3) * 1e-3 - 1e-3);
        } else if (shape == u"constant"_s) {
            series->append(t, 42e-6);
        } else if (shape == u"gaps"_s) {
            // A 30-minute outage every 6 hours (one gap sample, then nothing), and a one-poll
            // loss of contact every 777 s.
            const qint64 inCycle = i % (6 * 3600);
            if (inCycle == 3600)
                series->appendGap(t);
            else if (inCycle > 3600 && inCycle < 3600 + 1800)
                continue;
            else if (i % 777 == 0)
                series->appendGap(t);
            else
                series->append(t, sineSpikes(i));
        }
    }
    return series;
}

struct ColumnExtremes
{
    bool any = false;
    Sample min;
    Sample max;
};

QList<ColumnExtremes> bruteForce(const SampleSeries& s, qint64 from, qint64 to, int columns)
{
    QList<ColumnExtremes> result(columns);
    for (qsizetype i = s.lowerBound(from); i < s.upperBound(to); ++i) {
        const Sample& x = s.at(i);
        if (std::isnan(x.value))
            continue;
        ColumnExtremes& c = result[Decimator::columnOf(x.timeMs, from, to, columns)];
        if (!c.any || x.value < c.min.value)
            c.min = x;
        if (!c.any || x.value > c.max.value)
            c.max = x;
        c.any = true;
    }
    return result;
}

bool contains(const QList<QPointF>& points, const Sample& s)
{
    for (const QPointF& p : points) {
        if (qint64(p.x()) == s.timeMs && p.y() == s.value)
            return true;
    }
    return false;
}

bool hasGapBetween(const SampleSeries& s, qint64 after, qint64 before)
{
    for (qsizetype i = s.upperBound(after); i < s.size() && s.at(i).timeMs < before; ++i) {
        if (std::isnan(s.at(i).value))
            return true;
    }
    return false;
}

} // namespace

class tst_Decimator : public QObject
{
    Q_OBJECT
private slots:
    // A tiny series worked out by hand: min and max per column in time order, gap markers between.
    void exactSmallOutput()
    {
        SampleSeries s(100);
        const QList<double> values{1, 5, 2, std::nan(""), 3, 0, 4, 4, std::nan(""), 6};
        for (int i = 0; i < values.size(); ++i)
            QVERIFY(s.append(i * 1000, values[i]));
        const QList<QPointF> out = Decimator::decimate(s, 0, 9999, 2);
        const QList<QPointF> expected{{0, 1}, {1000, 5}, {3000, NAN}, {5000, 0}, {8000, NAN}, {9000, 6}};
        QCOMPARE(out.size(), expected.size());
        for (int i = 0; i < out.size(); ++i) {
            QCOMPARE(out[i].x(), expected[i].x());
            if (std::isnan(expected[i].y()))
                QVERIFY2(std::isnan(out[i].y()), qPrintable(QString::number(i)));
            else
                QCOMPARE(out[i].y(), expected[i].y());
        }
    }

    void degenerateRequests_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("expected");
        QTest::addRow("no columns") << qint64(0) << qint64(9999) << 0 << 0;
        QTest::addRow("negative columns") << qint64(0) << qint64(9999) << -3 << 0;
        QTest::addRow("inverted window") << qint64(9999) << qint64(0) << 10 << 0;
        QTest::addRow("window before the data") << qint64(-50'000) << qint64(-1) << 10 << 0;
        QTest::addRow("window after the data") << qint64(10'000) << qint64(90'000) << 10 << 0;
        QTest::addRow("one column") << qint64(0) << qint64(9999) << 1 << 2;
        QTest::addRow("more columns than samples") << qint64(0) << qint64(9999) << 1000 << 10;
        QTest::addRow("one ms window") << qint64(3000) << qint64(3000) << 5 << 1;
    }
    void degenerateRequests()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(int, columns);
        QFETCH(int, expected);
        SampleSeries s(100);
        for (int i = 0; i < 10; ++i)
            QVERIFY(s.append(i * 1000, i % 2 ? 1.0 : -1.0));
        QCOMPARE(Decimator::decimate(s, from, to, columns).size(), expected);
        QVERIFY(Decimator::decimate(SampleSeries(10), 0, 9999, 10).isEmpty());
    }

    void keepsPeaksAndBounds_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<int>("columns");
        QTest::addColumn<Decimator::Mode>("mode");
        const qint64 end = T0 + 7 * Day - 1;
        struct Window
        {
            const char* name;
            qint64 from;
            qint64 to;
            int columns;
        };
        const Window windows[] = {
            {"1h", end - Hour + 1, end, 1200},
            {"2d", end - 2 * Day + 1, end, 1200},
            {"7d", end - 7 * Day + 1, end, 1200},
            {"unaligned 5d", T0 + 12'345, T0 + 5 * Day - 777, 997},
            {"7d in 7 columns", end - 7 * Day + 1, end, 7},
        };
        for (const char* shape : {"sine+spikes", "steps", "constant", "single", "gaps", "wrapped"}) {
            for (const Window& w : windows) {
                for (const auto& [modeName, mode] :
                     {std::pair{"auto", Decimator::Mode::Auto}, std::pair{"raw", Decimator::Mode::RawOnly}}) {
                    QTest::addRow("%s, %s, %s", shape, w.name, modeName)
                        << QString::fromLatin1(shape) << w.from << w.to << w.columns << mode;
                }
            }
        }
    }
    void keepsPeaksAndBounds()
    {
        QFETCH(QString, shape);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(int, columns);
        QFETCH(Decimator::Mode, mode);
        const std::unique_ptr<SampleSeries> s = makeSeries(shape);
        const QList<QPointF> out = Decimator::decimate(*s, from, to, columns, mode);
        const QList<ColumnExtremes> brute = bruteForce(*s, from, to, columns);
        const bool exact = mode == Decimator::Mode::RawOnly || (to - from + 1) / columns < 16'000;

        // Shape of the output: time order, markers only between drawn points, real samples only,
        // at most two drawn points per column.
        QList<int> perColumn(columns, 0);
        QList<QList<double>> drawn(columns);
        for (int i = 0; i < out.size(); ++i) {
            const QPointF& p = out[i];
            const auto t = qint64(p.x());
            QVERIFY(t >= from && t <= to);
            if (i > 0)
                QVERIFY2(p.x() >= out[i - 1].x(), qPrintable(u"point %1 out of time order"_s.arg(i)));
            if (std::isnan(p.y())) {
                QVERIFY(i > 0 && i + 1 < out.size());
                QVERIFY(!std::isnan(out[i - 1].y()) && !std::isnan(out[i + 1].y()));
                // No invented gap: a gap sample lies between the points around the marker.
                QVERIFY(hasGapBetween(*s, qint64(out[i - 1].x()), qint64(out[i + 1].x())));
                continue;
            }
            const qsizetype at = s->lowerBound(t);
            QVERIFY2(at < s->size() && s->at(at).timeMs == t && s->at(at).value == p.y(),
                     qPrintable(u"point %1 is not a stored sample"_s.arg(i)));
            const int c = Decimator::columnOf(t, from, to, columns);
            QVERIFY2(++perColumn[c] <= 2, qPrintable(u"column %1 has more than two points"_s.arg(c)));
            drawn[c].append(p.y());
        }

        double globalMin = 0;
        double globalMax = 0;
        bool any = false;
        for (int c = 0; c < columns; ++c) {
            const ColumnExtremes& e = brute[c];
            if (!e.any) {
                QVERIFY(drawn[c].isEmpty());
                continue;
            }
            globalMin = any ? std::min(globalMin, e.min.value) : e.min.value;
            globalMax = any ? std::max(globalMax, e.max.value) : e.max.value;
            any = true;
            if (exact) {
                // Per column: exactly the true minimum and maximum samples.
                QVERIFY2(contains(out, e.min), qPrintable(u"column %1 lost its minimum"_s.arg(c)));
                QVERIFY2(contains(out, e.max), qPrintable(u"column %1 lost its maximum"_s.arg(c)));
                QCOMPARE(drawn[c].size(), e.min.timeMs == e.max.timeMs ? 1 : 2);
            } else {
                // From coarse buckets: a column's extreme may be drawn up to one column away,
                // never lost and never exceeded.
                double nearMax = -INFINITY;
                double nearMin = INFINITY;
                for (int n = std::max(0, c - 1); n <= std::min(columns - 1, c + 1); ++n) {
                    for (double v : drawn[n]) {
                        nearMax = std::max(nearMax, v);
                        nearMin = std::min(nearMin, v);
                    }
                }
                QVERIFY2(nearMax >= e.max.value, qPrintable(u"column %1's maximum is not drawn nearby"_s.arg(c)));
                QVERIFY2(nearMin <= e.min.value, qPrintable(u"column %1's minimum is not drawn nearby"_s.arg(c)));
                for (double v : drawn[c])
                    QVERIFY(v >= e.min.value && v <= e.max.value);
            }
        }
        if (!any) {
            QVERIFY(out.isEmpty());
            return;
        }
        // The window's extremes and every spike are drawn exactly, at their own time.
        bool minDrawn = false;
        bool maxDrawn = false;
        for (const QPointF& p : out) {
            minDrawn = minDrawn || p.y() == globalMin;
            maxDrawn = maxDrawn || p.y() == globalMax;
        }
        QVERIFY(minDrawn && maxDrawn);
        if (shape == u"sine+spikes"_s || shape == u"wrapped"_s) {
            int spikes = 0;
            for (qsizetype i = s->lowerBound(from); i < s->upperBound(to); ++i) {
                const qint64 n = (s->at(i).timeMs - T0) / 1000;
                // Spikes closer than two columns to each other may share a column: skip none here,
                // they are 10007 s apart and columns are at most 86400 s wide only in the 7-column row.
                if (isSpike(n) && columns > 7) {
                    QVERIFY2(contains(out, s->at(i)), qPrintable(u"spike at sample %1 lost"_s.arg(n)));
                    ++spikes;
                }
            }
            if (columns > 7 && to - from > 2 * Day)
                QVERIFY(spikes > 10);
        }
        if (shape == u"gaps"_s) {
            // Every 30-minute outage inside the window breaks the line with a marker inside it.
            for (qint64 start = T0 + 3600'000; start < T0 + 7 * Day; start += 6 * Hour) {
                if (start < from || start + 1800'000 > to || (to - from + 1) / columns > 1800'000)
                    continue;
                bool marked = false;
                for (int i = 1; i + 1 < out.size(); ++i) {
                    if (std::isnan(out[i].y()) && out[i - 1].x() < double(start + 1800'000) &&
                        out[i + 1].x() > double(start))
                        marked = true;
                    QVERIFY(!(out[i].x() > double(start) && out[i].x() < double(start + 1800'000)));
                }
                QVERIFY2(marked, qPrintable(u"outage at %1 not marked"_s.arg(start)));
            }
        }
    }

    // Short windows take the raw path in Auto mode: identical to RawOnly.
    void autoMatchesRawForShortWindows()
    {
        const std::unique_ptr<SampleSeries> s = makeSeries(u"gaps"_s);
        const qint64 end = T0 + 7 * Day - 1;
        const QList<QPointF> autoOut = Decimator::decimate(*s, end - 4 * Hour, end, 1200);
        const QList<QPointF> rawOut = Decimator::decimate(*s, end - 4 * Hour, end, 1200, Decimator::Mode::RawOnly);
        QCOMPARE(autoOut.size(), rawOut.size());
        for (int i = 0; i < autoOut.size(); ++i) {
            QCOMPARE(autoOut[i].x(), rawOut[i].x());
            QVERIFY(autoOut[i].y() == rawOut[i].y() || (std::isnan(autoOut[i].y()) && std::isnan(rawOut[i].y())));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Decimator)
#include "tst_Decimator.moc"
