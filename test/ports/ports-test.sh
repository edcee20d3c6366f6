#!/usr/bin/env bash
# The ports test (test/ports; registered as ports.build, label "ports").
#
#   ports-test.sh <superbuild dir> <source dir> <cache dir> <output dir> [PORT...]
#
# Builds every port in examples/ports the way a third party would:
#   1. install the superbuild's SDK to a fresh prefix, <output dir>/sdk
#   2. for each port: fetch its pinned Debian source package (cached in
#      <cache dir>, so reruns in the same build tree fetch nothing), unpack
#      the pristine upstream tarball, build it with koito-cc or the SDK's
#      CMake toolchain file, and check that every program and library the
#      recipe names was made (programs: ELF files)
#   3. every port (the PORTs given, else all) must build. A port whose only
#      errors are gaps of the SDK named below is counted as blocked, not
#      failed, and the test reports itself skipped, naming the gap; any other
#      error fails it. The gaps: a linker script that refuses thread-local
#      storage (as before the process model), and KOITO-libc's missing
#      wide-character stdio (wprintf, which GNU hello calls).
# The SDK and the built ports stay in <output dir> (sdk/ and work/<port>/)
# for ports.run, which boots them in the guest.
# Needs the network on the first run (Debian's archive, through apt-get with
# private state; the system's apt configuration is only read).
set -euo pipefail

usage="usage: ports-test.sh <superbuild dir> <source dir> <cache dir> <output dir> [PORT...]"
build=${1:?$usage}
source=${2:?$usage}
cache=${3:?$usage}
out=${4:?$usage}
rm -rf "$out"
mkdir -p "$out"

echo "== ports: 1. install the SDK to $out/sdk"
cmake --install "$build" --prefix "$out/sdk" >/dev/null

shift 4
ports=("$@")
if [ ${#ports[@]} -eq 0 ]; then
    for recipe in "$source"/examples/ports/*/recipe.sh; do
        ports+=("$(basename "$(dirname "$recipe")")")
    done
fi
[ ${#ports[@]} -gt 0 ] || { echo "ports: no recipes found" >&2; exit 1; }

# Each gap: the error text that shows it, and what it is.
gap_errors=(
    "KOITO user programs cannot use thread-local storage yet"
    "undefined symbol: wprintf"
)
gap_reasons=(
    "the SDK does not link thread-local storage"
    "KOITO-libc has no wide-character stdio (wprintf)"
)

# gap_of LOG: print the reasons of the gaps LOG shows, if its errors are all gaps.
gap_of()
{
    local errors others i
    errors=$(grep "error:" "$1") || return 1
    others=$errors
    for i in "${!gap_errors[@]}"; do
        others=$(grep -vF "${gap_errors[$i]}" <<<"$others" || true)
    done
    [ -z "$others" ] || return 1
    for i in "${!gap_errors[@]}"; do
        if grep -qF "${gap_errors[$i]}" <<<"$errors"; then
            echo "${gap_reasons[$i]}"
        fi
    done
}

echo "== ports: 2. build ${ports[*]}"
failed=()
blocked=()
for port in "${ports[@]}"; do
    start=$SECONDS
    if "$source/examples/ports/build-port" --sdk "$out/sdk" --cache "$cache" --work "$out/work" \
        "$port"; then
        echo "ports: $port built in $((SECONDS - start)) s"
        continue
    fi
    log=$out/work/$port/build.log
    if [ -f "$log" ] && reason=$(gap_of "$log"); then
        blocked+=("$port ($(tr '\n' ';' <<<"$reason" | sed 's/;$//; s/;/; /g'))")
    else
        failed+=("$port")
    fi
done

echo "== ports: 3. results"
if [ ${#failed[@]} -gt 0 ]; then
    echo "ports: FAILED: ${failed[*]}" >&2
    exit 1
fi
if [ ${#blocked[@]} -gt 0 ]; then
    echo "ports skipped: compiled but cannot link for a gap of the SDK: ${blocked[*]}"
    exit 0
fi
echo "ports: all ${#ports[@]} ports built"
