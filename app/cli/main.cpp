#include "CliIo.h"
#include "TandemVersion.h"

#include <QCoreApplication>

#include <functional>

using namespace Qt::StringLiterals;

// Each subcommand lives in its own file and is declared here; main() only dispatches.
struct Subcommand
{
    QString name;
    QString summary;
    std::function<int(const QStringList&)> run;
};

static QList<Subcommand> subcommands()
{
    return {};
}

static void printUsage(QTextStream& stream)
{
    stream << "Usage: tandem-cli COMMAND [options]\n\n"
           << "Set up and watch chrony time synchronisation between two systems.\n\nCommands:\n";
    for (const Subcommand& command : subcommands())
        stream << "  " << command.name.leftJustified(12) << command.summary << '\n';
    stream << "\nRun 'tandem-cli COMMAND --help' for a command's options.\n"
           << "Options:\n  --help      Show this help.\n  --version   Show the version.\n"
           << Qt::flush;
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"tandem-cli"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(TANDEM_VERSION));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        printUsage(cliErr());
        return CliExit::Usage;
    }
    const QString first = arguments.takeFirst();
    if (first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
        printUsage(cliOut());
        return CliExit::Ok;
    }
    if (first == u"--version"_s) {
        cliOut() << "tandem-cli " << TANDEM_VERSION << Qt::endl;
        return CliExit::Ok;
    }
    for (const Subcommand& command : subcommands()) {
        if (command.name == first)
            return command.run(arguments);
    }
    cliErr() << "tandem-cli: unknown command '" << first << "' (try 'tandem-cli --help')" << Qt::endl;
    return CliExit::Usage;
}
