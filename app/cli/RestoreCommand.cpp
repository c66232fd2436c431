// tandem-cli restore: put back the chrony.conf from before the last change, through the privileged
// helper (the same polkit action as apply), or in a lab system with --root.
#include "CliIo.h"
#include "CmdmonCliFormat.h"
#include "HelperCli.h"
#include "config/ChronyHost.h"
#include "helperprotocol/HelperRequestWriter.h"
#include "labhelper/LabHelperTarget.h"
#include "privileged/HelperRequestParser.h"
#include "setup/BackupCatalog.h"

using namespace Qt::StringLiterals;

namespace {

// --list: the backups as the helper would choose from them, read without a password (a backup is as
// readable as the chrony.conf it copied).
int listBackups(const QString& command, const QString& root, bool json)
{
    QString directory;
    if (root.isEmpty()) {
        directory = ChronyHost::machine().backupDirectory();
    } else {
        const Result<HelperTarget> lab = LabHelperTarget::forRoot(root);
        if (!lab) {
            reportError(command, lab.error());
            return CliExit::Usage;
        }
        directory = lab->host().backupDirectory();
    }
    const QList<BackupEntry> entries = BackupCatalog::list(directory);
    if (json) {
        for (const BackupEntry& entry : entries)
            cliOut() << CmdmonCliFormat::jsonLine(entry.toJson()) << Qt::endl;
        return CliExit::Ok;
    }
    if (entries.isEmpty()) {
        cliOut() << u"No backups in %1: Tandem has not changed this chrony.conf yet."_s.arg(directory) << Qt::endl;
        return CliExit::Ok;
    }
    for (const BackupEntry& entry : entries) {
        cliOut() << entry.id << u"  "_s << entry.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) << u"  "_s
                 << entry.summary() << (entry.oldest ? u" [oldest, kept for good]"_s : QString()) << Qt::endl;
    }
    cliOut() << u"Restore one with: tandem-cli restore --backup ID (without --backup: the newest, %1)."_s.arg(
                    entries.constFirst().id)
             << Qt::endl;
    return CliExit::Ok;
}

} // namespace

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
        {u"json"_s, u"Print the helper's JSON Lines as they are (with --list: one JSON object per backup)."_s},
        {u"list"_s, u"List the backups (ID, time, what each holds), newest first, and restore nothing; needs no "
                    "password."_s},
    });
    bool helpShown = false;
    if (!parseSubcommand(parser, command, arguments, &helpShown))
        return helpShown ? CliExit::Ok : CliExit::Usage;
    if (parser.isSet(u"list"_s))
        return listBackups(command, parser.value(u"root"_s), parser.isSet(u"json"_s));
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
