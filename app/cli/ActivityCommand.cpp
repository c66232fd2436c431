// tandem-cli activity: how many of chronyd's sources are online, offline, in a burst, unresolved.
#include "CliIo.h"
#include "CmdmonCli.h"
#include "CmdmonCliFormat.h"

using namespace Qt::StringLiterals;

int activityCommand(const QStringList& arguments)
{
    const QString command = u"activity"_s;
    return runCmdmonCommand(
        command, u"Count chronyd's sources by activity (like chronyc activity)."_s, arguments,
        [command](const CmdmonCliOptions& options) -> CmdmonPoll {
            return [command, json = options.json](CmdmonClient& client, std::function<void(bool)> done) {
                client.activity()->then(&client, [command, json, done](const auto& call) {
                    const Result<ActivityReport> result = call.result();
                    if (!result.ok()) {
                        reportError(command, result.error());
                        done(false);
                        return;
                    }
                    if (json)
                        cliOut() << CmdmonCliFormat::jsonLine(CmdmonCliFormat::activityJson(*result)) << '\n';
                    else
                        cliOut() << CmdmonCliFormat::activityText(*result);
                    done(true);
                });
            };
        });
}
