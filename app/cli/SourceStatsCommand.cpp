// tandem-cli sourcestats: chronyd's statistics per source (drift and offset estimates).
#include "CliIo.h"
#include "CmdmonCli.h"
#include "CmdmonCliFormat.h"

using namespace Qt::StringLiterals;

int sourceStatsCommand(const QStringList& arguments)
{
    const QString command = u"sourcestats"_s;
    return runCmdmonCommand(
        command, u"Show chronyd's statistics per source (like chronyc sourcestats)."_s, arguments,
        [command](const CmdmonCliOptions& options) -> CmdmonPoll {
            return [command, json = options.json](CmdmonClient& client, std::function<void(bool)> done) {
                client.allSourceStats()->then(&client, [command, json, done](const auto& call) {
                    const Result<QList<SourceStatsReport>> result = call.result();
                    if (!result.ok()) {
                        reportError(command, result.error());
                        done(false);
                        return;
                    }
                    if (json) {
                        for (const SourceStatsReport& stats : *result)
                            cliOut() << CmdmonCliFormat::jsonLine(CmdmonCliFormat::sourceStatsJson(stats)) << '\n';
                    } else {
                        cliOut() << CmdmonCliFormat::sourceStatsText(*result) << '\n';
                    }
                    done(true);
                });
            };
        });
}
