// tandem-cli lint: Tandem's rules plus chronyd's own parser over one or more chrony.conf files.
// Exit status: 0 clean (or only info), 1 warnings, 2 errors (LintFinding's lintExitCode).
#include "CliIo.h"
#include "config/ChronydConfigCheck.h"
#include "config/ConfFile.h"
#include "config/ConfLint.h"

#include <QEventLoop>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {

const QString Command = u"lint"_s;

// chronyd repeats what a Tandem rule already said about a line ("Invalid directive"); say it once.
bool alreadyReported(const QList<LintFinding>& findings, const LintFinding& candidate)
{
    for (const LintFinding& finding : findings) {
        if (candidate.line > 0 && finding.line == candidate.line && finding.fileName == candidate.fileName &&
            finding.severity == LintFinding::Severity::Error)
            return true;
    }
    return false;
}

QList<LintFinding> runChronyd(const QString& path)
{
    // The check is asynchronous; a CLI main may spin a loop until it is done.
    ChronydConfigCheck check;
    QList<LintFinding> result;
    QEventLoop loop;
    QObject::connect(&check, &ChronydConfigCheck::finished, &loop, [&](const QList<LintFinding>& findings) {
        result = findings;
        loop.quit();
    });
    check.start(path);
    loop.exec();
    return result;
}

} // namespace

int lintCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Check chrony configuration files. Exit status: 0 clean, 1 warnings, 2 errors."_s);
    parser.addPositionalArgument(u"FILE"_s, u"chrony.conf files to check."_s, u"FILE..."_s);
    parser.addOption({u"no-chronyd"_s, u"Skip the 'chronyd -p' check even where chronyd is installed."_s});
    bool helpShown = false;
    if (!parseSubcommand(parser, Command, arguments, &helpShown))
        return helpShown ? CliExit::Ok : CliExit::Usage;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        reportError(Command, u"give at least one file to check (try 'tandem-cli lint --help')"_s);
        return CliExit::Usage;
    }
    const bool useChronyd = !parser.isSet(u"no-chronyd"_s) && !ChronydConfigCheck::chronydPath().isEmpty();

    QList<LintFinding> all;
    for (const QString& path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            all.append({path, 0, LintFinding::Severity::Error, u"cannot read the file: %1"_s.arg(file.errorString()),
                        u"check the path and the permissions"_s, u"unreadable"_s});
            continue;
        }
        const ConfFile parsed = ConfFile::parse(file.readAll(), path);
        QList<LintFinding> findings = ConfLint::check(parsed);
        // Whether they are wanted depends on the role, which lint does not know: information.
        findings += ConfLint::checkIncluded(parsed, LintFinding::Severity::Info);
        findings += ConfLint::checkKeys(parsed);
        if (useChronyd) {
            for (const LintFinding& finding : runChronyd(path)) {
                if (!alreadyReported(findings, finding))
                    findings.append(finding);
            }
        }
        all += findings;
    }
    for (const LintFinding& finding : std::as_const(all))
        cliOut() << finding.format() << '\n';
    cliOut().flush();
    return lintExitCode(all);
}
