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

step "apply server on System 1 (as $USER_NAME, through pkexec)" \
    as_user 1 tandem-cli apply --role server --peer "$SYSTEM2_ADDRESS" --mode local-only
check "System 1's new chronyd (started through pkexec) is on its virtual clock, without CAP_SYS_TIME" \
    restarted_safely 1 "$CHRONYD_PID_1"
check "System 1's chrony.conf has the server block, and root (the helper) kept a backup" \
    grep -qx "allow $SYSTEM2_ADDRESS" "$BED/s1/etc-chrony/chrony.conf"
[[ $(find "$BED/s1/var-lib-tandem/backups" -type f -user root | wc -l) -ge 1 ]] || fail "no root-owned backup"

step "apply client on System 2 (as $USER_NAME, through pkexec)" \
    as_user 2 tandem-cli apply --role client --peer "$SYSTEM1_ADDRESS"
check "System 2's chrony.conf names System 1" \
    grep -q "^server $SYSTEM1_ADDRESS " "$BED/s2/etc-chrony/chrony.conf"
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
step "sync-now on System 2 against System 1 (as $USER_NAME, through pkexec)" \
    as_user 2 tandem-cli sync-now --peer "$SYSTEM1_ADDRESS"
check_synced_back

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

pair_down
report "PASS"
