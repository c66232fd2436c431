#!/bin/sh
# Regenerates NAME.json from NAME.nft: `nft -j list ruleset` of a network namespace that holds only
# that ruleset (never the host's). Needs root. tst_NftLive loads the same .nft files the same way.
set -eu
cd "$(dirname "$0")"
for source in *.nft; do
    unshare --net sh -c "nft -f '$source' && nft -j list ruleset" | python3 -m json.tool --indent 1 >"${source%.nft}.json"
done
