# pair-test-lib.sh: what the pair bed's end-to-end scripts (tst_pair.sh, tst_pair_window.sh) share:
# the skip rules, timed steps and checks, commands inside the bed with a deadline, the host's state
# before and after, polls with deadlines, the virtual clocks. Sourced, never run; the script sets
# TEST_NAME and calls pair_test_begin "$@" first.
#
# Exit codes of a script: 0 passed, 77 skipped (not root, no network namespaces, a package missing),
# anything else failed. The bed's directory is removed after a pass (kept with --keep, and always
# after a failure).

PAIR_LIB_DIR=$(dirname "$(realpath "${BASH_SOURCE[0]}")")
readonly PAIR_LIB_DIR
readonly PAIR_BED=$PAIR_LIB_DIR/pair-bed
readonly USER_NAME=nobody
readonly STEP_TIMEOUT=120   # s for any one command inside the bed
readonly BED_TIMEOUT=300    # s for pair-bed up (it installs the build tree) and down
readonly SELECT_DEADLINE=30 # s for System 2 to select System 1 after its apply
readonly UPDATE_DEADLINE=30 # s for chronyd to make the clock updates a step waits for

skip() {
    echo "SKIP: $TEST_NAME: $*"
    exit 77
}

# pair_test_begin [--build-dir BUILD | --install-tree TREE] [--keep] [EXTRA...]: checks that the bed can
# run here (else skips), makes the bed's directory and the exit trap. Options it does not know are
# left in PAIR_EXTRA_ARGS for the script.
pair_test_begin() {
    up_args=()
    keep=0
    PAIR_EXTRA_ARGS=()
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
            PAIR_EXTRA_ARGS+=("$1")
            shift
            ;;
        esac
    done
    [[ $(id -u) == 0 ]] || skip "needs root (it creates network and mount namespaces); run it as root to test"
    { command -v ip && ip netns list && unshare --net --mount true; } >/dev/null 2>&1 ||
        skip "ip netns / network namespaces are not available here"
    local tool missing=()
    for tool in pkexec pkcheck dbus-daemon chronyd chronyc service cc cmake strings setpriv nsenter ${EXTRA_TOOLS:-}; do
        command -v "$tool" >/dev/null || missing+=("$tool")
    done
    [[ -x /usr/lib/polkit-1/polkitd ]] || missing+=(polkitd)
    ((${#missing[@]} == 0)) || skip "missing ${missing[*]} (packages pkexec polkitd dbus chrony gcc cmake binutils)"

    BED=$(mktemp -d "/tmp/tandem-${TEST_NAME//_/-}.XXXXXX")
    readonly BED
    T0=$EPOCHREALTIME
    bed_up=0
    current="start"
    PAIR_BACKGROUND_PIDS=()
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

# A system without chronyd after a restart whose log ends in "chronyd exiting": the restart stopped
# chronyd and never started one. Seen twice: Debian's init script's own "restart" (SIGTERM, no wait,
# then a "start" that finds the old daemon), and a helper killed mid-restart whose pipe, closed, killed
# the init script with SIGPIPE between "stop" and "start". Name both, since the helper runs that script.
diagnose_chronyd() {
    local system pid
    for system in 1 2; do
        pid=$(cat "$BED/s$system/run/chrony/chronyd.pid" 2>/dev/null) && [[ -d /proc/$pid ]] && continue
        report "System $system has no chronyd now; the end of its log:"
        tail -n 3 "$BED/s$system/log-chrony/chronyd.log" | sed 's/^/           | /'
        if tail -n 1 "$BED/s$system/log-chrony/chronyd.log" | grep -q 'chronyd exiting$'; then
            report "hint: the last restart stopped chronyd and started none (a 'start' that still saw the old" \
                "daemon, or a restart that died between 'stop' and 'start', e.g. of SIGPIPE on a closed pipe)"
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
    local status=$? pid
    # Pollers a script started in the background (by pid; each also has its own deadline).
    for pid in "${PAIR_BACKGROUND_PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
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

# pair_up: the bed, and its bed.env in this shell (addresses, clocks, pids).
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

# pair_down: takes the bed down and checks that the host is as it was.
pair_down() {
    local pid host_offset drift host_after changed
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

not() { ! "$@"; }
clock_diff() { "$V" diff "$CLOCK2" "$CLOCK1"; } # System 2 - System 1, in seconds
abs_below() { awk -v x="$1" -v limit="$2" 'BEGIN { exit !((x < 0 ? -x : x) < limit) }'; }
between() { awk -v x="$1" -v low="$2" -v high="$3" 'BEGIN { exit !(x > low && x < high) }'; }
clock_field() { "$V" show "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

# until_deadline SECONDS CMD...: polls CMD (quietly) every 0.2 s until it succeeds or the deadline passes.
until_deadline() {
    local deadline=$((SECONDS + $1))
    shift
    until "$@" >/dev/null 2>&1; do
        ((SECONDS < deadline)) || return 1
        sleep 0.2 # the poll's pace; the loop ends on the condition
    done
}

# The chronyd the helper started (pkexec -> tandem-helper -> service chrony restart): a new process, on the
# virtual clock, and still without CAP_SYS_TIME (the bounding set crossed pkexec's setuid exec).
restarted_safely() {
    local system=$1 first=$2 pid bounding
    pid=$(cat "$BED/s$system/run/chrony/chronyd.pid")
    [[ $pid != "$first" && -d /proc/$pid ]] || return 1
    grep -qF "$BED_VCLOCK_LIBRARY" "/proc/$pid/maps" || return 1 # the system's /etc/ld.so.preload
    bounding=$(awk '/^CapBnd:/ { print $2 }' "/proc/$pid/status")
    (((16#$bounding & (1 << 25)) == 0))
}

conf() { echo "$BED/s$1/etc-chrony/chrony.conf"; } # SYSTEM: its chrony.conf, seen from the host

chronyd_pid() { # SYSTEM: the pid in that system's pidfile, when it runs
    local pid
    pid=$(cat "$BED/s$1/run/chrony/chronyd.pid" 2>/dev/null) || return 1
    [[ -d /proc/$pid ]] || return 1
    echo "$pid"
}

selected() { # System 2 has selected System 1 (tandem-cli sources, as the test user)
    local json
    json=$(as_user 2 tandem-cli sources --json) || return 1
    grep -F "\"name\":\"$SYSTEM1_ADDRESS\"" <<<"$json" | grep -qF '"state":"*"'
}
chronyc_sources() { # as root inside System 2: chronyc over /run/chrony/chronyd.sock of that system
    local out
    out=$(bed 2 -- chronyc -n sources) || return 1
    echo "$out"
    grep -q "^\^\* $SYSTEM1_ADDRESS " <<<"$out"
}
wait_selected() {
    until_deadline "$SELECT_DEADLINE" selected || {
        as_user 2 tandem-cli sources || true
        return 1
    }
}

# Waits until System 2's chronyd has updated its clock N more times (its tracking "Ref time" changed),
# polling chronyc over the system's own socket; a deadline, never a fixed sleep.
wait_updates() {
    local wanted=$1 seen=0 last="" now deadline=$((SECONDS + UPDATE_DEADLINE))
    while ((seen < wanted)); do
        ((SECONDS < deadline)) || {
            echo "only $seen of $wanted clock updates within ${UPDATE_DEADLINE} s"
            return 1
        }
        now=$(bed 2 -- chronyc -c tracking 2>/dev/null | cut -d, -f4) || now=""
        if [[ -n $now && $now != "$last" ]]; then
            [[ -z $last ]] || seen=$((seen + 1))
            last=$now
        fi
        sleep 0.2 # the poll's pace; the loop ends on the condition above
    done
    echo "$seen clock updates seen; System 2 - System 1: $(clock_diff) s"
}

readonly SYNC_TOLERANCE=0.001 # s: how close Sync now must bring System 2 to System 1 (clock files)

# make_system2_wrong: System 2's virtual clock 100 s fast behind chronyd's back, after chronyd used up
# its makestep allowance, so only a Sync now can step it back (chronyd alone would only slew).
make_system2_wrong() {
    local offset
    wait_makestep() { wait_updates 3; }
    step "let System 2's chronyd use up its makestep allowance (3 more clock updates)" wait_makestep
    steps_before=$(clock_field "$CLOCK2" steps)
    step "make System 2's virtual clock 100 s fast" "$V" step "$CLOCK2" 100
    offset=$(clock_diff)
    report "System 2 - System 1: $offset s"
    between "$offset" 99.9 100.1 || fail "System 2 is $offset s off, not 100 s"
    step "wait for two of chronyd's clock updates with the wrong clock" wait_updates 2
    offset=$(clock_diff)
    check "chronyd alone has not stepped it back (System 2 - System 1: $offset s)" between "$offset" 99 101
}

# check_synced_back: after a Sync now, the truth from the clock files and chronyd's log.
check_synced_back() {
    local offset steps_after
    offset=$(clock_diff)
    check "System 2 within ${SYNC_TOLERANCE} s of System 1 (clock files: $offset s)" abs_below "$offset" "$SYNC_TOLERANCE"
    steps_after=$(clock_field "$CLOCK2" steps)
    check "System 2's chronyd stepped its virtual clock ($((steps_after - steps_before - 1)) step(s) after ours)" \
        test $((steps_after - steps_before - 1)) -ge 1
    check "System 2's chronyd logged the 100 s step" \
        grep -qE "System clock was stepped by -(99|100)\.[0-9]+ seconds" "$BED/s2/log-chrony/chronyd.log"
    grep -hE "System clock (wrong|was stepped)|time jump" "$BED/s2/log-chrony/chronyd.log" | sed 's/^/           | /'
    report "clock 1: $("$V" show "$CLOCK1")"
    report "clock 2: $("$V" show "$CLOCK2")"
    check "System 1's clock was never stepped ($(clock_field "$CLOCK1" steps) steps)" \
        test "$(clock_field "$CLOCK1" steps)" = 0
}
