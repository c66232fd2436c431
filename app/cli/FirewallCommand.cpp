// tandem-cli firewall check|open: would this system's firewall let the other system's NTP (UDP 123)
// or monitoring (UDP 323) datagrams in, and if not, open just that port for just that address. Both
// through their own privileged helper and polkit action (reading the ruleset needs root too).
#include "CliIo.h"
#include "HelperCli.h"
#include "config/AddressValidator.h"
#include "firewall/FirewallFinding.h"
#include "helperprotocol/HelperExitCode.h"
#include "privileged/HelperRequestParser.h"

using namespace Qt::StringLiterals;

namespace {

void printAdvice(const FirewallFinding& finding)
{
    QTextStream& out = cliOut();
    if (!finding.commands.isEmpty()) {
        out << "To open UDP " << finding.port << " for " << finding.peer << " only, run as root:\n";
        for (const QString& command : finding.commands)
            out << "  " << command << '\n';
        out << "or: tandem-cli firewall open --peer " << finding.peer << " --port " << finding.port << '\n';
    }
    for (const QString& note : finding.notes)
        out << "Note: " << note << '\n';
    out << Qt::flush;
}

} // namespace

int firewallCommand(const QStringList& arguments)
{
    const QString command = u"firewall"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"check: does this system's firewall (nftables, ufw or firewalld; iptables-legacy is noticed) let the other "
        "system's first datagram to UDP PORT in? Names the rule that drops it and the command that opens just that "
        "port for just that address. Exit 0 open, 1 blocked or unsure.\n"
        "open: run that command through the privileged helper (pkexec asks for an administrator password) and check "
        "again. Nothing is changed when the port is open already or the check is unsure."_s);
    parser.addPositionalArgument(u"check|open"_s, u"What to do."_s);
    parser.addOptions({
        {u"peer"_s, u"The other system's IP address (System 2 on System 1, and the other way round)."_s, u"ADDRESS"_s},
        {u"port"_s, u"123 (NTP, default) or 323 (chrony's command port, for monitoring)."_s, u"PORT"_s, u"123"_s},
        {u"json"_s, u"Print the helper's JSON Lines as they are."_s},
    });
    bool helpShown = false;
    if (!parseSubcommand(parser, command, arguments, &helpShown))
        return helpShown ? CliExit::Ok : CliExit::Usage;
    const QStringList verbs = parser.positionalArguments();
    if (verbs.size() != 1 || (verbs.constFirst() != u"check"_s && verbs.constFirst() != u"open"_s)) {
        reportError(command, u"expected 'check' or 'open' (try --help)"_s);
        return CliExit::Usage;
    }
    HelperRequest request;
    request.action = verbs.constFirst() == u"check"_s ? HelperAction::FirewallCheck : HelperAction::FirewallOpen;
    request.peer = parser.value(u"peer"_s);
    bool ok = false;
    request.port = parser.value(u"port"_s).toInt(&ok);
    // The helper checks again; checking here gives the same words without a password prompt.
    if (const auto peer = AddressValidator::check(request.peer, AddressValidator::Use::IpOnly); !peer) {
        reportError(command, parser.isSet(u"peer"_s) ? peer.error() : u"--peer ADDRESS is needed"_s);
        return CliExit::Usage;
    }
    if (Status port =
            ok ? HelperRequestParser::checkFirewallPort(request.port) : Status(Error{u"--port is a number"_s});
        !port) {
        reportError(command, port.error());
        return CliExit::Usage;
    }

    const bool json = parser.isSet(u"json"_s);
    QJsonObject result;
    const int exitCode = runHelperFromCli(request, {}, json, &result);
    if (exitCode != HelperExitCode::Ok && request.action == HelperAction::FirewallOpen)
        return exitCode;
    const FirewallFinding finding = FirewallFinding::fromJson(result.value(u"firewall"_s).toObject());
    if (!json && (exitCode == HelperExitCode::Ok || result.contains(u"firewall"_s)))
        printAdvice(finding);
    if (exitCode != HelperExitCode::Ok)
        return exitCode;
    return finding.verdict == FirewallFinding::Verdict::Open ? CliExit::Ok : CliExit::Failed;
}
