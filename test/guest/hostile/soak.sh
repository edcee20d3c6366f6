#!/usr/bin/env bash
# Soak run of the hostile suite (tests, by hand): boot the suite again and
# again with new seeds, for hours, and stop at the first run that fails,
# naming its seed. Each boot makes RUNS runs of 4,000 random kernel calls
# with random CPU state (test/guest/hostile/main.c reads hostile_seed= and
# hostile_runs= from the boot command line).
#
#   soak.sh [--hours H] [--runs N] [--seed S] [--build DIR]
#
# Defaults: 8 hours, 2,500 runs a boot (10^7 calls), a seed from the clock,
# build/ as the build directory. Takes the shared QEMU lock for each boot,
# so other QEMU users get their turn between boots. The log of a failing
# boot is kept; its seed reruns it exactly:
#   soak.sh --hours 0 --seed <seed>   (one boot)
set -euo pipefail

hours=8
runs=2500
seed=$(date +%s)
build=build
while [[ $# -gt 0 ]]; do
    case $1 in
    --hours) hours=${2:?}; shift 2 ;;
    --runs) runs=${2:?}; shift 2 ;;
    --seed) seed=${2:?}; shift 2 ;;
    --build) build=${2:?}; shift 2 ;;
    *) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
    esac
done

run=$build/sdk/bin/koito-run
image=$build/parts/guest-tests/hostile-suite.cpio
[[ -x $run && -f $image ]] || { echo "soak.sh: build first ($run, $image)" >&2; exit 2; }

end=$(($(date +%s) + hours * 3600))
boots=0
while :; do
    log=$(mktemp /tmp/hostile-soak.XXXXXX.log)
    # Each boot is bounded: ~5 s per 10^6 calls under TCG, with a wide margin.
    timeout_s=$((60 + runs / 10))
    if ! flock /tmp/koito-qemu.lock "$run" --timeout "$timeout_s" \
        --cmdline "debug_exit hostile_seed=$seed hostile_runs=$runs" \
        --expect " 0 failed" --log "$log" "$image" >/dev/null 2>&1; then
        echo "soak.sh: FAILED with seed $seed after $boots good boots; log kept at $log" >&2
        exit 1
    fi
    rm -f "$log"
    boots=$((boots + 1))
    echo "soak.sh: boot $boots, seed $seed: $((runs * 4000)) calls, kernel intact"
    seed=$((seed + 1))
    (($(date +%s) < end)) || break
done
echo "soak.sh: $boots boots, $((boots * runs * 4000)) calls, no failure"
