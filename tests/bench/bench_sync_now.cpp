// Sync now on a lab of virtual clocks, and the probe's accuracy. Prints:
//  (1) Sync now from request to verified "after": the real tandem-helper-sync-now against a lab whose
//      System 2 was made 100 s wrong behind chronyd's back; wall time per run and the true offset
//      afterwards (read from the virtual clocks). Goal: <= 3 s.
//  (2) The probe's offset to System 1 against `chronyc ntpdata` on System 2 for the same pair (a -x
//      lab: one clock for all), idle and with the event loop busy for 5 ms. Goal: <= 50 µs.
// Not a test: never registered with ctest. Run: .ci/dev bench
#include "ClockChecks.h"
#include "LabFixture.h"
#include "lab/LabClocks.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? std::nan("") : values.at(values.size() / 2);
}

int benchSyncNow(int runs)
{
    LabFixture lab;
    if (!lab.start()) {
        std::printf("lab: %s\n", qPrintable(lab.failure()));
        return 1;
    }
    const LabSystemPaths system2 = LabLayout::systemPaths(lab.directory(), 2);
    const QString waited = waitForClockUpdates(system2.socketPath, 3);
    if (!waited.isEmpty()) {
        std::printf("lab: %s\n", qPrintable(waited));
        return 1;
    }
    Result<LabClocks> clocks = LabClocks::open(lab.settings());
    QList<double> seconds;
    QList<double> after;
    for (int run = 0; run < runs; ++run) {
        clocks.value().system(2).step(run % 2 == 0 ? 100.0 : -100.0);
        QElapsedTimer elapsed;
        elapsed.start();
        const ProgramRun helper = runProgram(QStringLiteral(TANDEM_LAB_HELPER_BINARY), {u"--root"_s, system2.root},
                                             30000, "{\"action\":\"sync-now\"}");
        seconds.append(elapsed.elapsed() / 1000.0);
        after.append(std::abs(clocks->system2Ahead()));
        std::printf("  run %d: exit %d, %.3f s, then |System 2 - System 1| = %.1f µs\n", run + 1, helper.exitCode,
                    seconds.last(), after.last() * 1e6);
    }
    std::printf("Sync now (100 s wrong -> verified after): median %.3f s, worst %.3f s (goal <= 3 s); "
                "true offset after: median %.1f µs, worst %.1f µs\n",
                median(seconds), *std::max_element(seconds.begin(), seconds.end()), median(after) * 1e6,
                *std::max_element(after.begin(), after.end()) * 1e6);
    return 0;
}

std::optional<double> ntpdataOffset(const LabFixture& lab)
{
    return chronycNtpdataOffset(LabLayout::systemPaths(lab.directory(), 2).socketPath,
                                lab.settings().serverAddress.toString());
}

int benchProbe(int rounds)
{
    LabFixture lab;
    lab.configure([](LabSettings& settings) { settings.virtualClocks = false; });
    if (!lab.start() || !QTest::qWaitFor([&] { return ntpdataOffset(lab).has_value(); }, 10000)) {
        std::printf("lab: %s\n", qPrintable(lab.failure()));
        return 1;
    }
    for (int busyMs : {0, 5}) {
        QList<double> errors;
        for (int round = 0; round < rounds; ++round) {
            const std::optional<double> probed = probeSystem1WhileBusy(lab.settings(), busyMs);
            if (!probed)
                continue;
            const std::optional<double> chronyd = ntpdataOffset(lab);
            if (chronyd)
                errors.append(std::abs(*probed - *chronyd));
        }
        std::printf("Probe vs chronyc ntpdata, event loop busy %d ms: %lld rounds, median %.1f µs, worst %.1f µs "
                    "(goal <= 50 µs)\n",
                    busyMs, qsizetype(errors.size()), median(errors) * 1e6,
                    errors.isEmpty() ? std::nan("") : *std::max_element(errors.begin(), errors.end()) * 1e6);
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int syncNow = benchSyncNow(5);
    const int probe = benchProbe(20);
    return syncNow | probe;
}
