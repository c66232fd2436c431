// tandem-cli probe: one NTP exchange with a server, to check that System 1 answers before
// System 2 is configured to follow it.
#include "CliIo.h"
#include "cmdmon/CmdmonClient.h"
#include "lab/VirtualSystemTime.h"
#include "ntp/NtpProbe.h"
#include "setup/PeerFirewallHint.h"
#include "setup/SetupTarget.h"
#include "util/LocalRoute.h"
#include "util/SecondsText.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QString offsetMeaning(double offset)
{
    if (offset > 0)
        return u"the server's clock is ahead of this system's"_s;
    if (offset < 0)
        return u"the server's clock is behind this system's"_s;
    return u"the clocks agree"_s;
}

void printHuman(const NtpMeasurement& m)
{
    QTextStream& out = cliOut();
    out << m.server.toString() << " port " << m.port << " answered (NTP version " << m.version << ")\n";
    out << "  Offset:           " << SecondsText::format(m.offset) << " (" << offsetMeaning(m.offset) << ")\n";
    out << "  Round-trip delay: " << SecondsText::format(m.delay) << '\n';
    out << "  Stratum:          " << m.stratum << '\n';
    out << "  Reference:        " << m.referenceText() << " ("
        << QString::number(m.referenceId, 16).toUpper().rightJustified(8, u'0') << ")\n";
    out << "  Leap status:      " << m.leapText() << '\n';
    out << "  Root delay:       " << SecondsText::format(m.rootDelay) << '\n';
    out << "  Root dispersion:  " << SecondsText::format(m.rootDispersion) << '\n';
    out << "  Precision:        2^" << m.precision << " s (" << SecondsText::format(m.precisionSeconds()) << ")\n"
        << Qt::flush;
}

void printJson(const NtpMeasurement& m)
{
    const QJsonObject object{
        {u"server"_s, m.server.toString()},
        {u"port"_s, m.port},
        {u"offset"_s, m.offset},
        {u"offsetSign"_s, u"positive: the server's clock is ahead of this system's"_s},
        {u"delay"_s, m.delay},
        {u"version"_s, m.version},
        {u"stratum"_s, m.stratum},
        {u"referenceId"_s, QString::number(m.referenceId, 16).toUpper().rightJustified(8, u'0')},
        {u"reference"_s, m.referenceText()},
        {u"leap"_s, m.leapText()},
        {u"synchronised"_s, m.synchronised()},
        {u"rootDelay"_s, m.rootDelay},
        {u"rootDispersion"_s, m.rootDispersion},
        {u"precision"_s, m.precision},
        {u"precisionSeconds"_s, m.precisionSeconds()},
    };
    cliOut() << QJsonDocument(object).toJson(QJsonDocument::Indented) << Qt::flush;
}

} // namespace

int probeCommand(const QStringList& arguments)
{
    const QString command = u"probe"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Ask an NTP server for the time once, as System 2 would, and show what it "
                                     u"answers. Needs no root; never changes this system's clock."_s);
    parser.addPositionalArgument(u"HOST"_s, u"The server's address or name (System 1)."_s);
    const QCommandLineOption portOption(u"port"_s, u"The server's NTP port (default 123)."_s, u"PORT"_s, u"123"_s);
    const QCommandLineOption sourceOption(u"source"_s, u"Send from this local address."_s, u"ADDR"_s);
    const QCommandLineOption timeoutOption(u"timeout"_s, u"Give up after MS milliseconds (default 3000)."_s, u"MS"_s,
                                           u"3000"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print the result as JSON."_s);
    const QCommandLineOption rootOption(u"root"_s,
                                        u"Measure as this lab system (DIR/system1 or DIR/system2): from its address, "
                                        u"on its own clock."_s,
                                        u"DIR"_s);
    parser.addOptions({portOption, sourceOption, timeoutOption, jsonOption, rootOption});
    bool helpShown = false;
    if (!parseSubcommand(parser, command, arguments, &helpShown))
        return helpShown ? CliExit::Ok : CliExit::Usage;

    if (parser.positionalArguments().size() != 1) {
        reportError(command, u"expected exactly one HOST (try --help)"_s);
        return CliExit::Usage;
    }
    NtpProbeRequest request;
    request.host = parser.positionalArguments().constFirst();
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        reportError(command, u"--port must be a number from 1 to 65535"_s);
        return CliExit::Usage;
    }
    request.port = quint16(port);
    request.timeoutMs = parser.value(timeoutOption).toInt(&ok);
    if (!ok || request.timeoutMs <= 0) {
        reportError(command, u"--timeout must be a positive number of milliseconds"_s);
        return CliExit::Usage;
    }
    if (parser.isSet(sourceOption)) {
        request.source = QHostAddress(parser.value(sourceOption));
        if (request.source.isNull()) {
            reportError(command, u"--source must be an IP address of this system"_s);
            return CliExit::Usage;
        }
    }

    // A lab system's clock is not this machine's: its offset is measured on its own clock.
    std::shared_ptr<const SystemTime> labTime;
    SetupTarget target = SetupTarget::machine();
    if (parser.isSet(rootOption)) {
        const Result<LabSystemLocation> lab = locateLabSystem(QDir(parser.value(rootOption)).absolutePath());
        Result<std::shared_ptr<const SystemTime>> time =
            lab ? labSystemTime(lab->settings, lab->index)
                : Result<std::shared_ptr<const SystemTime>>(Error{lab.error()});
        if (!time) {
            reportError(command, time.error());
            return CliExit::Failed;
        }
        labTime = *time;
        target = SetupTarget::labSystem(lab->settings, lab->index);
        request.time = labTime.get();
        if (!parser.isSet(sourceOption))
            request.source = lab->index == 1 ? lab->settings.serverAddress : lab->settings.clientAddress;
    }

    NtpProbe probe;
    QEventLoop loop;
    int exitCode = CliExit::Failed;
    QObject::connect(&probe, &NtpProbe::finished, &loop, [&](const NtpMeasurement& measurement) {
        if (parser.isSet(jsonOption))
            printJson(measurement);
        else
            printHuman(measurement);
        if (measurement.synchronised()) {
            exitCode = CliExit::Ok;
        } else {
            reportError(command, u"%1 answers but is not synchronised itself, so a client will not follow it "
                                 u"(on System 1, 'local stratum 10' makes chronyd serve its own clock)"_s.arg(
                                     measurement.server.toString()));
        }
        loop.quit();
    });
    // No NTP answer: does the server's chronyd answer monitoring? Then it runs, and its NTP port is
    // what does not answer (a firewall there, or no allow for this system): say so, with the check to run.
    std::unique_ptr<CmdmonClient> monitor;
    QObject::connect(&probe, &NtpProbe::failed, &loop, [&](const QString& reason) {
        reportError(command, reason);
        PeerTestReport report;
        report.peer = request.host;
        report.address = QHostAddress(request.host);
        report.ntpPort = request.port;
        report.ntpError = reason;
        if (report.address.isNull()) {
            loop.quit();
            return;
        }
        const CmdmonEndpoint endpoint = target.peerEndpoint(report.address);
        report.cmdPort = endpoint.port;
        monitor = std::make_unique<CmdmonClient>(endpoint);
        monitor->setInitialTimeout(qMax(100, request.timeoutMs / 3));
        monitor->setRetries(1);
        monitor->tracking()->then(&loop, [&, report](const CmdmonCallOf<TrackingReport>& call) {
            PeerTestReport answered = report;
            if (const Result<TrackingReport> tracking = call.result())
                answered.tracking = *tracking;
            const QHostAddress own =
                request.source.isNull() ? LocalRoute::towards(answered.address).address : request.source;
            if (const QString hint = PeerFirewallHint::forReport(answered, own); !hint.isEmpty())
                reportError(command, hint);
            loop.quit();
        });
    });
    probe.start(request);
    loop.exec();
    return exitCode;
}
