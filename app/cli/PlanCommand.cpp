// tandem-cli plan: shows the chrony.conf Tandem would write for a role, or the diff against the base
// file. It never writes anything, so it is safe to run on a production machine.
#include "CliIo.h"
#include "config/ConfFile.h"
#include "config/Profile.h"
#include "config/UnifiedDiff.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString Command = u"plan"_s;

std::optional<int> parseInt(const QCommandLineParser& parser, const QString& option)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok) {
        reportError(Command, u"--%1 needs a whole number, not '%2'"_s.arg(option, parser.value(option)));
        return std::nullopt;
    }
    return value;
}

QString defaultConfigPath()
{
    // Debian/Ubuntu keep it in /etc/chrony/, RHEL/Fedora/Arch/openSUSE directly in /etc.
    for (const QString& path : {u"/etc/chrony/chrony.conf"_s, u"/etc/chrony.conf"_s}) {
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

// Fills the profile from the options; prints one line and returns false on a bad argument.
bool readProfile(const QCommandLineParser& parser, Profile* profile)
{
    if (!parser.isSet(u"role"_s) || !parser.isSet(u"peer"_s)) {
        reportError(Command, u"--role and --peer are required (try 'tandem-cli plan --help')"_s);
        return false;
    }
    const QString role = parser.value(u"role"_s);
    if (role == u"server"_s) {
        profile->role = Role::Server;
    } else if (role == u"client"_s) {
        profile->role = Role::Client;
    } else {
        reportError(Command, u"--role is 'server' (System 1) or 'client' (System 2), not '%1'"_s.arg(role));
        return false;
    }
    const bool server = profile->role == Role::Server;
    const auto onlyFor = [&](const QString& option, bool allowed, const QString& forRole) {
        if (parser.isSet(option) && !allowed) {
            reportError(Command, u"--%1 only applies to --role %2"_s.arg(option, forRole));
            return false;
        }
        return true;
    };
    if (!onlyFor(u"mode"_s, server, u"server"_s) || !onlyFor(u"stratum"_s, server, u"server"_s) ||
        !onlyFor(u"minpoll"_s, !server, u"client"_s) || !onlyFor(u"maxpoll"_s, !server, u"client"_s))
        return false;

    profile->peer = parser.value(u"peer"_s);
    if (parser.isSet(u"mode"_s)) {
        const QString mode = parser.value(u"mode"_s);
        if (mode == u"local-only"_s) {
            profile->mode = ServerMode::LocalOnly;
        } else if (mode == u"local-and-pool"_s) {
            profile->mode = ServerMode::LocalAndPools;
        } else {
            reportError(Command, u"--mode is 'local-only' or 'local-and-pool', not '%1'"_s.arg(mode));
            return false;
        }
    }
    for (const auto& [option, field] :
         {std::pair{u"stratum"_s, &profile->stratum}, std::pair{u"minpoll"_s, &profile->minpoll},
          std::pair{u"maxpoll"_s, &profile->maxpoll}}) {
        if (!parser.isSet(option))
            continue;
        const auto value = parseInt(parser, option);
        if (!value)
            return false;
        *field = *value;
    }
    profile->monitoring = !parser.isSet(u"no-monitoring"_s);
    const Status valid = validateProfile(*profile);
    if (!valid.ok()) {
        reportError(Command, valid.error());
        return false;
    }
    return true;
}

void writeBytes(const QByteArray& bytes)
{
    cliOut().flush();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace

int planCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Print the chrony.conf Tandem would write for a role (writes nothing)."_s);
    parser.addOptions({
        {u"role"_s, u"server (System 1, serves its clock) or client (System 2, follows System 1)."_s, u"ROLE"_s},
        {u"peer"_s, u"server: System 2's address or subnet; client: System 1's address."_s, u"ADDRESS"_s},
        {u"mode"_s, u"server only: local-only (default) or local-and-pool."_s, u"MODE"_s},
        {u"minpoll"_s, u"client only: minimum polling interval, log2 seconds (default 1)."_s, u"N"_s},
        {u"maxpoll"_s, u"client only: maximum polling interval, log2 seconds (default 1)."_s, u"N"_s},
        {u"stratum"_s, u"server only: stratum of the local clock, 1..15 (default 10)."_s, u"N"_s},
        {u"no-monitoring"_s, u"Do not let the peer watch chronyd (no cmdallow/bindcmdaddress)."_s},
        {u"config"_s, u"Base file (default /etc/chrony/chrony.conf, else /etc/chrony.conf)."_s, u"FILE"_s},
        {u"diff"_s, u"Print a unified diff against the base file instead of the whole file."_s},
    });
    bool helpShown = false;
    if (!parseSubcommand(parser, Command, arguments, &helpShown))
        return helpShown ? CliExit::Ok : CliExit::Usage;
    if (!parser.positionalArguments().isEmpty()) {
        reportError(Command, u"unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));
        return CliExit::Usage;
    }
    Profile profile;
    if (!readProfile(parser, &profile))
        return CliExit::Usage;

    const QString path = parser.isSet(u"config"_s) ? parser.value(u"config"_s) : defaultConfigPath();
    if (path.isEmpty()) {
        reportError(Command, u"neither /etc/chrony/chrony.conf nor /etc/chrony.conf exists; pass the base file "
                             "with --config FILE"_s);
        return CliExit::Failed;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        reportError(Command, u"cannot read %1: %2"_s.arg(path, file.errorString()));
        return CliExit::Failed;
    }
    const QByteArray before = file.readAll();
    const Result<ConfFile> planned = applyProfile(ConfFile::parse(before, path), profile);
    if (!planned.ok()) {
        reportError(Command, planned.error());
        return CliExit::Usage;
    }
    const QByteArray after = planned->render();
    if (!parser.isSet(u"diff"_s)) {
        writeBytes(after);
        return CliExit::Ok;
    }
    const QByteArray diff = UnifiedDiff::diff(before, after, u"a/"_s + path, u"b/"_s + path);
    if (diff.isEmpty())
        cliErr() << "tandem-cli plan: " << path << " already has this configuration, nothing would change" << Qt::endl;
    writeBytes(diff);
    return CliExit::Ok;
}
