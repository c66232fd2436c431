#!/bin/bash
# tst_pair_firewall: the firewall, the first thing that breaks a real pair (issue 11, item 3), on the
# pair bed. System 1 serves and System 2 follows (as in tst_pair); then an nftables rule inside System 1's
# network namespace drops System 2's NTP requests. tandem-cli, as the unprivileged test user through
# pkexec, must name that rule on System 1 and print the command that opens just UDP 123 for System 2;
# System 2's probe must say that System 1's chronyd answers monitoring but not NTP; `firewall open`
# through pkexec must open it, and System 2 must follow System 1 again within a deadline.
#
#   tst_pair_firewall.sh [--build-dir BUILD | --install-tree TREE] [--keep]
#
# Exit 0: passed; 77: skipped (not root, no network namespaces, or a package missing); else failed.
# The host's own ruleset is only read (before and after, to show it is unchanged).
set -euo pipefail

TEST_NAME=tst_pair_firewall
EXTRA_TOOLS=nft
# shellcheck source=pair-test-lib.sh
. "$(dirname "$(realpath "${BASH_SOURCE[0]}")")/pair-test-lib.sh"
pair_test_begin "$@"

host_ruleset_before=$(nft list ruleset)
pair_up

step "apply server on System 1 (as $USER_NAME, through pkexec)" \
    as_user 1 tandem-cli apply --role server --peer "$SYSTEM2_ADDRESS" --mode local-only
step "apply client on System 2 (as $USER_NAME, through pkexec)" \
    as_user 2 tandem-cli apply --role client --peer "$SYSTEM1_ADDRESS"
step "before the firewall: System 2 selects System 1" wait_selected
step "before the firewall: System 1's check says UDP 123 is open for System 2" \
    as_user 1 tandem-cli firewall check --peer "$SYSTEM2_ADDRESS" --port 123

# The firewall: one table of System 1's own (its namespace only), one rule that drops System 2's NTP.
add_drop_rule() {
    bed 1 -- nft -f - <<RULES
table inet tandem_bed {
    chain input {
        type filter hook input priority filter; policy accept;
        ip saddr $SYSTEM2_ADDRESS udp dport 123 counter drop
    }
}
RULES
    bed 1 -- nft -a list table inet tandem_bed
}
step "System 1: an nftables rule drops UDP 123 from System 2" add_drop_rule
drop_handle=$(bed 1 -- nft -a list table inet tandem_bed | sed -n 's/.* drop # handle \([0-9]*\)$/\1/p')
[[ $drop_handle =~ ^[0-9]+$ ]] || fail "no handle for the drop rule"

# System 2's chronyd forgets its samples: it cannot select System 1 again while the rule drops its requests.
not_selected() {
    local out
    out=$(bed 2 -- chronyc -n sources) || return 1
    echo "$out"
    ! grep -q "^\^\* $SYSTEM1_ADDRESS " <<<"$out"
}
step "System 2 drops its samples (chronyc reset sources)" bed 2 -- chronyc reset sources
step "System 2 no longer selects System 1" not_selected

# expect STATUS CMD... -- TEXT...: CMD (stdout and stderr) exits with STATUS ("nonzero": anything but 0)
# and prints every TEXT, each as a fixed string.
expect() {
    local wanted=$1 out status=0 text
    shift
    local command=()
    while [[ $1 != -- ]]; do
        command+=("$1")
        shift
    done
    shift
    out=$("${command[@]}" 2>&1) || status=$?
    echo "$out"
    if [[ $wanted == nonzero ]]; then ((status != 0)); else ((status == wanted)); fi || {
        echo "exit status $status, expected $wanted"
        return 1
    }
    for text in "$@"; do
        grep -qF -- "$text" <<<"$out" || {
            echo "missing: $text"
            return 1
        }
    done
}
step "System 1: firewall check (as $USER_NAME, through pkexec) names rule $drop_handle and the command" \
    expect 1 as_user 1 tandem-cli firewall check --peer "$SYSTEM2_ADDRESS" --port 123 -- \
    "rule handle $drop_handle in chain \"inet tandem_bed input\"" \
    "  nft insert rule inet tandem_bed input ip saddr $SYSTEM2_ADDRESS udp dport 123 accept"
step "System 1: firewall check says monitoring (UDP 323) is still open for System 2" \
    as_user 1 tandem-cli firewall check --peer "$SYSTEM2_ADDRESS" --port 323

step "System 2: probe says System 1's chronyd answers monitoring but not NTP, and names the check" \
    expect nonzero as_user 2 tandem-cli probe "$SYSTEM1_ADDRESS" --timeout 1500 -- "command port 323 answered" \
    "On $SYSTEM1_ADDRESS, run: tandem-cli firewall check --peer $SYSTEM2_ADDRESS --port 123"
dropped=$(bed 1 -- nft list table inet tandem_bed | sed -n 's/.*counter packets \([0-9]*\) .*/\1/p')
check "System 1's drop rule counted System 2's NTP requests (${dropped:-none})" test "${dropped:-0}" -gt 0

step "System 1: firewall open (as $USER_NAME, through pkexec)" \
    as_user 1 tandem-cli firewall open --peer "$SYSTEM2_ADDRESS" --port 123
opened_rule() {
    local out
    out=$(bed 1 -- nft -a list chain inet tandem_bed input)
    echo "$out"
    # The helper's rule comes first, then the drop rule, which stays.
    grep -E "^[[:space:]]+ip saddr" <<<"$out" | head -1 |
        grep -qE "ip saddr $SYSTEM2_ADDRESS udp dport 123 accept # handle" &&
        grep -qE "drop # handle $drop_handle$" <<<"$out"
}
check "System 1's chain has the accept rule for System 2 before the drop rule" opened_rule
step "System 1: firewall check now says open" \
    as_user 1 tandem-cli firewall check --peer "$SYSTEM2_ADDRESS" --port 123
step "System 2 selects System 1 again (deadline ${SELECT_DEADLINE} s)" wait_selected
step "System 2: probe gets an NTP answer" as_user 2 tandem-cli probe "$SYSTEM1_ADDRESS"

pair_down
host_ruleset_after=$(nft list ruleset)
check "the host's nft ruleset is as before" test "$host_ruleset_before" = "$host_ruleset_after"

report "PASS"
