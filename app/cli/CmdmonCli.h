#pragma once

#include "cmdmon/CmdmonClient.h"
#include "cmdmon/CmdmonEndpoint.h"

#include <QCommandLineParser>
#include <QString>

#include <functional>
#include <optional>

// What status, sources, sourcestats and activity share: where chronyd is, how often to ask, how to
// print. One place so that the four subcommands stay thin and accept the same options.
struct CmdmonCliOptions
{
    CmdmonEndpoint endpoint;
    bool json = false;
    int count = 1;         // 0: until interrupted
    int intervalMs = 1000; // between the starts of two polls
    int timeoutMs = 3000;  // total per request, retries included
};

// --host --port --socket --source --json --count --interval --timeout
void addCmdmonOptions(QCommandLineParser& parser);
// Reads them; on a bad value prints one line "tandem-cli CMD: reason" and returns nullopt.
std::optional<CmdmonCliOptions> readCmdmonOptions(const QString& command, const QCommandLineParser& parser);

// One poll: ask the client, print the result, then call done(true) or done(false) (after printing
// the error line). Called again for every poll; the client is the same for all of them.
using CmdmonPoll = std::function<void(CmdmonClient& client, std::function<void(bool ok)> done)>;

// Parses the arguments and runs `poll` count times, interval apart, in one process and one event
// loop. A failed poll is reported and the loop goes on (chronyd may come back); the exit code is
// non-zero when the last poll failed.
int runCmdmonCommand(const QString& command, const QString& description, const QStringList& arguments,
                     const std::function<CmdmonPoll(const CmdmonCliOptions&)>& makePoll);
