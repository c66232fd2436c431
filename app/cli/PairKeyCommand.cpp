// tandem-cli pair-key: a fresh key for an authenticated pair, written to a file only its owner can
// read, to be used on System 1 and carried to System 2 once (apply/plan --pair-key FILE).
#include "CliIo.h"
#include "setup/PairBundle.h"

using namespace Qt::StringLiterals;

namespace {

const QString Command = u"pair-key"_s;

} // namespace

int pairKeyCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Make a fresh key for the pair (chrony's SHA256, 128 random bits, a random ID) and write it with its "
        "pairing code to FILE, readable by you only. Apply it on both systems with --pair-key FILE (or type the "
        "code into System 2's wizard), then delete the file."_s);
    parser.addOptions({
        {u"out"_s, u"The new file (it must not exist yet); '-' prints the bundle instead."_s, u"FILE"_s},
    });
    bool helpShown = false;
    if (!parseSubcommand(parser, Command, arguments, &helpShown))
        return helpShown ? CliExit::Ok : CliExit::Usage;
    if (!parser.isSet(u"out"_s)) {
        reportError(Command, u"--out FILE is required (try 'tandem-cli pair-key --help')"_s);
        return CliExit::Usage;
    }
    const PairKey key = PairKey::generate();
    const QByteArray bundle = PairBundle::render(key, {}, {});
    const QString out = parser.value(u"out"_s);
    if (out == u"-"_s) {
        cliOut() << QString::fromUtf8(bundle) << Qt::flush;
        return CliExit::Ok;
    }
    if (const Status written = PairBundle::writeNew(out, bundle); !written) {
        reportError(Command, written.error());
        return CliExit::Failed;
    }
    cliOut() << u"Wrote key %1 to %2 (readable by you only). On System 1: tandem-cli apply --role server … "
                "--pair-key %2; on System 2: the same file, or its pairing code in the wizard."_s.arg(key.id)
                    .arg(out)
             << Qt::endl;
    return CliExit::Ok;
}
