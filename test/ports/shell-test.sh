#!/usr/bin/env bash
# The ported programs at koito-sh's prompt (test/ports; registered as
# ports.shell, after ports.build and ports.autotools).
#
#   shell-test.sh <SDK prefix> <ports cache> <source dir> <work dir>...
#
# examples/ports/demo-programs (--reuse-only: nothing is built here) lists
# the ported programs the build tests left in the work dirs; the SDK's default
# system gets them in /bin, as `./dev.sh demo` does, and run-session.py
# types shell-session.txt at its prompt and checks every answer. When a port
# was not built (its build test was skipped and said why), the test reports
# itself skipped and names it.
set -euo pipefail

usage="usage: shell-test.sh <SDK prefix> <ports cache> <source dir> <work dir>..."
sdk=${1:?$usage}
cache=${2:?$usage}
source=${3:?$usage}
shift 3
[ $# -gt 0 ] || { echo "$usage" >&2; exit 2; }
[ -x "$sdk/bin/koito-run" ] || { echo "ports.shell: no SDK at $sdk (run ports.build first)" >&2; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/koito-ports-shell.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

works=()
for work; do
    works+=(--work "$work")
done
"$source/examples/ports/demo-programs" --sdk "$sdk" --cache "$cache" "${works[@]}" \
    --adds "$tmp/adds" --reuse-only | tee "$tmp/programs.log"
if grep -q "left out" "$tmp/programs.log"; then
    echo "ports.shell skipped: $(grep -o '[a-z0-9]* left out' "$tmp/programs.log" | tr '\n' ' ')"
    exit 0
fi
exec "$source/test/session/run-session.py" --mkimage "$sdk/bin/koito-mkimage" \
    --run "$sdk/bin/koito-run" --status 0 --timeout 300 --adds "$tmp/adds" \
    "$source/test/ports/shell-session.txt"
