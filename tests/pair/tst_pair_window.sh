#!/bin/bash
# tst_pair_window: the window end to end on the pair test bed (issue 11). tst_PairWindow (the real
# SetupWizard, LivePanel and File -> Restore, offscreen) runs as the unprivileged test user inside
# System 1 or System 2, one scenario per run, and reaches tandem-helper only through pkexec and the
# bed's polkitd; this script prepares each scenario, checks the results from outside (the bed's
# chrony.conf files, the virtual clocks, chronyc inside each system) and leaves the host as it was.
#
#   tst_pair_window.sh --window-test TST_PAIRWINDOW [--build-dir BUILD | --install-tree TREE] [--keep]
#
# Exit 0: passed; 77: skipped (not root, no network namespaces, or a package missing); else failed.
set -euo pipefail

TEST_NAME=tst_pair_window
EXTRA_TOOLS=nft
SCRIPT_DIR=$(dirname "$(realpath "${BASH_SOURCE[0]}")")
# shellcheck source=pair-test-lib.sh
. "$SCRIPT_DIR/pair-test-lib.sh"
readonly HELPER=/usr/libexec/tandem/tandem-helper
readonly KILL_DEADLINE=90 # s for the window to ask for the helper's kill

usage() {
    echo "usage: tst_pair_window.sh --window-test TST_PAIRWINDOW [--build-dir BUILD | --install-tree TREE] [--keep]" >&2
    exit 2
}

pair_test_begin "$@"
set -- "${PAIR_EXTRA_ARGS[@]}"
window_test=""
while [[ $# -gt 0 ]]; do
    case $1 in
    --window-test)
        window_test=${2:-}
        shift 2 || usage
        ;;
    *) usage ;;
    esac
done
[[ -n $window_test ]] || usage
[[ -x $window_test ]] || fail "$window_test is not an executable (build the tst_PairWindow target)"
pair_up

# The test program as the test user can run it: a copy in the bed (the build tree may not be
# readable by that user). It links Tandem statically; Qt comes from the host's /usr.
SIGNAL_DIR=$BED/home/signal
install -m 0755 "$window_test" "$BED/bin/tst_PairWindow"
install -d -m 0700 -o "$USER_NAME" "$SIGNAL_DIR"
check "the test user can run tst_PairWindow inside the bed" \
    as_user 1 env QT_QPA_PLATFORM=offscreen "$BED/bin/tst_PairWindow" -functions

# window SYSTEM PROFILE SCENARIO: one scenario as the test user in SYSTEM. PROFILE names the user's
# settings and history (the window's QSettings, under XDG dirs in the bed's home): "s1" and "s2" are
# the admin who runs the wizard on that system, "fresh-*" a user whose window never ran it.
window() {
    local system=$1 profile=$2 scenario=$3 home=$BED/home/$2
    as_user "$system" env QT_QPA_PLATFORM=offscreen TANDEM_PAIR_SYSTEM1="$SYSTEM1_ADDRESS" \
        TANDEM_PAIR_SYSTEM2="$SYSTEM2_ADDRESS" TANDEM_PAIR_SIGNAL_DIR="$SIGNAL_DIR" \
        XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache" \
        TANDEM_PAIR_SCREENSHOT_WAIT_MS="${TANDEM_PAIR_SCREENSHOT_WAIT_MS:-0}" \
        "$BED/bin/tst_PairWindow" "$scenario"
}

answers() { bed "$1" -- chronyc -n tracking; }
# chronyd of SYSTEM answers within a deadline (after a restart through the helper).
wait_answers() { until_deadline 20 answers "$1"; }

# --- a. System 2 first, while System 1 is not set up: Test says so, Apply waits and rolls back.
pid2=$(chronyd_pid 2)
step "a. wizard on System 2 before System 1 serves (Test, Apply, rollback)" window 2 s2 clientBeforeServer
check "a. System 2's chrony.conf is unchanged (the package's)" cmp -s "$(conf 2)" "$BED/s2/chrony.conf.orig"
check "a. System 2's chronyd answers after the rollback" wait_answers 2
check "a. System 2's chronyd was restarted (twice) through pkexec, on its virtual clock" restarted_safely 2 "$pid2"

# --- b. System 1, mode 1, through Apply to Verify.
pid1=$(chronyd_pid 1)
step "b. wizard on System 1, mode 1 (local clock only), Apply and Verify" window 1 s1 serverLocalOnly
check "b. System 1's chrony.conf serves System 2 from its local clock" \
    grep -qx "allow $SYSTEM2_ADDRESS" "$(conf 1)"
check "b. ... at stratum 10, with no online sources" grep -qx "local stratum 10" "$(conf 1)"
check "b. System 1's new chronyd is on its virtual clock, without CAP_SYS_TIME" restarted_safely 1 "$pid1"

# --- c. System 2 follows System 1, through Apply to Verify.
pid2=$(chronyd_pid 2)
step "c. wizard on System 2, client of $SYSTEM1_ADDRESS, Apply and Verify" window 2 s2 client
check "c. System 2's chrony.conf names System 1" grep -q "^server $SYSTEM1_ADDRESS " "$(conf 2)"
check "c. System 2's new chronyd is on its virtual clock, without CAP_SYS_TIME" restarted_safely 2 "$pid2"
step "c. System 2 selects System 1 (chronyc sources over its own socket)" chronyc_sources
pair_key_id() { sed -n 's/^\([0-9]*\) SHA256 HEX:.*/\1/p' "$BED/s$1/etc-chrony/chrony.keys"; }
check "c. both systems hold the same pair key, from the file System 1's wizard exported" \
    test -n "$(pair_key_id 1)" -a "$(pair_key_id 1)" = "$(pair_key_id 2)"
check "c. System 2 follows System 1 with that key" grep -qE "^server $SYSTEM1_ADDRESS .* key $(pair_key_id 1)\$" "$(conf 2)"
ntpdata_authenticated() { bed 2 -- chronyc -n ntpdata "$SYSTEM1_ADDRESS" | grep -E "^Authenticated +: Yes"; }
step "c. chronyc ntpdata in System 2: System 1's replies are authenticated" ntpdata_authenticated
rm -f "$SIGNAL_DIR/system2.tandem-pair" # carried across once, then deleted, as the wizard tells the admin

# --- h. Who is who, in the panel of a user whose window never ran the wizard: from chrony.conf.
step "h. System 1's panel: which system is which" window 1 fresh-s1 panelSaysWhoIsWho
step "h. System 2's panel: which system is which" window 2 fresh-s2 panelSaysWhoIsWho
# Each panel kept its samples under this pair's own name (role and peer), not in one shared file.
history_of() { # USER-PROFILE SYSTEM PEER: that user's history file for "this system is SYSTEM, its peer PEER"
    test -s "$BED/home/$1/data/Tandem/tandem/history/history-machine-system$2-${3//./_}.bin"
}
check "h. System 1's panel kept its history as System 1 of $SYSTEM2_ADDRESS" history_of fresh-s1 1 "$SYSTEM2_ADDRESS"
check "h. System 2's panel kept its history as System 2 of $SYSTEM1_ADDRESS" history_of fresh-s2 2 "$SYSTEM1_ADDRESS"
# A look at both (manual runs): TANDEM_PAIR_SCREENSHOTS=DIR keeps the two panels' screenshots there
# (TANDEM_PAIR_SCREENSHOT_WAIT_MS lets the charts fill first).
if [[ -n ${TANDEM_PAIR_SCREENSHOTS:-} ]]; then
    cp "$SIGNAL_DIR"/panel-system1.png "$SIGNAL_DIR"/panel-system2.png "$TANDEM_PAIR_SCREENSHOTS"/
fi

# --- d. Sync now from System 2's panel, its clock made 100 s wrong; the truth from the clock files.
make_system2_wrong
step "d. Sync now from System 2's panel (through pkexec)" window 2 s2 syncNowFromPanel
check_synced_back

# --- k. The one-time sync through the wizard (the guide's method 2), System 2 100 s wrong again.
make_system2_wrong
step "k. wizard on System 2: one-time sync to System 1 (through pkexec)" window 2 s2 oneTimeSync
check_synced_back

# --- e. File -> Restore on System 2: the package's config again.
step "e. File -> Restore on System 2" window 2 s2 restoreFromMenu
check "e. System 2's chrony.conf is the package's again" cmp -s "$(conf 2)" "$BED/s2/chrony.conf.orig"
check "e. System 2's chronyd answers after the restore" wait_answers 2
check "e. the restore of the config from before Tandem took Tandem's key out of System 2's key file" \
    test -z "$(pair_key_id 2)"
check "e. ... and left System 1's as it was" test -n "$(pair_key_id 1)"

# --- f. The helper killed (SIGKILL, by pid) right after it reported writing the new config.
# kill_when_asked: waits for the window's request, checks that the pid is the pkexec'd helper (root,
# a child of the test program, the installed path) and kills it.
kill_when_asked() {
    local request=$SIGNAL_DIR/kill-helper test_pid helper_pid deadline=$((SECONDS + KILL_DEADLINE))
    until [[ -s $request ]]; do
        ((SECONDS < deadline)) || {
            echo "no request within ${KILL_DEADLINE} s"
            return 1
        }
        sleep 0.05 # the poll's pace; the loop ends on the request
    done
    read -r test_pid helper_pid <"$request"
    [[ $(awk '/^PPid:/ { print $2 }' "/proc/$helper_pid/status") == "$test_pid" ]] || {
        echo "pid $helper_pid is not a child of the test program $test_pid"
        return 1
    }
    [[ $(awk '/^Uid:/ { print $3 }' "/proc/$helper_pid/status") == 0 ]] || {
        echo "pid $helper_pid does not run as root: not the pkexec'd helper"
        return 1
    }
    [[ $(tr '\0' '\n' <"/proc/$helper_pid/cmdline" | head -n 1) == "$HELPER" ]] || {
        echo "pid $helper_pid is not $HELPER"
        return 1
    }
    kill -KILL "$helper_pid"
    echo "killed the helper, pid $helper_pid (child of the window's pid $test_pid)"
}
pid2=$(chronyd_pid 2)
cp "$(conf 2)" "$BED/s2/chrony.conf.before-kill"
kill_when_asked >"$BED/log/kill-helper.log" 2>&1 &
PAIR_BACKGROUND_PIDS+=($!)
step "f. wizard on System 2, its helper killed mid-apply" window 2 s2 helperKilledMidApply
wait "${PAIR_BACKGROUND_PIDS[-1]}" || fail "the kill: $(cat "$BED/log/kill-helper.log")"
report "f. $(cat "$BED/log/kill-helper.log")"
old_or_new() {
    cmp -s "$(conf 2)" "$BED/s2/chrony.conf.before-kill" && return 0
    grep -q "^server $SYSTEM1_ADDRESS " "$(conf 2)" && bed 2 -- chronyd -p -f /etc/chrony/chrony.conf >/dev/null
}
check "f. System 2's chrony.conf is the old file or a new one chronyd accepts" old_or_new
# Wherever the kill landed, even between its restart's "stop" and "start" (that restart runs in a
# child of its own, which outlives the helper), System 2 has a chronyd again, and the page says so.
said=$(cat "$SIGNAL_DIR/chronyd-after-kill")
report "f. the page says chronyd is $said now; System 2's chronyd: pid $pid2 before, $(chronyd_pid 2 || echo none) now"
check "f. the page says chronyd runs" test "$said" = running
check "f. System 2's chronyd answers, as the page says" wait_answers 2
check "f. ... on its virtual clock, without CAP_SYS_TIME" restarted_safely 2 none

# --- g. System 1 in mode 2: pools written, chronyd back, serving its local clock at stratum 10.
pid1=$(chronyd_pid 1)
pair_key_before_g=$(pair_key_id 1)
step "g. wizard on System 1, mode 2 (local clock and online pools)" window 1 s1 serverWithPools
check "g. the wizard run again kept the pair's key $pair_key_before_g (System 2 needs no new code)" \
    test "$(pair_key_id 1)" = "$pair_key_before_g"
check "g. System 1's chrony.conf follows online pools" grep -qE "^(pool|server) " "$(conf 1)"
serves_local() { grep -qx "local stratum 10" "$(conf 1)" && grep -qx "allow $SYSTEM2_ADDRESS" "$(conf 1)"; }
check "g. ... keeps its local clock at stratum 10 and serves System 2" serves_local
check "g. System 1's new chronyd is on its virtual clock, without CAP_SYS_TIME" restarted_safely 1 "$pid1"
local_stratum_10() { # System 1's own tracking: stratum 10 (its local clock; the pools never answer here)
    [[ $(bed 1 -- chronyc -c tracking | cut -d, -f3) == 10 ]]
}
check "g. System 1 serves its local clock at stratum 10 (chronyc tracking there)" until_deadline 30 local_stratum_10

# --- i, j. System 1's firewall drops System 2's NTP: System 2's Test names it, System 1's Verify
# finds the rule and opens UDP 123 for System 2 through pkexec.
add_drop_rule() {
    bed 1 -- nft -f - <<RULES
table inet tandem_bed {
    chain input {
        type filter hook input priority filter; policy accept;
        ip saddr $SYSTEM2_ADDRESS udp dport 123 counter drop
    }
}
RULES
}
step "i. System 1: an nftables rule drops UDP 123 from System 2" add_drop_rule
step "i. wizard on System 2: the Test names System 1's firewall" window 2 s2 testNamesSystem1Firewall
step "j. wizard on System 1: Verify finds the drop rule and opens UDP 123 for System 2" window 1 s1 verifyOpensFirewall
accept_before_drop() {
    local table
    table=$(bed 1 -- nft list table inet tandem_bed) || return 1
    echo "$table"
    grep -A1 "ip saddr $SYSTEM2_ADDRESS udp dport 123 accept" <<<"$table" | grep -q "drop"
}
step "j. System 1's ruleset accepts System 2's NTP before the drop rule" accept_before_drop

pair_down
report "PASS"
