#pragma once

#include "privileged/HelperTarget.h"

// The whole of tandem-helper behind its thin mains: command line, environment, the root checks,
// reading and validating the request, running one flow, JSON Lines progress, the exit code.
namespace HelperProgram {

// Which requests an entry program accepts. pkexec binds one polkit action to one program path, so
// each action has its own program that accepts only its requests (helperProgramName): tandem-helper
// (configure) apply and restore, tandem-helper-sync-now only sync-now, the firewall programs only
// their own verb. A site that denies "step the clock" or "open the firewall" cannot do it through
// another action's program. Lab: tandem-lab-helper, which no polkit action names, for apply, restore
// and sync-now on a lab system (--root DIR/systemN, run by the lab's owner).
enum class Entry { Configure, SyncNowOnly, FirewallCheckOnly, FirewallOpenOnly, Lab };

// Call first thing in main(), before QCoreApplication exists: it records what the checks need
// (PKEXEC_UID, real and effective uid), then drops the caller's environment entirely, keeping
// only a fixed PATH and locale, so nothing the caller set (PATH, LD_*, QT_*, TZ...) reaches the
// helper or the programs it starts.
void sanitizeEnvironment();

// resolveRoot: how --root is resolved; empty for the installed programs, which refuse --root (they
// act on this machine only, and hold no lab code).
int run(int argc, char* argv[], Entry entry, const HelperTarget::RootResolver& resolveRoot = {});

} // namespace HelperProgram
