#pragma once

// Exit codes of tandem-helper, shared by the helper, tandem-cli and the GUI so that every caller
// reads the same meaning. pkexec itself exits 126 (dialog dismissed) and 127 (not authorised or
// helper missing), so those two are never used here; 1 is left to crashes and the C runtime.
namespace HelperExitCode {
// The request was carried out.
constexpr int Ok = 0;
// The command line was wrong (unknown option, --root without a directory).
constexpr int Usage = 2;
// The request or the command line was refused before anything was touched: bad JSON, an unknown
// key, an address that could inject config, --root under pkexec... Every file is unchanged.
constexpr int Refused = 3;
// The helper does not run as root (and no --root lab directory was given).
constexpr int NotRoot = 4;
// The request was valid but failed before anything was changed (the new config did not pass
// chronyd -p, there is no backup to restore, chronyd refused the step). Every file is unchanged.
constexpr int Failed = 5;
// The new config was written but chrony did not come up with it; the backup was put back and
// chrony runs with the old config again.
constexpr int RolledBack = 6;
// The worst case: chrony did not come up with the new config and putting the old one back failed
// too. The result line says which file holds the old config so that an admin can act.
constexpr int RollbackFailed = 7;
// Never the helper's own: what callers report when it crashed or was killed (no result line), as the
// C runtime would. Its writes are atomic, so each file is the old or the new one in full.
constexpr int Crashed = 1;

// firewall-open ran its commands, but checking again does not show the port open (or a later
// command failed after an earlier one changed the firewall). The result says what ran.
constexpr int NotVerified = 8;

// What the caller sees without the helper having said anything: pkexec's own exit codes (the
// password dialog dismissed; not authorised, or the program missing or not started) and the runner's
// own for a helper cancelled by the caller (HelperRunner::cancel).
constexpr int PkexecDismissed = 126;
constexpr int PkexecNotAuthorised = 127;
constexpr int Cancelled = -1;

static_assert(RollbackFailed < PkexecDismissed && NotVerified < PkexecDismissed);
} // namespace HelperExitCode
