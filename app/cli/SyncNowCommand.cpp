// tandem-cli sync-now: step this clock now through the privileged helper (its own polkit action),
// optionally against a server that is not configured (a one-time sync), or in a lab with --root.
#include "CliIo.h"
#include "HelperCli.h"
#include "config/AddressValidator.h"
#include "privileged/HelperRequestParser.h"

using namespace Qt::StringLiterals;

int syncNowCommand(const QStringList& arguments)
{
    const QString command = u"sync-now"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Take fresh measurements and step this clock now, through the privileged helper (pkexec asks for an "
        "administrator password). With --peer, sync once against that server even when chrony does not "
        "use it (it is added as a temporary source and removed again)."_s);
    parser.addOptions({
        {u"peer"_s, u"The server to sync against once (default: chrony's configured sources)."_s, u"ADDRESS"_s},
        {u"root"_s, u"A lab system (DIR/system1 or DIR/system2) instead of this machine."_s, u"DIR"_s},
        {u"json"_s, u"Print the helper's JSON Lines as they are."_s},
    });
    bool helpShown = false;
    if (!parseSubcommand(parser, command, arguments, &helpShown))
        return helpShown ? CliExit::Ok : CliExit::Usage;
    HelperRequest request;
    request.action = HelperAction::SyncNow;
    request.peer = parser.value(u"peer"_s);
    if (parser.isSet(u"peer"_s)) {
        if (const auto peer = AddressValidator::check(request.peer, AddressValidator::Use::Host); !peer) {
            reportError(command, peer.error());
            return CliExit::Usage;
        }
    }

    return runHelperFromCli(request, parser.value(u"root"_s), parser.isSet(u"json"_s));
}
