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

int probeCommand(const QStringList& arguments);
int labCommand(const QStringList& arguments);
int planCommand(const QStringList& arguments);
int lintCommand(const QStringList& arguments);
int statusCommand(const QStringList& arguments);
int sourcesCommand(const QStringList& arguments);
int sourceStatsCommand(const QStringList& arguments);
int activityCommand(const QStringList& arguments);
int applyCommand(const QStringList& arguments);
int syncNowCommand(const QStringList& arguments);
int restoreCommand(const QStringList& arguments);
int firewallCommand(const QStringList& arguments);
int pairKeyCommand(const QStringList& arguments);

static QList<Subcommand> subcommands()
{
    return {
        {u"plan"_s, u"Show the chrony.conf Tandem would write for a role (writes nothing)"_s, planCommand},
        {u"lint"_s, u"Check chrony.conf files for mistakes"_s, lintCommand},
        {u"probe"_s, u"Ask an NTP server for the time once (is System 1 answering?)"_s, probeCommand},
        {u"status"_s, u"Show how well chronyd keeps time (tracking)"_s, statusCommand},
        {u"sources"_s, u"List chronyd's time sources"_s, sourcesCommand},
        {u"sourcestats"_s, u"Show chronyd's statistics per source"_s, sourceStatsCommand},
        {u"activity"_s, u"Count chronyd's sources online/offline"_s, activityCommand},
        {u"lab"_s, u"Start, show or stop a two-system lab of chronyd daemons on loopback"_s, labCommand},
        {u"apply"_s, u"Write a role's config and restart chrony (through the privileged helper)"_s, applyCommand},
        {u"sync-now"_s, u"Step this clock now, optionally against one server (privileged helper)"_s, syncNowCommand},
        {u"pair-key"_s, u"Make a key for an authenticated pair, in a file only you can read"_s, pairKeyCommand},
        {u"restore"_s, u"Put back the chrony.conf from before the last change (privileged helper)"_s, restoreCommand},
        {u"firewall"_s, u"Check (or open) UDP 123/323 for the other system in this firewall (privileged helper)"_s,
         firewallCommand},
    };
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
