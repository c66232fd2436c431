# pair-test-lib.sh: what the pair bed's end-to-end tests share (sourced by tst_pair.sh and
# tst_pair_firewall.sh): arguments, the skip checks, the bed's directory, reporting with timings,
# steps with deadlines, commands as the test user inside a system, the host's state before and
# after, taking the bed down (also after a failure) and checking that the host is as it was.
#
# Before sourcing, set TEST_NAME (for messages) and optionally EXTRA_TOOLS (more programs the test
# needs). After sourcing, call pair_test_start "$@".
# shellcheck shell=bash

LIB_DIR=$(dirname "$(realpath "${BASH_SOURCE[0]}")")
readonly LIB_DIR
readonly PAIR_BED=$LIB_DIR/pair-bed
readonly USER_NAME=nobody
readonly STEP_TIMEOUT=120   # s for any one command inside the bed
readonly BED_TIMEOUT=300    # s for pair-bed up (it installs the build tree) and down
readonly SELECT_DEADLINE=30 # s for System 2 to select System 1 after its apply

skip() {
    echo "SKIP: $TEST_NAME: $*"
    exit 77
}

pair_test_start() {
    up_args=()
    keep=0
    while [[ $# -gt 0 ]]; do
        case $1 in
        --build-dir | --install-tree)
            up_args+=("$1" "${2:?$1 needs a directory}")
            shift 2
            ;;
        --keep)
            keep=1
            shift
            ;;
        *)
            echo "usage: $TEST_NAME.sh [--build-dir BUILD | --install-tree TREE] [--keep]" >&2
            exit 2
            ;;
        esac
    done

    [[ $(id -u) == 0 ]] || skip "needs root (it creates network and mount namespaces); run it as root to test"
    { command -v ip && ip netns list && unshare --net --mount true; } >/dev/null 2>&1 ||
        skip "ip netns / network namespaces are not available here"
    missing=()
    for tool in pkexec pkcheck dbus-daemon chronyd chronyc service cc cmake strings setpriv nsenter ${EXTRA_TOOLS:-}; do
        command -v "$tool" >/dev/null || missing+=("$tool")
    done
    [[ -x /usr/lib/polkit-1/polkitd ]] || missing+=(polkitd)
    ((${#missing[@]} == 0)) || skip "missing ${missing[*]} (packages pkexec polkitd dbus chrony gcc cmake binutils)"

    BED=$(mktemp -d /tmp/tandem-pair.XXXXXX)
    readonly BED
    T0=$EPOCHREALTIME
    bed_up=0
    current="start"
    trap on_exit EXIT
    trap 'exit 130' INT TERM
}

elapsed() { # seconds since T0 (or since $1), one decimal
    local from=${1:-$T0}
    awk -v a="$from" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'
}

report() { printf '[%6s s] %s\n' "$(elapsed)" "$*"; }

fail() {
    report "FAIL ($current): $*"
    ((bed_up)) && diagnose_chronyd
    exit 1
}

# A system without chronyd after a restart whose log ends in "chronyd exiting": Debian's init script
# restarts with "stop" (SIGTERM, no wait) then "start", which finds the old daemon still there ("chronyd
# is already running") and starts nothing. Name it, since the helper's restart runs exactly that.
diagnose_chronyd() {
    local system pid
    for system in 1 2; do
        pid=$(cat "$BED/s$system/run/chrony/chronyd.pid" 2>/dev/null) && [[ -d /proc/$pid ]] && continue
        report "System $system has no chronyd now; the end of its log:"
        tail -n 3 "$BED/s$system/log-chrony/chronyd.log" | sed 's/^/           | /'
        if tail -n 1 "$BED/s$system/log-chrony/chronyd.log" | grep -q 'chronyd exiting$'; then
            report "hint: the last 'service chrony restart' stopped chronyd and started none (Debian's init" \
                "script does not wait for the old daemon before 'start', which then says it is already running)"
        fi
    done
}

# step NAME CMD...: runs CMD, shows its output indented and how long it took. Every command that
# enters the bed has its own deadline (bed, as_user), so a step cannot hang.
step() {
    local name=$1 start output line status=0
    shift
    current=$name
    start=$EPOCHREALTIME
    output=$("$@" 2>&1) || status=$?
    if [[ -n $output ]]; then
        while IFS= read -r line; do printf '           | %s\n' "$line"; done <<<"$output"
    fi
    ((status == 0)) || fail "exit status $status"
    report "$name: ok ($(elapsed "$start") s)"
}

check() { # check NAME CONDITION-COMMAND...: a check without output of its own
    current=$1
    shift
    "$@" || fail "check failed"
    report "$current: ok"
}

bed() { timeout "$STEP_TIMEOUT" "$PAIR_BED" exec "$BED" "$@"; }
as_user() {
    local system=$1
    shift
    bed "$system" --as "$USER_NAME" -- "$@"
}

# The host's state that the bed must leave alone.
host_state() {
    local path
    sha256sum /etc/chrony/chrony.conf /etc/default/chrony
    ls -A /etc/polkit-1/rules.d /usr/share/polkit-1/actions
    for path in /usr/bin/tandem-cli /usr/libexec/tandem /usr/lib/x86_64-linux-gnu/tandem /var/lib/tandem \
        /var/lib/tandem-vclock /var/log/chrony /run/chrony /run/netns /run/mount /run/dbus/system_bus_socket; do
        if [[ -e $path ]]; then echo "exists $path"; else echo "absent $path"; fi
    done
    ip -o link show | awk -F': ' '{ print $2 }' | sort
}

on_exit() {
    local status=$?
    if ((bed_up)); then
        report "taking the bed down after a failure"
        "$PAIR_BED" down "$BED" || true
    fi
    if ((status == 0 && keep == 0)); then
        rm -rf "$BED"
    elif ((status != 0)); then
        report "FAILED at: $current; the bed's files are kept in $BED (logs: $BED/log, $BED/s*/log-chrony)"
    fi
    exit "$status"
}

not() { ! "$@"; }

# Records the host's state, brings the bed up and loads what up made (bed.env: addresses, pids, clocks).
pair_up() {
    report "$TEST_NAME: bed in $BED, test user $USER_NAME"
    host_before=$(host_state)
    start_epoch=$(date +%s)
    step "up (namespaces, veth, dbus-daemon, polkitd, chronyd x2)" \
        timeout "$BED_TIMEOUT" "$PAIR_BED" up "$BED" "${up_args[@]}"
    bed_up=1
    # shellcheck source=/dev/null
    . "$BED/bed.env"
    V=$PAIR_VCLOCK
}

# System 2 has selected System 1 (tandem-cli sources as the test user), polled up to a deadline.
selected() {
    local json
    json=$(as_user 2 tandem-cli sources --json) || return 1
    grep -F "\"name\":\"$SYSTEM1_ADDRESS\"" <<<"$json" | grep -qF '"state":"*"'
}
wait_selected() {
    local deadline=$((SECONDS + SELECT_DEADLINE))
    until selected; do
        ((SECONDS < deadline)) || {
            as_user 2 tandem-cli sources || true
            return 1
        }
        sleep 0.5
    done
}

# Takes the bed down and checks that nothing of it is left and the host is as before.
bed_down_and_check_host() {
    local host_offset drift host_after changed pid
    step "down" timeout "$BED_TIMEOUT" "$PAIR_BED" down "$BED"
    bed_up=0

    check "no mount of the bed is left in the host's mount table" not grep -qF " $BED/" /proc/self/mountinfo
    for pid in "$DBUS_PID" "$POLKITD_PID" "$CHRONYD_PID_1" "$CHRONYD_PID_2"; do
        [[ ! -d /proc/$pid ]] || [[ ! $(readlink "/proc/$pid/exe" 2>/dev/null) =~ (dbus-daemon|polkitd|chronyd)$ ]] ||
            fail "pid $pid is still running"
    done
    host_offset=$("$V" host-offset)
    drift=$((host_offset - HOST_CLOCK_OFFSET_NS))
    check "the host's CLOCK_REALTIME - CLOCK_MONOTONIC is unchanged (moved ${drift} ns)" test "${drift#-}" -lt 100000000
    host_after=$(host_state)
    check "the host's /etc, /usr, /var, /run and links are as before" test "$host_before" = "$host_after"
    # Informational (another user of the machine may change files meanwhile): what changed in /etc, /usr, /run.
    changed=$(find /etc /usr /run -xdev -newermt "@$start_epoch" 2>/dev/null | head -5)
    report "files of the host's /etc, /usr, /run changed during the run (by anyone): ${changed:-none}"
}
