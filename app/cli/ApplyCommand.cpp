// tandem-cli apply: writes a role's config on this machine through the privileged helper (pkexec
// asks for the admin password), or into a lab system with --root. Same options as plan.
#include "CliIo.h"
#include "privileged/HelperLauncher.h"
#include "privileged/HelperProgressText.h"
#include "privileged/HelperRequestParser.h"
#include "privileged/HelperRequestWriter.h"

#include <QEventLoop>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const QString Command = u"apply"_s;

bool readNumber(const QCommandLineParser& parser, const QString& option, std::optional<int>* target)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok) {
        reportError(Command, u"--%1 needs a whole number, not '%2'"_s.arg(option, parser.value(option)));
        return false;
    }
    *target = value;
    return true;
}

bool buildRequest(const QCommandLineParser& parser, HelperRequest* request)
{
    request->action = HelperAction::Apply;
    const QString role = parser.value(u"role"_s);
    request->peer = parser.value(u"peer"_s);
    if (role.isEmpty() || request->peer.isEmpty()) {
        reportError(Command, u"--role and --peer are required (try 'tandem-cli apply --help')"_s);
        return false;
    }
    if (role != u"server"_s && role != u"client"_s) {
        reportError(Command, u"--role is 'server' (System 1) or 'client' (System 2), not '%1'"_s.arg(role));
        return false;
    }
    request->role = role == u"server"_s ? HelperRole::Server : HelperRole::Client;
    const QString mode = parser.value(u"mode"_s);
    if (!mode.isEmpty() && mode != u"local-only"_s && mode != u"local-and-pool"_s) {
        reportError(Command, u"--mode is 'local-only' or 'local-and-pool', not '%1'"_s.arg(mode));
        return false;
    }
    request->pools = mode == u"local-and-pool"_s;
    if (!readNumber(parser, u"stratum"_s, &request->stratum) || !readNumber(parser, u"minpoll"_s, &request->minpoll) ||
        !readNumber(parser, u"maxpoll"_s, &request->maxpoll))
        return false;
    if (parser.isSet(u"no-monitoring"_s))
        request->monitoring = false;
    // The helper checks everything again; checking here gives the same words without a password prompt.
    const Result<HelperRequest> checked = HelperRequestParser::parse(HelperRequestWriter::toJson(*request));
    if (!checked) {
        reportError(Command, checked.error());
        return false;
    }
    return true;
}

} // namespace

int applyCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Write the role's settings into this machine's chrony.conf and restart chrony, through the privileged "
        "helper (pkexec asks for an administrator password). The old config is backed up, and put back if chrony "
        "does not come up with the new one."_s);
    parser.addOptions({
        {u"role"_s, u"server (System 1, serves its clock) or client (System 2, follows System 1)."_s, u"ROLE"_s},
        {u"peer"_s, u"server: System 2's address or subnet; client: System 1's address."_s, u"ADDRESS"_s},
        {u"mode"_s, u"server only: local-only (default) or local-and-pool."_s, u"MODE"_s},
        {u"minpoll"_s, u"client only: minimum polling interval, log2 seconds (default 1)."_s, u"N"_s},
        {u"maxpoll"_s, u"client only: maximum polling interval, log2 seconds (default 1)."_s, u"N"_s},
        {u"stratum"_s, u"server only: stratum of the local clock, 1..15 (default 10)."_s, u"N"_s},
        {u"no-monitoring"_s, u"Do not let the peer watch chronyd (no cmdallow/bindcmdaddress)."_s},
        {u"root"_s, u"A lab system (DIR/system1 or DIR/system2) instead of this machine; no password needed."_s,
         u"DIR"_s},
        {u"json"_s, u"Print the helper's JSON Lines as they are."_s},
    });
    bool helpShown = false;
    if (!parseSubcommand(parser, Command, arguments, &helpShown))
        return helpShown ? CliExit::Ok : CliExit::Usage;
    HelperRequest request;
    if (!buildRequest(parser, &request))
        return CliExit::Usage;

    const bool json = parser.isSet(u"json"_s);
    HelperLauncher launcher;
    QEventLoop loop;
    int exitCode = CliExit::Failed;
    QObject::connect(&launcher, &HelperLauncher::progress, &loop, [json](const QJsonObject& step) {
        cliOut() << (json ? QString::fromUtf8(QJsonDocument(step).toJson(QJsonDocument::Compact))
                          : HelperProgressText::describeStep(step))
                 << Qt::endl;
    });
    QObject::connect(&launcher, &HelperLauncher::finished, &loop, [&](int code, const QJsonObject& result) {
        cliOut() << (json ? QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact))
                          : HelperProgressText::describeResult(code, result))
                 << Qt::endl;
        exitCode = code;
        loop.quit();
    });
    launcher.start(HelperLauncher::Program::Configure, HelperRequestWriter::toJson(request), parser.value(u"root"_s));
    loop.exec();
    return exitCode;
}
