#pragma once

#include "helperprotocol/HelperRequest.h"

#include <QString>
#include <QStringList>

// The lines tandem-helper writes (JSON Lines: {"step":"write","ok":true,...}, then one result line):
// the step names and the keys in one place, for the helper that writes them and for the callers
// that list and show them.
namespace HelperStep {
inline const QString AddSource = QStringLiteral("add-source");
inline const QString After = QStringLiteral("after");
inline const QString Backup = QStringLiteral("backup");
inline const QString Before = QStringLiteral("before");
inline const QString Burst = QStringLiteral("burst");
inline const QString Check = QStringLiteral("check");
inline const QString Follow = QStringLiteral("follow");
inline const QString Interrupted = QStringLiteral("interrupted");
inline const QString Judge = QStringLiteral("judge");
inline const QString Leftover = QStringLiteral("leftover");
inline const QString List = QStringLiteral("list");
inline const QString Lock = QStringLiteral("lock");
inline const QString Measure = QStringLiteral("measure");
inline const QString OpenPort = QStringLiteral("open-port");
inline const QString Read = QStringLiteral("read");
inline const QString ReadFirewall = QStringLiteral("read-firewall");
inline const QString Recheck = QStringLiteral("recheck");
inline const QString RemoveSource = QStringLiteral("remove-source");
inline const QString Render = QStringLiteral("render");
inline const QString Restart = QStringLiteral("restart");
inline const QString Rollback = QStringLiteral("rollback");
inline const QString RollbackRestart = QStringLiteral("rollback-restart");
inline const QString RollbackWait = QStringLiteral("rollback-wait");
inline const QString Route = QStringLiteral("route");
inline const QString Select = QStringLiteral("select");
inline const QString Step = QStringLiteral("step");
inline const QString Validate = QStringLiteral("validate");
inline const QString Verify = QStringLiteral("verify");
inline const QString Wait = QStringLiteral("wait");
inline const QString Write = QStringLiteral("write");

// The keys of a line: a step line has Name, Ok and maybe Message; the last line, the result, has
// Result (a word for the exit code), ExitCode and maybe Message. Either may carry more (extra).
namespace Key {
inline const QString Name = QStringLiteral("step");
inline const QString Ok = QStringLiteral("ok");
inline const QString Message = QStringLiteral("message");
inline const QString Result = QStringLiteral("result");
inline const QString ExitCode = QStringLiteral("exitCode");
} // namespace Key

// The steps a run of `action` that goes well reports, in order: the wizard and the Restore dialog
// list them before they happen. Steps that only some runs report (lock, a rollback) are not in it.
QStringList expectedFor(HelperAction action);
} // namespace HelperStep
