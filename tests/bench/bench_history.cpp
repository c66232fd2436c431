// How much one live-panel refresh costs for 1 hour and for 7 days of history (3 series at 1 Hz,
// decimated to 1200 columns), and how many bytes a stored sample takes. Prints figures; never fails.
#include "history/Decimator.h"
#include "history/SampleSeries.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <memory>
#include <unistd.h>

namespace {

constexpr qint64 T0 = 1'767'225'600'000;
constexpr int Columns = 1200;
constexpr int Repetitions = 301;

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

using Series3 = std::array<std::unique_ptr<SampleSeries>, 3>;

Series3 fill(qint64 samples)
{
    Series3 series;
    for (int s = 0; s < 3; ++s) {
        series[size_t(s)] = std::make_unique<SampleSeries>();
        for (qint64 i = 0; i < samples; ++i) {
            double v = 1e-4 * std::sin(double(i) * (0.001 + 0.0007 * s)) + 1e-6 * std::sin(double(i) * 1.3);
            if (i % 9973 == 0)
                v += 1e-3; // spikes
            series[size_t(s)]->append(T0 + i * 1000, i % 4099 == 17 ? std::nan("") : v);
        }
    }
    return series;
}

// Median wall time of one refresh: the three series decimated over [from, to].
double refreshMicroseconds(const Series3& series, qint64 from, qint64 to, Decimator::Mode mode, qsizetype& points)
{
    std::array<double, Repetitions> times{};
    for (double& t : times) {
        QElapsedTimer timer;
        timer.start();
        points = 0;
        for (const auto& s : series)
            points += Decimator::decimate(*s, from, to, Columns, mode).size();
        t = double(timer.nsecsElapsed()) / 1000.0;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main()
{
    const qint64 hour = 3600;
    const qint64 week = 7 * 24 * 3600;

    const Series3 shortHistory = fill(hour);
    const qint64 rssBefore = residentBytes();
    QElapsedTimer fillTimer;
    fillTimer.start();
    const Series3 longHistory = fill(week);
    const double fillNsPerSample = double(fillTimer.nsecsElapsed()) / double(3 * week);
    const qint64 rssAfter = residentBytes();

    qsizetype hourPoints = 0;
    qsizetype weekPoints = 0;
    qsizetype rawPoints = 0;
    const double hourUs =
        refreshMicroseconds(shortHistory, T0, T0 + hour * 1000 - 1, Decimator::Mode::Auto, hourPoints);
    const double weekUs = refreshMicroseconds(longHistory, T0, T0 + week * 1000 - 1, Decimator::Mode::Auto, weekPoints);
    const double rawUs =
        refreshMicroseconds(longHistory, T0, T0 + week * 1000 - 1, Decimator::Mode::RawOnly, rawPoints);

    qsizetype allocated = 0;
    for (const auto& s : longHistory)
        allocated += s->allocatedBytes();

    std::printf("bench_history: one refresh = 3 series decimated to %d columns, median of %d runs\n", Columns,
                Repetitions);
    std::printf("  1 hour  (3 x %lld samples):  %9.1f us  (%lld points)\n", hour, hourUs, qlonglong(hourPoints));
    std::printf("  7 days  (3 x %lld samples): %9.1f us  (%lld points)\n", week, weekUs, qlonglong(weekPoints));
    std::printf("  ratio 7 days / 1 hour: %.2f (goal <= 1.5)\n", weekUs / hourUs);
    std::printf("  7 days without the min/max levels (raw): %9.1f us (%.1fx the 1-hour refresh)\n", rawUs,
                rawUs / hourUs);
    std::printf("memory per stored sample (7 days, 3 series):\n");
    std::printf("  sizeof(Sample) = %zu B, sizeof(MinMaxLevel::Bucket) = %zu B\n", sizeof(Sample),
                sizeof(MinMaxLevel::Bucket));
    std::printf("  allocated (ring + levels): %.2f B/sample (%.1f MiB for 3 series)\n",
                double(allocated) / double(3 * week), double(allocated) / (1024.0 * 1024.0));
    if (rssBefore > 0 && rssAfter > 0)
        std::printf("  RSS delta while filling:  %.2f B/sample (%.1f MiB)\n",
                    double(rssAfter - rssBefore) / (3.0 * week), double(rssAfter - rssBefore) / (1024.0 * 1024.0));
    std::printf("  append cost: %.1f ns/sample (ring + 3 levels)\n", fillNsPerSample);
    return 0;
}
