// tandem-cli restore: put back the chrony.conf from before the last change, through the privileged
// helper (the same polkit action as apply), or in a lab system with --root.
#include "CliIo.h"
#include "HelperCli.h"
#include "privileged/HelperRequestParser.h"
#include "privileged/HelperRequestWriter.h"

using namespace Qt::StringLiterals;

int restoreCommand(const QStringList& arguments)
{
    const QString command = u"restore"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Put back the chrony.conf from before the last change (the newest backup tandem-helper kept), or the "
        "backup named with --backup, and restart chrony, through the privileged helper (pkexec asks for an "
        "administrator password). The config it replaces is backed up first, so a restore can be undone the "
        "same way; the helper lists the backup IDs as it runs."_s);
    parser.addOptions({
        {u"backup"_s, u"A backup ID the helper listed (like 20261126-063150-000) instead of the newest."_s, u"ID"_s},
        {u"root"_s, u"A lab system (DIR/system1 or DIR/system2) instead of this machine; no password needed."_s,
         u"DIR"_s},
        {u"json"_s, u"Print the helper's JSON Lines as they are."_s},
    });
    bool helpShown = false;
    if (!parseSubcommand(parser, command, arguments, &helpShown))
        return helpShown ? CliExit::Ok : CliExit::Usage;
    HelperRequest request;
    request.action = HelperAction::Restore;
    request.backupId = parser.value(u"backup"_s);
    // The helper checks again; checking here gives the same words without a password prompt.
    if (const Result<HelperRequest> checked = HelperRequestParser::parse(HelperRequestWriter::toJson(request));
        !checked) {
        reportError(command, checked.error());
        return CliExit::Usage;
    }

    return runHelperFromCli(request, parser.value(u"root"_s), parser.isSet(u"json"_s));
}
