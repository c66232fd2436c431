// tandem-cli sources: the time sources chronyd uses and their state.
#include "CliIo.h"
#include "CmdmonCli.h"
#include "CmdmonCliFormat.h"

using namespace Qt::StringLiterals;

int sourcesCommand(const QStringList& arguments)
{
    const QString command = u"sources"_s;
    return runCmdmonCommand(
        command, u"List chronyd's time sources (like chronyc sources)."_s, arguments,
        [command](const CmdmonCliOptions& options) -> CmdmonPoll {
            return [command, json = options.json](CmdmonClient& client, std::function<void(bool)> done) {
                // Configured names only matter to people; JSON keeps chronyc -c's addresses.
                client.sources(!json)->then(&client, [command, json, done](const auto& call) {
                    const Result<QList<SourceReport>> result = call.result();
                    if (!result.ok()) {
                        reportError(command, result.error());
                        done(false);
                        return;
                    }
                    // Like chronyc without -a: sources whose name is not resolved yet are left out.
                    QList<SourceReport> sources;
                    for (const SourceReport& source : *result) {
                        if (!source.isUnresolved())
                            sources.append(source);
                    }
                    if (json) {
                        for (const SourceReport& source : sources)
                            cliOut() << CmdmonCliFormat::jsonLine(CmdmonCliFormat::sourceJson(source)) << '\n';
                    } else {
                        cliOut() << CmdmonCliFormat::sourcesText(sources) << '\n';
                    }
                    done(true);
                });
            };
        });
}
