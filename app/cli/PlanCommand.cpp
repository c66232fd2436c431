// tandem-cli plan: shows the chrony.conf Tandem would write for a role, or the diff against the base
// file. It never writes anything, so it is safe to run on a production machine.
#include "CliIo.h"
#include "ProfileOptions.h"
#include "config/ChronyHost.h"
#include "config/ConfFile.h"
#include "config/ConfLint.h"
#include "config/Profile.h"
#include "config/UnifiedDiff.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString Command = u"plan"_s;

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
    addProfileOptions(parser);
    parser.addOptions({
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
    std::optional<Profile> profile = readProfileOptions(parser, Command);
    std::optional<PairKey> key;
    std::optional<quint32> keepKeyId;
    if (!profile || !readPairKeyOption(parser, Command, &key, &keepKeyId))
        return CliExit::Usage;

    const Result<QString> found = ChronyHost::machine().findConfig();
    const QString path = parser.isSet(u"config"_s) ? parser.value(u"config"_s) : found ? *found : QString();
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
    if (key || keepKeyId) {
        profile->keyId = key ? key->id : *keepKeyId;
        profile->keyFile = ChronyHost::keyFileBeside(path);
    }
    const Result<ConfFile> planned = applyProfile(ConfFile::parse(before, path), *profile);
    if (!planned.ok()) {
        reportError(Command, planned.error());
        return CliExit::Usage;
    }
    const QByteArray after = planned->render();
    if (!parser.isSet(u"diff"_s)) {
        writeBytes(after);
    } else {
        const QByteArray diff = UnifiedDiff::diff(before, after, u"a/"_s + path, u"b/"_s + path);
        if (diff.isEmpty())
            cliErr() << "tandem-cli plan: " << path << " already has this configuration, nothing would change"
                     << Qt::endl;
        writeBytes(diff);
    }
    // stdout stays the config or the diff, for scripts; what included files add goes to stderr,
    // after it, where a terminal shows it last.
    if (!keepsOnlineSources(*profile)) {
        for (const LintFinding& finding : ConfLint::checkIncluded(*planned, LintFinding::Severity::Warning))
            cliErr() << finding.format() << '\n';
        cliErr().flush();
    }
    return CliExit::Ok;
}
