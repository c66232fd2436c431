#include "CliIo.h"

#include <cstdio>

using namespace Qt::StringLiterals;

QTextStream& cliOut()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& cliErr()
{
    static QTextStream stream(stderr);
    return stream;
}

bool parseSubcommand(QCommandLineParser& parser, const QString& command, const QStringList& arguments, bool* helpShown)
{
    *helpShown = false;
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, u"Show this help."_s);
    parser.addOption(helpOption);
    // arguments[0] is the program name for QCommandLineParser.
    if (!parser.parse(QStringList{u"tandem-cli "_s + command} + arguments)) {
        reportError(command, parser.errorText());
        return false;
    }
    if (parser.isSet(helpOption)) {
        // The usage line names the program as it was started (argv[0], maybe a path), not the
        // subcommand: "Usage: tandem-cli CMD [options] ..." is what an admin copies from.
        QString help = parser.helpText();
        const QString usage = u"Usage: "_s;
        const qsizetype options = help.indexOf(u" [options]"_s);
        if (help.startsWith(usage) && options > 0)
            help.replace(usage.size(), options - usage.size(), u"tandem-cli "_s + command);
        cliOut() << help << Qt::flush;
        *helpShown = true;
        return false;
    }
    return true;
}

void reportError(const QString& command, const QString& message)
{
    cliErr() << "tandem-cli " << command << ": " << message << Qt::endl;
}
