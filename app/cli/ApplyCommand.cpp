// tandem-cli apply: writes a role's config on this machine through the privileged helper (pkexec
// asks for the admin password), or into a lab system with --root. Same options as plan.
#include "CliIo.h"
#include "HelperCli.h"
#include "ProfileOptions.h"
#include "helperprotocol/HelperRequestWriter.h"
#include "privileged/HelperRequestParser.h"

using namespace Qt::StringLiterals;

namespace {

const QString Command = u"apply"_s;

} // namespace

int applyCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Write the role's settings into this machine's chrony.conf and restart chrony, through the privileged "
        "helper (pkexec asks for an administrator password). The old config is backed up, and put back if chrony "
        "does not come up with the new one."_s);
    addProfileOptions(parser);
    parser.addOptions({
        {u"root"_s, u"A lab system (DIR/system1 or DIR/system2) instead of this machine; no password needed."_s,
         u"DIR"_s},
        {u"json"_s, u"Print the helper's JSON Lines as they are."_s},
    });
    bool helpShown = false;
    if (!parseSubcommand(parser, Command, arguments, &helpShown))
        return helpShown ? CliExit::Ok : CliExit::Usage;
    const std::optional<Profile> profile = readProfileOptions(parser, Command);
    if (!profile)
        return CliExit::Usage;
    std::optional<PairKey> key;
    std::optional<quint32> keepKeyId;
    if (!readPairKeyOption(parser, Command, &key, &keepKeyId))
        return CliExit::Usage;
    HelperRequest request = applyRequestFor(*profile);
    request.key = key; // on the helper's standard input only
    request.keepKeyId = keepKeyId;
    // The helper checks everything again; checking here gives the same words without a password prompt.
    if (const Result<HelperRequest> checked = HelperRequestParser::parse(HelperRequestWriter::toJson(request));
        !checked) {
        reportError(Command, checked.error());
        return CliExit::Usage;
    }

    return runHelperFromCli(request, parser.value(u"root"_s), parser.isSet(u"json"_s));
}
