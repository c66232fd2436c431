#include "CmdmonCli.h"

#include "CliIo.h"
#include "setup/SetupTarget.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

void addCmdmonOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {u"host"_s,
         u"chronyd's command address (IPv4 or IPv6; default: this machine's, 127.0.0.1 or its IPv4 bindcmdaddress)."_s,
         u"H"_s},
        {u"port"_s, u"chronyd's UDP command port (default 323)."_s, u"P"_s},
        {u"socket"_s, u"Use chronyd's Unix command socket instead of UDP (needs root or chronyd's user)."_s, u"PATH"_s},
        {u"source"_s, u"Send from this local address (for a chronyd that only answers cmdallow'ed hosts)."_s,
         u"ADDR"_s},
        {u"json"_s, u"Print JSON (one object per line) instead of text."_s},
        {u"count"_s, u"Poll N times (0: until interrupted, default 1)."_s, u"N"_s},
        {u"interval"_s, u"Seconds between polls (default 1)."_s, u"S"_s},
        {u"timeout"_s, u"Give up on an unanswered request after MS milliseconds, retries included (default 3000)."_s,
         u"MS"_s},
    });
}

static std::optional<QHostAddress> parseAddress(const QString& text)
{
    if (text == u"localhost"_s)
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(text))
        return std::nullopt;
    return address;
}

std::optional<CmdmonCliOptions> readCmdmonOptions(const QString& command, const QCommandLineParser& parser)
{
    CmdmonCliOptions options;
    if (parser.isSet(u"socket"_s) && (parser.isSet(u"host"_s) || parser.isSet(u"port"_s))) {
        reportError(command, u"--socket cannot be combined with --host or --port"_s);
        return std::nullopt;
    }
    // Without --host or --socket: this machine's chronyd, wherever its chrony.conf lets it answer a
    // local user (--port still applies).
    if (!parser.isSet(u"socket"_s) && !parser.isSet(u"host"_s))
        options.endpoint = SetupTarget::machine().ownEndpoint();
    if (parser.isSet(u"socket"_s))
        options.endpoint.socketPath = parser.value(u"socket"_s);
    if (parser.isSet(u"host"_s)) {
        const auto host = parseAddress(parser.value(u"host"_s));
        if (!host) {
            reportError(command, u"--host needs an IP address, not '%1'"_s.arg(parser.value(u"host"_s)));
            return std::nullopt;
        }
        options.endpoint.host = *host;
    }
    if (parser.isSet(u"port"_s)) {
        bool ok = false;
        const uint port = parser.value(u"port"_s).toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            reportError(command, u"--port needs a number from 1 to 65535, not '%1'"_s.arg(parser.value(u"port"_s)));
            return std::nullopt;
        }
        options.endpoint.port = quint16(port);
    }
    if (parser.isSet(u"source"_s)) {
        const auto source = parseAddress(parser.value(u"source"_s));
        if (!source) {
            reportError(command, u"--source needs an IP address, not '%1'"_s.arg(parser.value(u"source"_s)));
            return std::nullopt;
        }
        options.endpoint.sourceAddress = *source;
    }
    options.json = parser.isSet(u"json"_s);
    if (parser.isSet(u"count"_s)) {
        bool ok = false;
        options.count = parser.value(u"count"_s).toInt(&ok);
        if (!ok || options.count < 0) {
            reportError(command,
                        u"--count needs a whole number of 0 or more, not '%1'"_s.arg(parser.value(u"count"_s)));
            return std::nullopt;
        }
    }
    if (parser.isSet(u"interval"_s)) {
        bool ok = false;
        const double seconds = parser.value(u"interval"_s).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > 86400) {
            reportError(command,
                        u"--interval needs seconds from 0 to 86400, not '%1'"_s.arg(parser.value(u"interval"_s)));
            return std::nullopt;
        }
        options.intervalMs = int(std::lround(seconds * 1000));
    }
    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        options.timeoutMs = parser.value(u"timeout"_s).toInt(&ok);
        if (!ok || options.timeoutMs < 10) {
            reportError(command,
                        u"--timeout needs milliseconds (10 or more), not '%1'"_s.arg(parser.value(u"timeout"_s)));
            return std::nullopt;
        }
    }
    return options;
}

int runCmdmonCommand(const QString& command, const QString& description, const QStringList& arguments,
                     const std::function<CmdmonPoll(const CmdmonCliOptions&)>& makePoll)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    addCmdmonOptions(parser);
    bool helpShown = false;
    if (!parseSubcommand(parser, command, arguments, &helpShown))
        return helpShown ? CliExit::Ok : CliExit::Usage;
    if (!parser.positionalArguments().isEmpty()) {
        reportError(command, u"unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));
        return CliExit::Usage;
    }
    const std::optional<CmdmonCliOptions> options = readCmdmonOptions(command, parser);
    if (!options)
        return CliExit::Usage;

    CmdmonClient client(options->endpoint);
    // chronyc's schedule (t, 2t, 4t: two retries) squeezed into the total the user allows.
    constexpr int Retries = 2;
    client.setRetries(Retries);
    client.setInitialTimeout(qMax(1, options->timeoutMs / ((1 << (Retries + 1)) - 1)));

    const CmdmonPoll poll = makePoll(*options);
    QEventLoop loop;
    int done = 0;
    bool lastOk = false;
    QElapsedTimer cadence;
    // Runs one poll, then schedules the next relative to this one's start so the rhythm stays even.
    auto next = std::make_shared<std::function<void()>>();
    *next = [&, next]() {
        cadence.start();
        poll(client, [&, next](bool ok) {
            lastOk = ok;
            ++done;
            cliOut().flush();
            if (options->count != 0 && done >= options->count) {
                loop.quit();
                return;
            }
            const int wait = qMax<qint64>(0, options->intervalMs - cadence.elapsed());
            QTimer::singleShot(wait, &loop, [next]() { (*next)(); });
        });
    };
    QTimer::singleShot(0, &loop, [next]() { (*next)(); });
    loop.exec();
    *next = nullptr; // break the self-reference
    return lastOk ? CliExit::Ok : CliExit::Failed;
}
