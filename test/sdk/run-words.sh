#!/usr/bin/env bash
# Boots examples/words (test/sdk; registered as sdk.example-words).
#
#   run-words.sh <koito-run> <words.cpio>
#
# Passes when the client read all three words of share/words.txt from the
# initrd (served by the SDK's POSIX server, the FILE's buffer from malloc on
# the client's ULMM session) and the reverse server answered each. Any other
# outcome fails.
set -euo pipefail

run=${1:?usage: run-words.sh <koito-run> <words.cpio>}
image=${2:?usage: run-words.sh <koito-run> <words.cpio>}
log=$(mktemp "${TMPDIR:-/tmp}/koito-words.XXXXXX.log")
trap 'rm -f "$log"' EXIT

status=0
"$run" --timeout 30 --log "$log" \
    --expect "client: capability -> ytilibapac" \
    --expect "client: microkernel -> lenrekorcim" \
    --expect "client: koito -> otiok" \
    --expect "client: 3 words from share/words.txt reversed by the server" \
    "$image" || status=$?
if ((status == 0)); then
    echo "sdk.example-words: passed"
    exit 0
fi
echo "sdk.example-words: FAILED (koito-run status $status)" >&2
exit 1
