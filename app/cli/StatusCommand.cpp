// tandem-cli status: chronyd's tracking report, asked over its command protocol (no chronyc).
#include "CliIo.h"
#include "CmdmonCli.h"
#include "CmdmonCliFormat.h"

using namespace Qt::StringLiterals;

int statusCommand(const QStringList& arguments)
{
    const QString command = u"status"_s;
    return runCmdmonCommand(
        command, u"Show how well chronyd keeps time (its tracking report)."_s, arguments,
        [command](const CmdmonCliOptions& options) -> CmdmonPoll {
            return [command, json = options.json](CmdmonClient& client, std::function<void(bool)> done) {
                client.tracking()->then(&client, [&client, command, json, done](const auto& call) {
                    const Result<TrackingReport> result = call.result();
                    if (!result.ok()) {
                        reportError(command, result.error());
                        done(false);
                        return;
                    }
                    if (json) {
                        cliOut() << CmdmonCliFormat::jsonLine(CmdmonCliFormat::trackingJson(*result)) << '\n';
                        done(true);
                        return;
                    }
                    // The text names the reference as configured; that takes one more (open) request.
                    const TrackingReport report = *result;
                    if (!report.referenceAddress.isIp()) {
                        cliOut() << CmdmonCliFormat::trackingText(report, {}) << '\n';
                        done(true);
                        return;
                    }
                    client.sourceName(report.referenceAddress.ip)->then(&client, [report, done](const auto& nameCall) {
                        const Result<QString> name = nameCall.result();
                        cliOut() << CmdmonCliFormat::trackingText(report, name.ok() ? *name : QString()) << '\n';
                        done(true);
                    });
                });
            };
        });
}
