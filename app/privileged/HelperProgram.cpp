#include "HelperProgram.h"

#include "helperprotocol/HelperExitCode.h"
#include "helperprotocol/HelperSteps.h"
#include "privileged/ApplyFlow.h"
#include "privileged/FirewallFlow.h"
#include "privileged/FlatJsonObject.h"
#include "privileged/HelperLock.h"
#include "privileged/HelperProgress.h"
#include "privileged/HelperRequestParser.h"
#include "privileged/HelperTarget.h"
#include "privileged/LeftoverSourceCleanup.h"
#include "privileged/ProcessDefaults.h"
#include "privileged/RestoreFlow.h"
#include "privileged/StdinReader.h"
#include "privileged/SyncNowFlow.h"
#include "util/PrintableText.h"
#include "util/TerminationSignals.h"

#include <QCoreApplication>
#include <QFile>

#include <csignal>
#include <cstdlib>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// A caller that never closes stdin must not keep a root process around.
constexpr int StdinTimeoutMs = 10000;
// Longer than any other helper takes: an apply that waits 30 s for chronyd and then rolls back.
constexpr int LockTimeoutMs = 90000;

struct Caller
{
    bool underPkexec = false;
    uid_t uid = 0;
    uid_t euid = 0;
};

Caller& caller()
{
    static Caller facts;
    return facts;
}

struct CommandLine
{
    std::optional<QString> root;
    QString error;
};

QString entryProgram(HelperProgram::Entry entry)
{
    switch (entry) {
    case HelperProgram::Entry::Configure:
        return helperProgramName(HelperAction::Apply);
    case HelperProgram::Entry::SyncNowOnly:
        return helperProgramName(HelperAction::SyncNow);
    case HelperProgram::Entry::FirewallCheckOnly:
        return helperProgramName(HelperAction::FirewallCheck);
    case HelperProgram::Entry::FirewallOpenOnly:
        return helperProgramName(HelperAction::FirewallOpen);
    case HelperProgram::Entry::Lab:
        return u"tandem-lab-helper"_s;
    }
    return {};
}

// Each polkit action's program carries out only its own verbs; the lab's helper, which no polkit
// action names, carries out those a lab has (apply, restore, sync-now).
bool entryAccepts(HelperProgram::Entry entry, HelperAction action)
{
    if (entry == HelperProgram::Entry::Lab)
        return action == HelperAction::Apply || action == HelperAction::Restore || action == HelperAction::SyncNow;
    return helperProgramName(action) == entryProgram(entry);
}

QString entryPurpose(HelperProgram::Entry entry)
{
    switch (entry) {
    case HelperProgram::Entry::Configure:
        return u"changes the configuration"_s;
    case HelperProgram::Entry::SyncNowOnly:
        return u"only steps the clock"_s;
    case HelperProgram::Entry::FirewallCheckOnly:
        return u"only reads the firewall"_s;
    case HelperProgram::Entry::FirewallOpenOnly:
        return u"only opens the firewall for one peer"_s;
    case HelperProgram::Entry::Lab:
        return u"only changes and syncs lab systems"_s;
    }
    return {};
}

bool isFirewallEntry(HelperProgram::Entry entry)
{
    return entry == HelperProgram::Entry::FirewallCheckOnly || entry == HelperProgram::Entry::FirewallOpenOnly;
}

CommandLine parseCommandLine(const QStringList& arguments)
{
    CommandLine result;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == u"--root"_s && i + 1 < arguments.size() && !result.root) {
            result.root = arguments.at(++i);
        } else if (argument.startsWith(u"--root="_s) && !result.root) {
            result.root = argument.mid(7);
        } else {
            result.error = u"Usage: tandem-helper [--root DIR] < request.json (unexpected argument \"%1\")."_s.arg(
                printableText(argument));
            return result;
        }
    }
    if (result.root && result.root->isEmpty())
        result.error = u"--root needs a directory."_s;
    return result;
}

} // namespace

void HelperProgram::sanitizeEnvironment()
{
    caller().underPkexec = std::getenv("PKEXEC_UID") != nullptr;
    caller().uid = ::getuid();
    caller().euid = ::geteuid();
    ::clearenv();
    ::setenv("PATH", ProcessDefaults::Path, 1);
    ::setenv("LC_ALL", "C.UTF-8", 1);
    // The system's limits, priority, CPUs and umask 022 (files the helper creates get their modes
    // from the code, not the caller), and terminal signals ignored: a `ulimit -f 1` or a Ctrl+C in
    // the admin's terminal must not stop the helper half-way through a change.
    ProcessDefaults::ofSystem().applyToThisProcess();
    if (::chdir("/") != 0)
        std::abort();
}

int HelperProgram::run(int argc, char* argv[], Entry entry, const HelperTarget::RootResolver& resolveRoot)
{
    QFile output;
    if (!output.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return HelperExitCode::Usage;
    HelperProgress progress(&output);

    // Everything that can refuse the invocation itself happens before QCoreApplication exists
    // (which would abort a setuid process instead of answering).
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine commandLine = parseCommandLine(arguments);
    if (!commandLine.error.isEmpty()) {
        progress.result(HelperExitCode::Usage, commandLine.error);
        return HelperExitCode::Usage;
    }
    // Before "must run as root": the lab's helper never acts on this machine, so that would mislead.
    if (!commandLine.root && entry == Entry::Lab) {
        progress.result(HelperExitCode::Usage, u"tandem-lab-helper changes a lab system: --root DIR is needed."_s);
        return HelperExitCode::Usage;
    }
    // Through pkexec (or setuid) the caller is not the owner of the files under a root of their
    // choosing, which would let them point the helper's writes and restarts anywhere: --root is
    // only for labs and tests run by their owner.
    if (commandLine.root && (caller().underPkexec || caller().uid != caller().euid)) {
        progress.result(HelperExitCode::Refused,
                        u"--root is refused when tandem-helper runs through pkexec or setuid."_s);
        return HelperExitCode::Refused;
    }
    if (caller().uid != caller().euid) {
        progress.result(HelperExitCode::Refused,
                        u"tandem-helper must not be installed setuid; it is started through pkexec."_s);
        return HelperExitCode::Refused;
    }
    // A lab is a directory of chrony files; a firewall belongs to a network namespace, not a directory.
    if (commandLine.root && isFirewallEntry(entry)) {
        progress.result(
            HelperExitCode::Refused,
            u"--root is refused by %1: it reads this network namespace's firewall."_s.arg(entryProgram(entry)));
        return HelperExitCode::Refused;
    }
    if (!commandLine.root && caller().euid != 0) {
        progress.result(HelperExitCode::NotRoot,
                        u"tandem-helper must run as root (through pkexec), or with --root for a lab."_s);
        return HelperExitCode::NotRoot;
    }

    QCoreApplication app(argc, argv);
    // The installed programs have no resolver: they act on this machine only, and --root is refused
    // once the request has been read (so a request for another program is refused as that first).
    std::optional<HelperTarget> target = HelperTarget::machine();
    if (commandLine.root && resolveRoot) {
        Result<HelperTarget> rooted = resolveRoot(*commandLine.root);
        if (!rooted) {
            progress.result(HelperExitCode::Refused, rooted.error());
            return HelperExitCode::Refused;
        }
        target = std::move(rooted).value();
    }

    int exitCode = HelperExitCode::Failed;
    bool finished = false;
    auto finish = [&](int code, const QString& message, const QJsonObject& extra) {
        if (finished)
            return;
        finished = true;
        exitCode = code;
        progress.result(code, message, extra);
        app.exit(code);
    };

    StdinReader reader(STDIN_FILENO, FlatJsonObject::MaxBytes, StdinTimeoutMs);
    ApplyFlow* apply = nullptr;
    RestoreFlow* restore = nullptr;
    SyncNowFlow* syncNow = nullptr;
    FirewallFlow* firewall = nullptr;
    HelperLock* lock = nullptr;
    LeftoverSourceCleanup* leftover = nullptr;
    bool changing = false;
    // SIGTERM (a shutdown, `kill`): a sync-now stops at its next step and removes its temporary
    // source; an apply or restore under way finishes its change first (a second SIGTERM ends it, and
    // its writes are atomic); before anything started, the helper just ends. SIGINT and SIGHUP stay
    // ignored (ProcessDefaults): they come from the admin's terminal, not from a decision to stop.
    TerminationSignals termination({SIGTERM}, &app);
    QObject::connect(&termination, &TerminationSignals::received, &app, [&] {
        if (syncNow) {
            syncNow->interrupt();
        } else if (changing) {
            progress.step(HelperStep::Interrupted, false,
                          u"SIGTERM: the change under way is finished first (a second SIGTERM ends it now)."_s);
        } else {
            progress.step(HelperStep::Interrupted, false, u"SIGTERM"_s);
            finish(HelperExitCode::Failed, u"Interrupted (SIGTERM) before anything was changed."_s, {});
        }
    });
    QObject::connect(&reader, &StdinReader::failed, &app, [&](const QString& reason) {
        progress.step(HelperStep::Validate, false, reason);
        finish(HelperExitCode::Refused, reason, {});
    });
    QObject::connect(&reader, &StdinReader::finished, &app, [&](const QByteArray& input) {
        const Result<HelperRequest> request = HelperRequestParser::parse(input);
        if (!request) {
            progress.step(HelperStep::Validate, false, request.error());
            finish(HelperExitCode::Refused, request.error(), {});
            return;
        }
        if (!entryAccepts(entry, request->action)) {
            const QString reason = u"%1 %2; \"%3\" is %4's (its own polkit action)."_s.arg(
                entryProgram(entry), entryPurpose(entry), helperActionName(request->action),
                helperProgramName(request->action));
            progress.step(HelperStep::Validate, false, reason);
            finish(HelperExitCode::Refused, reason, {});
            return;
        }
        if (commandLine.root && !resolveRoot) {
            const QString reason = u"--root is refused by %1: it acts on this machine only; a lab system is changed "
                                   "by tandem-lab-helper --root DIR."_s.arg(entryProgram(entry));
            progress.step(HelperStep::Validate, false, reason);
            finish(HelperExitCode::Refused, reason, {});
            return;
        }
        progress.step(HelperStep::Validate, true, {}, {{u"action"_s, helperActionName(request->action)}});
        const HelperRequest accepted = *request;
        const auto startFlow = [&, accepted] {
            if (finished)
                return;
            changing = true;
            switch (accepted.action) {
            case HelperAction::Apply:
                apply = new ApplyFlow(*target, &progress, &app);
                QObject::connect(apply, &ApplyFlow::finished, &app, finish, Qt::QueuedConnection);
                apply->start(accepted);
                break;
            case HelperAction::Restore:
                restore = new RestoreFlow(*target, &progress, &app);
                QObject::connect(restore, &RestoreFlow::finished, &app, finish, Qt::QueuedConnection);
                restore->start(accepted);
                break;
            case HelperAction::SyncNow:
                syncNow = new SyncNowFlow(*target, &progress, &app);
                QObject::connect(syncNow, &SyncNowFlow::finished, &app, finish, Qt::QueuedConnection);
                syncNow->start(accepted);
                break;
            case HelperAction::FirewallCheck:
            case HelperAction::FirewallOpen:
                firewall = new FirewallFlow(&progress, &app);
                QObject::connect(firewall, &FirewallFlow::finished, &app, finish, Qt::QueuedConnection);
                firewall->start(accepted);
                break;
            }
        };
        // Reading the firewall changes nothing; everything else waits for any other helper first.
        if (accepted.action == HelperAction::FirewallCheck) {
            startFlow();
            return;
        }
        lock = new HelperLock(target->host().lockPath(), &app);
        QObject::connect(lock, &HelperLock::waiting, &app, [&](qint64 holder) {
            progress.step(HelperStep::Lock, true,
                          u"Another Tandem helper%1 is changing this system; waiting for it to finish."_s.arg(
                              holder > 0 ? u" (pid %1)"_s.arg(holder) : QString()));
        });
        // Under the lock, before anything else: a temporary source an interrupted sync-now left behind.
        leftover = new LeftoverSourceCleanup(*target, &progress, &app);
        QObject::connect(leftover, &LeftoverSourceCleanup::done, &app, startFlow);
        QObject::connect(lock, &HelperLock::acquired, leftover, &LeftoverSourceCleanup::start);
        QObject::connect(lock, &HelperLock::failed, &app, [&](const QString& reason) {
            progress.step(HelperStep::Lock, false, reason);
            finish(HelperExitCode::Failed, reason, {});
        });
        lock->acquire(LockTimeoutMs);
    });
    reader.start();
    app.exec();
    return exitCode;
}
