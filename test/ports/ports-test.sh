#!/usr/bin/env bash
# The ports test (test/ports; registered as ports.build, label "ports").
#
#   ports-test.sh <superbuild dir> <source dir> <cache dir> <output dir>
#
# Builds every port in examples/ports the way a third party would:
#   1. install the superbuild's SDK to a fresh prefix, <output dir>/sdk
#   2. for each port: fetch its pinned Debian source package (cached in
#      <cache dir>, so reruns in the same build tree fetch nothing), unpack
#      the pristine upstream tarball, build it with koito-cc or the SDK's
#      CMake toolchain file, and check that every program and library the
#      recipe names was made (programs: ELF files)
#   3. every port must build. While the SDK's linker script still refuses
#      thread-local storage (libc's malloc keeps a per-thread cache; the TLS
#      runtime comes with the process model), a port whose only errors are
#      that refusal is counted as blocked, not failed, and the test reports
#      itself skipped; any other error fails it.
# The SDK and the built ports stay in <output dir> (sdk/ and work/<port>/)
# for ports.run, which boots them in the guest.
# Needs the network on the first run (Debian's archive, through apt-get with
# private state; the system's apt configuration is only read).
set -euo pipefail

usage="usage: ports-test.sh <superbuild dir> <source dir> <cache dir> <output dir>"
build=${1:?$usage}
source=${2:?$usage}
cache=${3:?$usage}
out=${4:?$usage}
rm -rf "$out"
mkdir -p "$out"

echo "== ports: 1. install the SDK to $out/sdk"
cmake --install "$build" --prefix "$out/sdk" >/dev/null

ports=()
for recipe in "$source"/examples/ports/*/recipe.sh; do
    ports+=("$(basename "$(dirname "$recipe")")")
done
[ ${#ports[@]} -gt 0 ] || { echo "ports: no recipes found" >&2; exit 1; }

tls_refusal="KOITO user programs cannot use thread-local storage yet"
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
    if [ -f "$log" ] && grep -q "$tls_refusal" "$log" &&
        ! grep "error:" "$log" | grep -qv "$tls_refusal"; then
        blocked+=("$port")
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
    echo "ports.build skipped: ${blocked[*]} compiled but cannot link until the SDK links thread-local storage"
    exit 0
fi
echo "ports: all ${#ports[@]} ports built"
