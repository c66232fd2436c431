#pragma once

#include <QByteArrayView>
#include <QString>

class QProcess;

#include <sys/resource.h>

#include <array>

// What a program of the system gets when init starts it, rather than what the helper's caller had:
// the resource limits of PID 1 (/proc/1/limits), nice 0, every CPU, umask 022, default signal
// actions with nothing blocked, and, for a child, a session of its own, so that the terminal's
// Ctrl+C or hang-up never reaches an init script between its "stop" and its "start". Without this,
// `ulimit -f 1`, `ulimit -n 16`, `nice -n 19` or `taskset` in the admin's shell reach the helper
// through pkexec and, through `service chrony restart`, the system's chronyd (what systemd gives a
// unit anyway).
class ProcessDefaults
{
public:
    // PID 1's limits; the fixed values below where /proc/1/limits cannot be read.
    static ProcessDefaults ofSystem();
    // From the text of a /proc/PID/limits file (public for tests); unknown lines keep the fixed values.
    static ProcessDefaults fromProcLimits(QByteArrayView text);

    const rlimit& limit(int resource) const { return m_limits.at(size_t(resource)); }

    // The helper itself, at start: limits (as far as it may raise them), nice 0, every CPU, umask
    // 022; terminal signals (SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGHUP) and SIGPIPE
    // ignored, so Ctrl+C or a closed terminal cannot stop it half-way through a change. Returns
    // what could not be set, for the log (nothing fails because of it).
    QString applyToThisProcess() const;
    // A child after fork, before exec (QProcess::setChildProcessModifier): only async-signal-safe
    // calls. A new session, default actions for every signal, an empty mask, the limits, nice 0,
    // every CPU, umask 022.
    void applyToChild() const noexcept;
    // The signals part of applyToThisProcess (async-signal-safe).
    static void ignoreTerminalSignals() noexcept;
    // A program the helper runs as root (an init script, systemctl, nft...): the helper's fixed
    // environment (PATH, LC_ALL), cwd /, and applyToChild(), so the caller's limits, priority,
    // ignored signals and terminal reach none of them.
    void prepare(QProcess& process) const;

    // The helper's PATH, and nothing else, for every program it starts.
    static constexpr const char* Path = "/usr/sbin:/usr/bin:/sbin:/bin";

private:
    ProcessDefaults();

    std::array<rlimit, RLIM_NLIMITS> m_limits{};
};
