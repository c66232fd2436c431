#include "ClockChecks.h"

#include "LabFixture.h"
#include "cmdmon/CmdmonClient.h"
#include "ntp/NtpProbe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <ctime>

using namespace Qt::StringLiterals;

MachineClockWatch::MachineClockWatch()
    : m_start(realtimeMinusMonotonic())
{}

double MachineClockWatch::movedSeconds() const
{
    return realtimeMinusMonotonic() - m_start;
}

double MachineClockWatch::realtimeMinusMonotonic()
{
    timespec real = {};
    timespec monotonic = {};
    ::clock_gettime(CLOCK_REALTIME, &real);
    ::clock_gettime(CLOCK_MONOTONIC, &monotonic);
    return double(real.tv_sec - monotonic.tv_sec) + double(real.tv_nsec - monotonic.tv_nsec) / 1e9;
}

QString waitForClockUpdates(const QString& socketPath, int updates, int timeoutMs)
{
    CmdmonEndpoint endpoint;
    endpoint.socketPath = socketPath;
    CmdmonClient client(endpoint);
    std::optional<CmdmonWire::Timespec> last;
    int seen = 0;
    bool asking = false;
    QString lastError;
    // Ask chronyd every 100 ms; the wait below ends on the condition, not on the timer.
    QTimer ask;
    ask.setInterval(100);
    QObject::connect(&ask, &QTimer::timeout, [&] {
        if (asking)
            return;
        asking = true;
        client.tracking()->then(&ask, [&](const CmdmonCallOf<TrackingReport>& call) {
            asking = false;
            const Result<TrackingReport> tracking = call.result();
            lastError = tracking ? QString() : tracking.error();
            if (!tracking || !tracking->referenceAddress.isIp())
                return;
            if (last && *last != tracking->referenceTime)
                ++seen;
            last = tracking->referenceTime;
        });
    });
    ask.start();
    if (QTest::qWaitFor([&] { return seen >= updates; }, timeoutMs))
        return {};
    return u"chronyd at %1 made %2 of %3 clock updates within %4 ms %5"_s.arg(socketPath)
        .arg(seen)
        .arg(updates)
        .arg(timeoutMs)
        .arg(lastError);
}

QString virtualClockProblem(qint64 pid, const QString& clockPath)
{
    QFile commandLine(u"/proc/%1/cmdline"_s.arg(pid));
    QFile environment(u"/proc/%1/environ"_s.arg(pid));
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!commandLine.open(QIODevice::ReadOnly) || !environment.open(QIODevice::ReadOnly) ||
        !status.open(QIODevice::ReadOnly))
        return u"cannot read /proc/%1"_s.arg(pid);
    if (commandLine.readAll().split('\0').contains("-x"))
        return u"chronyd runs with -x"_s;
    const QList<QByteArray> variables = environment.readAll().split('\0');
    if (!variables.contains("TANDEM_VCLOCK_STATE="_ba + QFile::encodeName(clockPath)))
        return u"its environment does not name the clock %1"_s.arg(clockPath);
    const bool preloaded = std::any_of(variables.cbegin(), variables.cend(), [](const QByteArray& variable) {
        return variable.startsWith("LD_PRELOAD=") && variable.endsWith("libtandem-vclock.so");
    });
    if (!preloaded)
        return u"the virtual-clock library is not preloaded"_s;
    constexpr quint64 CapSysTime = 1ULL << 25;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("CapEff:") && (line.mid(7).trimmed().toULongLong(nullptr, 16) & CapSysTime))
            return u"it holds CAP_SYS_TIME"_s;
    }
    return {};
}

std::optional<double> chronycNtpdataOffset(const QString& socketPath, const QString& server)
{
    const ProgramRun run = runProgram(u"chronyc"_s, {u"-h"_s, socketPath, u"ntpdata"_s, server});
    static const QRegularExpression offset(u"^Offset\\s*:\\s*([-+0-9.e]+) seconds"_s,
                                           QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = offset.match(run.out);
    if (run.exitCode != 0 || !match.hasMatch())
        return std::nullopt;
    return match.captured(1).toDouble();
}

std::optional<double> probeSystem1WhileBusy(const LabSettings& settings, int busyMs)
{
    NtpProbe probe;
    QSignalSpy finished(&probe, &NtpProbe::finished);
    NtpProbeRequest request;
    request.host = settings.serverAddress.toString();
    request.port = settings.ntpPort;
    request.source = settings.clientAddress; // the address System 1 allows
    request.timeoutMs = 2000;
    probe.start(request);
    // The request goes out from the event loop; then the loop is kept busy while the reply arrives.
    QCoreApplication::processEvents();
    QElapsedTimer busy;
    busy.start();
    while (busy.elapsed() < busyMs) {
    }
    if (!finished.wait(3000) && finished.isEmpty())
        return std::nullopt;
    return finished.constFirst().constFirst().value<NtpMeasurement>().offset;
}
