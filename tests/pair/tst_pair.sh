#!/bin/bash
# tst_pair: Tandem end to end on the pair test bed (issue 11). System 1 serves time, System 2 follows
# it, each in its own namespaces (pair-bed); tandem-cli runs as the unprivileged test user and reaches
# tandem-helper only through pkexec and the bed's polkitd.
#
#   tst_pair.sh [--build-dir BUILD | --install-tree TREE] [--keep]
#
# Exit 0: passed; 77: skipped (not root, no network namespaces, or a package missing); else failed.
# The bed's directory is removed after a pass (kept with --keep, and always kept after a failure).
set -euo pipefail

readonly UPDATE_DEADLINE=30 # s for chronyd to make the clock updates a step waits for
readonly SYNC_TOLERANCE=0.001

TEST_NAME=tst_pair
# shellcheck source=pair-test-lib.sh
. "$(dirname "$(realpath "${BASH_SOURCE[0]}")")/pair-test-lib.sh"
pair_test_start "$@"

pair_up

clock_diff() { "$V" diff "$CLOCK2" "$CLOCK1"; } # System 2 - System 1, in seconds
abs_below() { awk -v x="$1" -v limit="$2" 'BEGIN { exit !((x < 0 ? -x : x) < limit) }'; }
between() { awk -v x="$1" -v low="$2" -v high="$3" 'BEGIN { exit !(x > low && x < high) }'; }
clock_field() { "$V" show "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

check "the test user has Tandem's actions through the bed's polkit rule" \
    as_user 1 sh -c 'exec pkcheck --action-id io.github.tandemtime.Tandem.configure --process $$'

# System 2 by name, as a LAN's DNS or /etc/hosts would give it: allow/cmdallow must get its address.
step "apply server on System 1 for $SYSTEM2_NAME (as $USER_NAME, through pkexec)" \
    as_user 1 tandem-cli apply --role server --peer "$SYSTEM2_NAME" --mode local-only
# The chronyd the helper started (pkexec -> tandem-helper -> service chrony restart): a new process, on the
# virtual clock, and still without CAP_SYS_TIME (the bounding set crossed pkexec's setuid exec).
restarted_safely() {
    local system=$1 first=$2 pid bounding
    pid=$(cat "$BED/s$system/run/chrony/chronyd.pid")
    [[ $pid != "$first" ]] || return 1
    tr '\0' '\n' <"/proc/$pid/environ" | grep -q '^LD_PRELOAD=.*libtandem-vclock\.so$' || return 1
    bounding=$(awk '/^CapBnd:/ { print $2 }' "/proc/$pid/status")
    (((16#$bounding & (1 << 25)) == 0))
}
check "System 1's new chronyd (started through pkexec) is on its virtual clock, without CAP_SYS_TIME" \
    restarted_safely 1 "$CHRONYD_PID_1"
check "System 1's chrony.conf allows System 2 by address (chronyd resolves allow names only once)" \
    grep -qx "allow $SYSTEM2_ADDRESS" "$BED/s1/etc-chrony/chrony.conf"
check "System 1's chrony.conf names $SYSTEM2_NAME only in a comment" \
    not grep -qE "^[^#].*$SYSTEM2_NAME" "$BED/s1/etc-chrony/chrony.conf"
check "System 1's command port listens on the address facing System 2, not on every interface" \
    grep -qx "bindcmdaddress $SYSTEM1_ADDRESS" "$BED/s1/etc-chrony/chrony.conf"
[[ $(find "$BED/s1/var-lib-tandem/backups" -type f -user root | wc -l) -ge 1 ]] || fail "no root-owned backup"

step "apply client on System 2 (as $USER_NAME, through pkexec)" \
    as_user 2 tandem-cli apply --role client --peer "$SYSTEM1_ADDRESS"
check "System 2's chrony.conf names System 1" \
    grep -q "^server $SYSTEM1_ADDRESS " "$BED/s2/etc-chrony/chrony.conf"
check "System 2's command port listens on the address facing System 1" \
    grep -qx "bindcmdaddress $SYSTEM2_ADDRESS" "$BED/s2/etc-chrony/chrony.conf"
check "System 2's new chronyd (started through pkexec) is on its virtual clock, without CAP_SYS_TIME" \
    restarted_safely 2 "$CHRONYD_PID_2"

step "System 2 selects System 1 (tandem-cli sources)" wait_selected
chronyc_sources() { # as root inside System 2: chronyc over /run/chrony/chronyd.sock of that system
    local out
    out=$(bed 2 -- chronyc -n sources) || return 1
    echo "$out"
    grep -q "^\^\* $SYSTEM1_ADDRESS " <<<"$out"
}
step "System 2 selects System 1 (chronyc sources over its own socket)" chronyc_sources
monitor() {
    local json
    json=$(as_user 1 tandem-cli status --host "$SYSTEM2_ADDRESS" --json)
    echo "$json"
    grep -qF "\"reference\":\"$SYSTEM1_ADDRESS\"" <<<"$json"
}
step "System 1 monitors System 2 over the veth (tandem-cli status --host $SYSTEM2_ADDRESS)" monitor

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

step "sync-now on System 2 against System 1 (as $USER_NAME, through pkexec)" \
    as_user 2 tandem-cli sync-now --peer "$SYSTEM1_ADDRESS"
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

step "restore on System 2 (as $USER_NAME, through pkexec)" as_user 2 tandem-cli restore
check "System 2's chrony.conf is the package's again" cmp -s "$BED/s2/etc-chrony/chrony.conf" \
    "$BED/s2/chrony.conf.orig"
step "System 2's chronyd answers after the restore" as_user 2 tandem-cli status
no_system1_source() {
    local out
    out=$(bed 2 -- chronyc -n sources) || return 1
    ! grep -qF "$SYSTEM1_ADDRESS" <<<"$out"
}
check "System 2 no longer has System 1 as a source" no_system1_source

# A System 1 whose clock may jump: with --makestep-always System 2's chronyd steps to it by itself,
# also after its first three updates (Debian's "makestep 1 3" would slew 30 s for 6 minutes).
step "apply client on System 2 with --makestep-always (as $USER_NAME, through pkexec)" \
    as_user 2 tandem-cli apply --role client --peer "$SYSTEM1_ADDRESS" --makestep-always
check "System 2's chrony.conf steps always, and the base's makestep is disabled" \
    grep -qx "makestep 1 -1" "$BED/s2/etc-chrony/chrony.conf"
step "System 2 selects System 1 again" wait_selected
step "let System 2's chronyd make 3 more clock updates (past Debian's makestep allowance)" wait_makestep
step "make System 2's virtual clock 30 s slow" "$V" step "$CLOCK2" -30
stepped_back() {
    local deadline=$((SECONDS + UPDATE_DEADLINE)) offset
    until offset=$(clock_diff) && abs_below "$offset" 0.01; do
        ((SECONDS < deadline)) || {
            echo "System 2 - System 1 still $offset s after ${UPDATE_DEADLINE} s"
            return 1
        }
        sleep 0.2 # the poll's pace; the loop ends on the condition above
    done
    echo "System 2 - System 1: $offset s"
}
step "System 2's chronyd steps back to System 1 by itself" stepped_back
step "restore on System 2 again (as $USER_NAME, through pkexec)" as_user 2 tandem-cli restore
check "System 2's chrony.conf is the package's again" cmp -s "$BED/s2/etc-chrony/chrony.conf" \
    "$BED/s2/chrony.conf.orig"

bed_down_and_check_host

report "PASS"
