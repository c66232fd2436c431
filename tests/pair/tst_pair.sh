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

TEST_NAME=tst_pair
SCRIPT_DIR=$(dirname "$(realpath "${BASH_SOURCE[0]}")")
# shellcheck source=pair-test-lib.sh
. "$SCRIPT_DIR/pair-test-lib.sh"

pair_test_begin "$@"
((${#PAIR_EXTRA_ARGS[@]} == 0)) || {
    echo "usage: tst_pair.sh [--build-dir BUILD | --install-tree TREE] [--keep]" >&2
    exit 2
}
pair_up

check "the test user has Tandem's actions through the bed's polkit rule" \
    as_user 1 sh -c 'exec pkcheck --action-id io.github.tandemtime.Tandem.configure --process $$'

# System 2 by name, as a LAN's DNS or /etc/hosts would give it: allow/cmdallow must get its address.
step "apply server on System 1 for $SYSTEM2_NAME (as $USER_NAME, through pkexec)" \
    as_user 1 tandem-cli apply --role server --peer "$SYSTEM2_NAME" --mode local-only
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
step "System 2 selects System 1 (chronyc sources over its own socket)" chronyc_sources
monitor() {
    local json
    json=$(as_user 1 tandem-cli status --host "$SYSTEM2_ADDRESS" --json)
    echo "$json"
    grep -qF "\"reference\":\"$SYSTEM1_ADDRESS\"" <<<"$json"
}
step "System 1 monitors System 2 over the veth (tandem-cli status --host $SYSTEM2_ADDRESS)" monitor

make_system2_wrong
# Every program of System 2 reads its clock, the test user's too (the system's /etc/ld.so.preload).
sees_system2_time() {
    local seen host
    seen=$(as_user 2 date +%s) && host=$(date +%s)
    echo "date as $USER_NAME in System 2: $seen; the machine: $host"
    ((seen - host >= 99 && seen - host <= 101))
}
step "$USER_NAME's programs in System 2 read System 2's clock (100 s ahead of the machine's)" sees_system2_time
sync_now() {
    as_user 2 tandem-cli sync-now --peer "$SYSTEM1_ADDRESS" | tee "$BED/log/sync-now.out"
}
step "sync-now on System 2 against System 1 (as $USER_NAME, through pkexec)" sync_now
check_synced_back
# The helper (pkexec'd, on System 2's clock) measured what the clock files say: ~100 s before, < 1 ms after.
check "the helper measured System 2 about 100 s ahead before the step" \
    grep -qE "measured \(NTP exchange\): this clock is (99\.[5-9]|100\.[0-4])[0-9]* s ahead" "$BED/log/sync-now.out"
check "the helper measured System 2 within a millisecond after the step" \
    grep -qE "measured again after the step: this clock is [0-9.]+ (µs|ns) (ahead of|behind)" "$BED/log/sync-now.out"

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
# A host name as the one-time peer: it was added by name and never removed (removal is by address).
step "sync-now on System 2 against $SYSTEM1_NAME, a host name, added as a temporary source (through pkexec)" \
    as_user 2 tandem-cli sync-now --peer "$SYSTEM1_NAME"
check "the temporary source for $SYSTEM1_NAME is gone from System 2's chronyd" no_system1_source
check "nothing of it is left noted for a later helper run" not test -e "$BED/s2/var-lib-tandem/sync-now-source"

# A System 1 whose clock may jump: with --makestep-always System 2's chronyd steps to it by itself,
# also after its first three updates (Debian's "makestep 1 3" would slew 30 s for 6 minutes).
step "apply client on System 2 with --makestep-always (as $USER_NAME, through pkexec)" \
    as_user 2 tandem-cli apply --role client --peer "$SYSTEM1_ADDRESS" --makestep-always
check "System 2's chrony.conf steps always, and the base's makestep is disabled" \
    grep -qx "makestep 1 -1" "$BED/s2/etc-chrony/chrony.conf"
step "System 2 selects System 1 again" wait_selected
step "let System 2's chronyd make 3 more clock updates (past Debian's makestep allowance)" wait_updates 3
step "make System 2's virtual clock 30 s slow" "$V" step "$CLOCK2" -30
close_again() {
    local offset
    offset=$(clock_diff) && abs_below "$offset" 0.01
}
step "System 2's chronyd steps back to System 1 by itself" until_deadline "$UPDATE_DEADLINE" close_again
report "System 2 - System 1: $(clock_diff) s"
step "restore on System 2 again (as $USER_NAME, through pkexec)" as_user 2 tandem-cli restore
check "System 2's chrony.conf is the package's again" cmp -s "$BED/s2/etc-chrony/chrony.conf" \
    "$BED/s2/chrony.conf.orig"

# The admin's shell is not the system's: `ulimit`, `umask` and `nice` there must reach neither the
# helper (`ulimit -f 1` killed it with SIGXFSZ) nor the chronyd its init script starts.
pid2=$(chronyd_pid 2)
# Soft limits: this machine's sandbox lets even root not raise a hard limit (the unit test
# tst_ProcessDefaults covers hard limits where the machine allows it).
step "apply client on System 2 from a shell with ulimit -S -f 1 -n 64 -t 30, umask 077, nice 19 (through pkexec)" \
    as_user 2 sh -c 'ulimit -S -f 1; ulimit -S -n 64; ulimit -S -t 30; umask 077
        exec nice -n 19 tandem-cli apply --role client --peer "$0"' "$SYSTEM1_ADDRESS"
system_defaults() { # the new chronyd of System 2 has PID 1's limits and nice 0, not the caller's
    local pid limit files
    pid=$(chronyd_pid 2) || return 1
    [[ $pid != "$pid2" ]] || return 1
    for limit in "Max file size" "Max cpu time"; do
        grep "^$limit " "/proc/$pid/limits"
        [[ $(grep "^$limit " "/proc/$pid/limits") == $(grep "^$limit " /proc/1/limits) ]] || return 1
    done
    # PID 1's open-files limit, as far as the hard limit this sandbox keeps allows: not the caller's 64.
    files=$(awk '/^Max open files/ { print $4 }' "/proc/$pid/limits")
    echo "open files: $files"
    ((files > 64)) || return 1
    echo "nice $(sed 's/.*) //' "/proc/$pid/stat" | cut -d' ' -f17)"
    [[ $(sed 's/.*) //' "/proc/$pid/stat" | cut -d' ' -f17) == 0 ]]
}
step "System 2's new chronyd has the system's limits and nice 0, not the caller's" system_defaults

# Ctrl+C in the admin's terminal (SIGINT to the whole foreground process group, as the terminal
# sends it) from the moment pkexec has become the helper (the request is in its pipe by then):
# tandem-cli dies, the helper finishes the change and chronyd runs.
group_alive() { # PGID: some process is still in that process group
    local stat
    for stat in /proc/[0-9]*/stat; do
        [[ $(sed 's/.*) //' "$stat" 2>/dev/null | cut -d' ' -f3) == "$1" ]] && return 0
    done
    return 1
}
helper_in_group() { # PGID: a tandem-helper runs in that process group
    grep -hs "^[0-9]* (tandem-helper) " /proc/[0-9]*/stat | awk -v group="$1" '$5 == group { found = 1 } END { exit !found }'
}
interrupted_apply() {
    local out=$BED/log/interrupted-apply.out pgid_file=$BED/home/apply.pgid runner pgid deadline
    # A background job of this script starts with SIGINT and SIGQUIT ignored (POSIX); a terminal's
    # foreground job has them at their default, so env gives them back before the CLI starts.
    as_user 2 setsid env --default-signal=INT,QUIT,PIPE,HUP sh -c \
        'echo $$ >"$0"; exec tandem-cli apply --role client --peer "$1" --makestep-always' \
        "$pgid_file" "$SYSTEM1_ADDRESS" >"$out" 2>&1 &
    runner=$!
    deadline=$((SECONDS + 20))
    until [[ -s $pgid_file ]] && pgid=$(cat "$pgid_file") && helper_in_group "$pgid"; do
        ((SECONDS < deadline)) || return 1
        sleep 0.01 # the poll's pace; the loop ends when pkexec has become the helper
    done
    deadline=$((SECONDS + 60))
    while group_alive "$pgid"; do
        kill -INT -- "-$pgid" 2>/dev/null || true
        ((SECONDS < deadline)) || return 1
        sleep 0.05 # the pace of the interrupts; the loop ends when the group is gone
    done
    wait "$runner" || true
    cat "$out"
}
pid2=$(chronyd_pid 2)
step "apply on System 2 with Ctrl+C sent to its process group every 50 ms once pkexec has become the helper" interrupted_apply
check "System 2's chrony.conf is the new one (the helper finished)" grep -qx "makestep 1 -1" "$(conf 2)"
check "System 2's chronyd was restarted and runs, on its virtual clock" restarted_safely 2 "$pid2"
step "System 2's chronyd answers" bed 2 -- chronyc -n tracking

# The helper killed (SIGKILL: no handler runs) the moment the old chronyd has gone, i.e. between its
# restart's "stop" and "start". That restart runs in a child of its own, which must still start
# chronyd: once with the helper's pipe closed under it, the init script died of SIGPIPE on its
# "Starting" line and left System 2 without chronyd.
kill_helper_after_stop() {
    local out=$BED/log/killed-apply.out old=$1 runner deadline helper
    as_user 2 tandem-cli apply --role client --peer "$SYSTEM1_ADDRESS" >"$out" 2>&1 &
    runner=$!
    deadline=$((SECONDS + 30))
    # A zombie has an empty command line (read it: /proc files have size 0 for `-s`).
    while [[ -n $(tr -d '\000' <"/proc/$old/cmdline" 2>/dev/null) ]]; do
        ((SECONDS < deadline)) || return 1
        sleep 0.005 # the poll's pace; the loop ends when the old chronyd has gone
    done
    helper=$(grep -hs "^[0-9]* (tandem-helper) " /proc/[0-9]*/stat | cut -d' ' -f1)
    [[ -n $helper ]] || { echo "no helper left to kill"; return 1; }
    kill -KILL $helper
    echo "killed the helper (pid $helper) after chronyd $old had gone"
    wait "$runner" || true
    cat "$out"
}
pid2=$(chronyd_pid 2)
step "apply on System 2, its helper killed between the restart's stop and start" kill_helper_after_stop "$pid2"
new_chronyd() { local pid; pid=$(chronyd_pid 2) && [[ $pid != "$pid2" ]]; }
check "System 2 has a new chronyd within 15 s" until_deadline 15 new_chronyd
check "... on its virtual clock, without CAP_SYS_TIME" restarted_safely 2 "$pid2"
step "System 2's chronyd answers" bed 2 -- chronyc -n tracking

# The authenticated pair: System 1's admin makes the key, carries the file to System 2 once, and both
# helpers (through pkexec) write it into their system's key file. The key crosses to the helper on
# its stdin only: every process's command line is read again and again while the helpers run.
PAIR_FILE=$BED/home/pair.tandem-pair
ARGV_LOG=$BED/log/argv-during-keyed-applies.log
step "make the pair's key (tandem-cli pair-key, as $USER_NAME)" as_user 1 tandem-cli pair-key --out "$PAIR_FILE"
check "the pairing file is $USER_NAME's alone (0600)" test "$(stat -c %a "$PAIR_FILE")" = 600
applied_with_key() { # SYSTEM ROLE PEER
    local stop=$BED/log/argv.stop watcher status=0
    rm -f "$stop"
    (while [[ ! -e $stop ]]; do cat /proc/[0-9]*/cmdline 2>/dev/null; echo; done >>"$ARGV_LOG") &
    watcher=$!
    as_user "$1" tandem-cli apply --role "$2" --peer "$3" --pair-key "$PAIR_FILE" >"$BED/log/keyed-apply-$1.out" 2>&1 ||
        status=$?
    touch "$stop"
    wait "$watcher"
    cat "$BED/log/keyed-apply-$1.out"
    return "$status"
}
step "apply server on System 1 with the pair's key (through pkexec)" \
    applied_with_key 1 server "$SYSTEM2_NAME"
step "apply client on System 2 with the same key file (through pkexec)" \
    applied_with_key 2 client "$SYSTEM1_ADDRESS"
KEY_LINE=$(grep -E '^[0-9]+ SHA256 HEX:' "$BED/s1/etc-chrony/chrony.keys")
KEY_ID=${KEY_LINE%% *}
KEY_HEX=${KEY_LINE##*HEX:}
check "both key files hold the same key" grep -qxF "$KEY_LINE" "$BED/s2/etc-chrony/chrony.keys"
keyfile_private() { # SYSTEM: root:_chrony 0640, as Debian ships it
    local mode
    mode=$(stat -c '%a %U %G' "$BED/s$1/etc-chrony/chrony.keys")
    echo "System $1's chrony.keys: $mode"
    [[ $mode == "640 root _chrony" ]]
}
check "System 1's key file is root:_chrony 0640" keyfile_private 1
check "System 2's key file is root:_chrony 0640" keyfile_private 2
check "System 2 follows System 1 with key $KEY_ID" \
    grep -qE "^server $SYSTEM1_ADDRESS .* key $KEY_ID\$" "$(conf 2)"
check "System 2's helper waited until chronyd authenticated System 1's replies" \
    grep -q "authenticated $SYSTEM1_ADDRESS's replies" "$BED/log/keyed-apply-2.out"
ntpdata_authenticated() {
    local out
    out=$(bed 2 -- chronyc -n ntpdata "$SYSTEM1_ADDRESS") || return 1
    grep -E "^(Authenticated|Total valid RX)" <<<"$out"
    grep -qE "^Authenticated +: Yes" <<<"$out"
}
step "chronyc ntpdata in System 2: System 1's replies are authenticated" ntpdata_authenticated
check "the watch saw the helpers run" grep -qa "tandem-helper" "$ARGV_LOG"
check "the key was in no process's command line" not grep -qaiF "$KEY_HEX" "$ARGV_LOG"
key_only_in_key_files() { # the hex digits in no file of the bed but the two key files
    local holders
    holders=$(grep -rlaiF -D skip "$KEY_HEX" "$BED"/s1 "$BED"/s2 "$BED"/log "$BED"/home 2>/dev/null |
        grep -v '/etc-chrony/chrony.keys$' || true)
    [[ -z $holders ]] || { echo "$holders"; return 1; }
}
check "the key is in no other file of the bed (outputs, logs, backups, the pairing file holds a code)" \
    key_only_in_key_files
rm -f "$PAIR_FILE"
# Authentication off again (an apply without the key takes Tandem's key out); the backup of the
# keyed config is then refused by restore, since System 2 would refuse every reply of System 1.
step "apply client on System 2 without a key (through pkexec)" \
    as_user 2 tandem-cli apply --role client --peer "$SYSTEM1_ADDRESS"
check "Tandem's key is out of System 2's key file" not grep -qF "$KEY_HEX" "$BED/s2/etc-chrony/chrony.keys"
restore_refused() {
    local out status=0
    out=$(as_user 2 tandem-cli restore 2>&1) || status=$?
    echo "$out"
    ((status != 0)) && grep -q "cannot work any more" <<<"$out"
}
step "restore of the keyed backup is refused, and says why" restore_refused
check "System 2 still follows System 1 without a key" not grep -q " key $KEY_ID" "$(conf 2)"

pair_down
report "PASS"
