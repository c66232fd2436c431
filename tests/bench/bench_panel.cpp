// The live panel's figures (issue 6): one chart refresh with 1 hour and with 7 days of 1 Hz history
// for three series (history -> ChartFrame -> one replace() per segment -> painted), bytes per stored
// sample, time from process start to the first painted window, and idle CPU and RSS of
// `tandem --lab` polling both systems at 1 Hz. Prints figures and ratios; never fails.
//
//   bench_panel [--idle-seconds N] [--skip-idle]
//
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise. The idle run starts its own
// lab (unique loopback addresses) in a temporary directory and stops it (by pid) afterwards.
#include "MainWindow.h"
#include "dialogs/WidgetDialogs.h"
#include "lab/Lab.h"
#include "monitor/ChartFrame.h"
#include "panel/OffsetChartView.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 T0 = 1'790'000'000'000;

// ms since this process started, from /proc (so library loading and QApplication count too).
double msSinceProcessStart()
{
    QFile stat(u"/proc/self/stat"_s);
    QFile uptime(u"/proc/uptime"_s);
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of the whole line
    const double up = uptime.readAll().split(' ').value(0).toDouble();
    return (up - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

struct FirstPaint : QObject
{
    double ms = -1;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (ms < 0 && event->type() == QEvent::Paint) {
            ms = msSinceProcessStart();
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }
};

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double medianRefreshUs(OffsetChartView& view, const OffsetHistory& history, qint64 from, qint64 to, int runs,
                       qsizetype& points)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        view.showFrame(ChartFrame::build(history, from, to, view.plotColumns()));
        view.viewport()->repaint(); // paint now, synchronously: the whole cost of one refresh
        times.push_back(double(timer.nsecsElapsed()) / 1000.0);
    }
    points = 0;
    for (HistorySeries s :
         {HistorySeries::System2ToSystem1, HistorySeries::System1SystemTime, HistorySeries::System2SystemTime})
        points += view.pointCount(s);
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void chartRefresh()
{
    ManualClock clock(T0, 0);
    OffsetHistory history(clock);
    const int seconds = 7 * 24 * 3600;
    for (int i = 0; i < seconds; ++i) {
        OffsetReading r;
        r.system2ToSystem1 = 1e-5 * std::sin(i / 700.0) + 1e-7 * std::sin(i * 1.3) + (i % 9973 == 0 ? 1e-3 : 0);
        r.system1SystemTime = 1e-6 * std::sin(i / 300.0);
        r.system2SystemTime = -r.system2ToSystem1 + 2e-7 * std::sin(i * 0.7);
        r.system1Leap = LeapStatus::Normal;
        r.system2Leap = i % 86400 < 60 ? LeapStatus::NotSynchronised : LeapStatus::Normal;
        history.append(r);
        clock.advance(1000);
    }
    qsizetype bytes = 0;
    qsizetype samples = 0;
    for (HistorySeries s :
         {HistorySeries::System2ToSystem1, HistorySeries::System1SystemTime, HistorySeries::System2SystemTime}) {
        bytes += history.series(s).allocatedBytes();
        samples += history.series(s).size();
    }

    OffsetChartView view;
    view.resize(1200, 500);
    view.show();
    waitMs(50);
    const qint64 end = T0 + qint64(seconds) * 1000;
    qsizetype pointsHour = 0;
    qsizetype pointsWeek = 0;
    // Warm-up, then interleaved so both windows see the same caches and CPU frequency.
    medianRefreshUs(view, history, end - 3600'000, end, 20, pointsHour);
    double hour = 0;
    double week = 0;
    for (int round = 0; round < 3; ++round) {
        hour += medianRefreshUs(view, history, end - 3600'000, end, 50, pointsHour);
        week += medianRefreshUs(view, history, T0, end, 50, pointsWeek);
    }
    hour /= 3;
    week /= 3;
    std::printf("chart refresh (3 series, %d columns, build + replace + paint), median of 3x50:\n", view.plotColumns());
    std::printf("  1 hour : %8.0f us  (%lld points drawn)\n", hour, qlonglong(pointsHour));
    std::printf("  7 days : %8.0f us  (%lld points drawn)\n", week, qlonglong(pointsWeek));
    std::printf("  ratio 7 days / 1 hour: %.2f (goal <= 1.5)\n", week / hour);
    // Where the time goes, for the 7-day window: the core's frame, the series update, the paint.
    {
        const int runs = 30;
        QElapsedTimer timer;
        timer.start();
        ChartFrame frame;
        for (int i = 0; i < runs; ++i)
            frame = ChartFrame::build(history, T0, end, view.plotColumns());
        const double build = double(timer.nsecsElapsed()) / 1000.0 / runs;
        timer.restart();
        for (int i = 0; i < runs; ++i)
            view.showFrame(frame);
        const double show = double(timer.nsecsElapsed()) / 1000.0 / runs;
        timer.restart();
        for (int i = 0; i < runs; ++i)
            view.viewport()->repaint();
        const double paint = double(timer.nsecsElapsed()) / 1000.0 / runs;
        std::printf("  7 days split: ChartFrame::build %.0f us, replace()+axes %.0f us, paint %.0f us\n", build, show,
                    paint);
    }
    std::printf("memory: %lld samples in 3 series hold %.1f MiB: %.1f bytes per stored sample (with min/max levels)\n",
                qlonglong(samples), double(bytes) / (1 << 20), double(bytes) / double(samples));
}

struct ProcSample
{
    double cpuSeconds = -1;
    qint64 rssKiB = -1;
};

ProcSample sampleProcess(qint64 pid)
{
    ProcSample s;
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray text = stat.readAll();
        const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' ');
        s.cpuSeconds = (f.value(11).toDouble() + f.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
    }
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                s.rssKiB = line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return s;
}

void measureIdle(const QString& directory, int seconds);

void idle(int seconds)
{
    QTemporaryDir directory(u"/tmp/tandem-bench-XXXXXX"_s);
    LabSettings settings;
    settings.directory = directory.path();
    const quint32 b = quint32(::getpid()) & 0xff;
    settings.serverAddress = QHostAddress((127u << 24) | (211u << 16) | (b << 8) | 2u);
    settings.clientAddress = QHostAddress((127u << 24) | (211u << 16) | (b << 8) | 3u);
    settings.ntpPort = quint16(26000 + (::getpid() % 2000) * 2);
    settings.cmdPort = quint16(settings.ntpPort + 1);
    Lab lab(settings);
    lab.setOwnership(Lab::Ownership::Detached); // like "tandem --lab": tandem attaches to it
    bool started = false;
    bool failed = false;
    QObject::connect(&lab, &Lab::started, [&] { started = true; });
    QObject::connect(&lab, &Lab::failed, [&](const QString& reason) {
        std::printf("idle: the lab did not start: %s\n", qPrintable(reason));
        failed = true;
    });
    lab.start();
    QElapsedTimer wait;
    wait.start();
    while (!started && !failed && wait.elapsed() < 40000)
        waitMs(100);
    if (!started)
        std::printf("idle: the lab did not start within 40 s\n");
    else
        measureIdle(directory.path(), seconds);
    // Whatever happened, end the daemons the lab's pid files name while the directory still exists.
    bool stopped = false;
    Lab cleanup(settings);
    QObject::connect(&cleanup, &Lab::stopped, [&] { stopped = true; });
    QObject::connect(&cleanup, &Lab::failed, [&] { stopped = true; });
    cleanup.stop();
    wait.restart();
    while (!stopped && wait.elapsed() < 10000)
        waitMs(100);
}

void measureIdle(const QString& directory, int seconds)
{
    QProcess tandem;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(u"QT_QPA_PLATFORM"_s))
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, directory); // its own settings and history file
    env.insert(u"XDG_DATA_HOME"_s, directory + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, directory + u"/config"_s);
    tandem.setProcessEnvironment(env);
    const QString program = QCoreApplication::applicationDirPath() + u"/../../ui/tandem"_s;
    tandem.start(program, {u"--lab"_s, directory});
    if (!tandem.waitForStarted(5000)) {
        std::printf("idle: cannot start %s\n", qPrintable(program));
    } else {
        waitMs(8000); // attach and first rounds
        const ProcSample before = sampleProcess(tandem.processId());
        qint64 peakRss = before.rssKiB;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < qint64(seconds) * 1000) {
            waitMs(1000);
            peakRss = std::max(peakRss, sampleProcess(tandem.processId()).rssKiB);
        }
        const ProcSample after = sampleProcess(tandem.processId());
        const double wall = double(timer.elapsed()) / 1000.0;
        std::printf("idle: tandem --lab polling both systems at 1 Hz for %.0f s (offscreen):\n", wall);
        std::printf("  CPU %.2f %% of one core (goal <= 0.5 %%), RSS %.1f MiB at the end, peak %.1f MiB (goal <= 80)\n",
                    100.0 * (after.cpuSeconds - before.cpuSeconds) / wall, double(after.rssKiB) / 1024.0,
                    double(peakRss) / 1024.0);
        tandem.terminate();
        if (!tandem.waitForFinished(5000))
            tandem.kill();
        tandem.waitForFinished(2000);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"tandem-bench"_s);
    const QStringList args = QCoreApplication::arguments();
    const int idleSeconds =
        args.contains(u"--idle-seconds"_s) ? args.value(args.indexOf(u"--idle-seconds"_s) + 1).toInt() : 60;

    // First: the time to the first painted window, before anything else warmed up.
    if (!args.contains(u"--idle-only"_s)) {
        FirstPaint probe;
        WidgetDialogs dialogs;
        MainWindow window(&dialogs);
        window.installEventFilter(&probe);
        window.showMachine();
        window.show();
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, qApp, [] { QCoreApplication::exit(1); });
        deadline.start(5000);
        QApplication::exec();
        std::printf("first paint: %.0f ms from process start to the window's first paint event (goal <= 400)\n",
                    probe.ms);
    }
    if (!args.contains(u"--idle-only"_s))
        chartRefresh();
    if (!args.contains(u"--skip-idle"_s))
        idle(idleSeconds);
    std::fflush(stdout);
    return 0;
}
