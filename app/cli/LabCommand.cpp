// tandem-cli lab: start, inspect and stop a two-system lab (two chronyd daemons on loopback) that
// keeps running after the command returns.
#include "CliIo.h"
#include "LabClockOptions.h"
#include "lab/Lab.h"
#include "lab/LabClocks.h"
#include "lab/LabStatus.h"
#include "util/SecondsText.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace {

const QString Command = u"lab"_s;

void printSystem(const QString& title, const LabSystemInfo& info)
{
    QTextStream& out = cliOut();
    out << "  " << title << ": " << info.address.toString() << ", NTP port " << info.ntpPort << ", command port "
        << info.cmdPort << ", pid " << info.pid << '\n'
        << "    config: " << info.configPath << '\n'
        << "    socket: " << info.socketPath << '\n'
        << "    log:    " << info.logPath << '\n';
}

// The truth no chronyd report can give: the two virtual clocks read at one instant.
QString clocksLine(const LabSettings& settings)
{
    if (!settings.virtualClocks)
        return u"Clocks: both systems use this machine's clock (chronyd -x)"_s;
    Result<LabClocks> clocks = LabClocks::open(settings);
    if (!clocks)
        return u"Clocks: "_s + clocks.error();
    const auto describe = [&](int index) {
        VirtualClock& clock = clocks.value().system(index);
        return u"System %1 %2 UTC, oscillator %3 ppm, chronyd's correction %4 ppm, %5 step(s)"_s.arg(index)
            .arg(QDateTime::fromMSecsSinceEpoch(clock.nowNs() / 1000000, Qt::UTC).toString(Qt::ISODateWithMs))
            .arg(clock.oscillatorPpm())
            .arg(clock.adjustPpm(), 0, 'f', 3)
            .arg(clock.stepCount());
    };
    return u"Clocks (virtual): %1\n  %2\n  System 2 is %3 System 1 (true offset)"_s.arg(
        describe(1), describe(2), SecondsText::withDirection(clocks->system2Ahead(), u"ahead of"_s, u"behind"_s));
}

int runStart(const LabSettings& settings, int timeoutSeconds)
{
    Lab lab(settings);
    lab.setOwnership(Lab::Ownership::Detached);
    lab.setStartTimeout(timeoutSeconds * 1000);
    QEventLoop loop;
    int exitCode = CliExit::Failed;
    QObject::connect(&lab, &Lab::progress, &loop, [](const QString& message) { cliOut() << message << Qt::endl; });
    QObject::connect(&lab, &Lab::started, &loop, [&] {
        const LabSystemInfo one = lab.system1();
        const LabSystemInfo two = lab.system2();
        QTextStream& out = cliOut();
        out << "Lab running in " << settings.directory << '\n';
        printSystem(u"System 1 (server)"_s, one);
        printSystem(u"System 2 (client)"_s, two);
        out << clocksLine(settings) << '\n';
        out << "Query it:\n"
            << "  tandem-cli status --host " << one.address.toString() << " --port " << one.cmdPort << " --source "
            << two.address.toString() << '\n'
            << "  tandem-cli probe " << one.address.toString() << " --port " << one.ntpPort << " --root "
            << settings.directory << "/system2   (as System 2, on its clock)\n"
            << "  chronyc -h " << two.address.toString() << " -p " << two.cmdPort << " sources\n"
            << "  chronyc -h " << two.socketPath << " tracking   (as root: full access over the Unix socket)\n"
            << "  tandem-cli lab status --dir " << settings.directory << '\n'
            << "Stop it: tandem-cli lab stop --dir " << settings.directory << Qt::endl;
        exitCode = CliExit::Ok;
        loop.quit();
    });
    QObject::connect(&lab, &Lab::failed, &loop, [&](const QString& reason) {
        reportError(Command, reason);
        loop.quit();
    });
    lab.start();
    loop.exec();
    return exitCode;
}

QString trackingLine(const LabSystemStatus& system)
{
    if (!system.tracking)
        return u"no tracking report: "_s + system.trackingError;
    const TrackingReport& t = *system.tracking;
    const QString name = t.referenceName().isEmpty() ? QString() : u" (%1)"_s.arg(t.referenceName());
    return u"reference %1%2, stratum %3, system time offset %4 s, leap status %5"_s.arg(t.referenceIdHex(), name)
        .arg(t.stratum)
        .arg(QString::number(t.systemTime, 'f', 9), t.leapStatusText());
}

int runClock(const LabSettings& settings, const LabClockOptions::Change& change)
{
    Result<LabClocks> clocks = LabClocks::open(settings);
    if (!clocks) {
        reportError(Command, clocks.error());
        return CliExit::Failed;
    }
    VirtualClock& clock = clocks.value().system(change.system);
    if (change.stepSeconds)
        clock.step(*change.stepSeconds);
    if (change.frequencyPpm)
        clock.setOscillatorPpm(*change.frequencyPpm);
    cliOut() << "System " << change.system << "'s clock changed. " << clocksLine(settings) << Qt::endl;
    return CliExit::Ok;
}

int runStatus(const LabSettings& settings)
{
    LabStatusQuery query(settings);
    QEventLoop loop;
    int exitCode = CliExit::Failed;
    QObject::connect(&query, &LabStatusQuery::finished, &loop, [&](const LabStatus& status) {
        QTextStream& out = cliOut();
        out << "Lab in " << settings.directory << '\n';
        bool healthy = true;
        const auto print = [&](const QString& title, const LabSystemStatus& system) {
            out << title << ' ' << system.info.address.toString() << ": "
                << (system.info.pid ? u"running, pid %1"_s.arg(system.info.pid) : u"not running"_s) << '\n'
                << "  " << trackingLine(system) << '\n';
            healthy = healthy && system.info.pid != 0 && system.tracking.has_value();
        };
        print(u"System 1 (server)"_s, status.system1);
        print(u"System 2 (client)"_s, status.system2);
        out << clocksLine(settings) << Qt::endl;
        exitCode = healthy ? CliExit::Ok : CliExit::Failed;
        loop.quit();
    });
    query.start();
    loop.exec();
    return exitCode;
}

int runStop(const LabSettings& settings)
{
    Lab lab(settings);
    QEventLoop loop;
    int exitCode = CliExit::Failed;
    QObject::connect(&lab, &Lab::stopped, &loop, [&] {
        cliOut() << "Stopped the lab in " << settings.directory << Qt::endl;
        exitCode = CliExit::Ok;
        loop.quit();
    });
    QObject::connect(&lab, &Lab::failed, &loop, [&](const QString& reason) {
        reportError(Command, reason);
        loop.quit();
    });
    lab.stop();
    loop.exec();
    return exitCode;
}

bool parsePort(const QString& text, quint16* port)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value == 0 || value > 65535)
        return false;
    *port = quint16(value);
    return true;
}

} // namespace

int labCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Run a two-system lab on this machine: System 1 serves its own clock, System 2 "
                                     u"follows it, as two chronyd daemons on loopback addresses (never touching this "
                                     u"system's clock). start returns while the lab keeps running."_s);
    parser.addPositionalArgument(u"ACTION"_s, u"start, status, clock or stop"_s);
    const LabSettings defaults;
    const QCommandLineOption dirOption(u"dir"_s, u"The lab directory (required)."_s, u"DIR"_s);
    const QCommandLineOption serverOption(u"server-address"_s, u"System 1's loopback address (default 127.0.0.2)."_s,
                                          u"A"_s, defaults.serverAddress.toString());
    const QCommandLineOption clientOption(u"client-address"_s, u"System 2's loopback address (default 127.0.0.3)."_s,
                                          u"B"_s, defaults.clientAddress.toString());
    const QCommandLineOption portOption(u"port"_s, u"NTP port of both systems (default 11123)."_s, u"P"_s,
                                        QString::number(defaults.ntpPort));
    const QCommandLineOption cmdportOption(u"cmdport"_s, u"Command port of both systems (default 11323)."_s, u"C"_s,
                                           QString::number(defaults.cmdPort));
    const QCommandLineOption timeoutOption(u"timeout"_s, u"start: seconds to wait for System 2 to follow System 1."_s,
                                           u"S"_s, u"30"_s);
    parser.addOptions({dirOption, serverOption, clientOption, portOption, cmdportOption, timeoutOption});
    const LabClockOptions clockOptions;
    clockOptions.addTo(parser);
    bool helpShown = false;
    if (!parseSubcommand(parser, Command, arguments, &helpShown))
        return helpShown ? CliExit::Ok : CliExit::Usage;

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || !QStringList{u"start"_s, u"status"_s, u"clock"_s, u"stop"_s}.contains(action)) {
        reportError(Command, u"expected one action: start, status, clock or stop (try --help)"_s);
        return CliExit::Usage;
    }
    if (!parser.isSet(dirOption)) {
        reportError(Command, u"--dir DIR is required"_s);
        return CliExit::Usage;
    }
    const QString directory = QDir(parser.value(dirOption)).absolutePath();

    if (action != u"start"_s) {
        // A wrong option is a usage error, whatever the directory holds.
        const Result<LabClockOptions::Change> change = action == u"clock"_s
                                                           ? clockOptions.readChange(parser)
                                                           : Result<LabClockOptions::Change>(LabClockOptions::Change{});
        if (!change) {
            reportError(Command, change.error());
            return CliExit::Usage;
        }
        const Result<LabSettings> settings = loadLabSettings(directory);
        if (!settings) {
            reportError(Command, settings.error());
            return CliExit::Failed;
        }
        if (action == u"clock"_s)
            return runClock(*settings, *change);
        return action == u"status"_s ? runStatus(*settings) : runStop(*settings);
    }

    LabSettings settings;
    settings.directory = directory;
    settings.serverAddress = QHostAddress(parser.value(serverOption));
    settings.clientAddress = QHostAddress(parser.value(clientOption));
    if (!parsePort(parser.value(portOption), &settings.ntpPort) ||
        !parsePort(parser.value(cmdportOption), &settings.cmdPort)) {
        reportError(Command, u"--port and --cmdport must be numbers from 1 to 65535"_s);
        return CliExit::Usage;
    }
    bool ok = false;
    const int timeoutSeconds = parser.value(timeoutOption).toInt(&ok);
    if (!ok || timeoutSeconds <= 0) {
        reportError(Command, u"--timeout must be a positive number of seconds"_s);
        return CliExit::Usage;
    }
    if (const Status clocks = clockOptions.readStart(parser, &settings); !clocks) {
        reportError(Command, clocks.error());
        return CliExit::Usage;
    }
    if (const Status valid = validateLabSettings(settings); !valid) {
        reportError(Command, valid.error());
        return CliExit::Usage;
    }
    if (!QDir().mkpath(directory)) {
        reportError(Command, u"cannot create the directory %1"_s.arg(directory));
        return CliExit::Failed;
    }
    return runStart(settings, timeoutSeconds);
}
