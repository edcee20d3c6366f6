#!/usr/bin/env bash
# The ports' run in the guest (test/ports; registered as ports.run, after
# ports.build, which leaves the SDK and the built ports in the build tree).
#
#   run-test.sh <SDK prefix> <ports work dir> <source dir> <Autotools ports work dir>
#
# Boots each port's sample workload in the whole system (KOITO init, ULMM,
# which gives malloc its pages, the SDK's POSIX server, which serves the
# initrd's files, the program as the init program, its data files in the
# initrd) and checks what it prints:
#   lua-expression  lua -e: arithmetic, string.format, string.rep
#   lua-script      lua share/workload.lua: closures, sort, patterns, coroutines
#   zlib-roundtrip  zlib's API (libz.a) on 64 KiB in memory at three levels;
#                   CRC-32 and Adler-32 compared with the host's zlib
#   sqlite3-memory  sqlite3 :memory: with SQL on its command line
#   cmark-file      cmark share/sample.md: Markdown to HTML
#   hello-greeting  GNU hello (the Autotools port): its greeting, and with -g
# A workload whose port was not built (ports.build, ports.autotools skipped
# it for a gap of the SDK, and said why) is counted as blocked; when no
# workload failed but some are blocked, the test reports itself skipped and
# names them. Every workload that runs must print what it should and end
# with status 0, or the test fails.
set -euo pipefail

usage="usage: run-test.sh <SDK prefix> <ports work dir> <source dir> <Autotools ports work dir>"
sdk=${1:?$usage}
work=${2:?$usage}
source=${3:?$usage}
autotools_work=${4:?$usage}
workloads=$source/test/ports/workloads
tmp=$(mktemp -d "${TMPDIR:-/tmp}/koito-ports-run.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
[ -x "$sdk/bin/koito-run" ] || { echo "ports.run: no SDK at $sdk (run ports.build first)" >&2; exit 1; }

passed=()
blocked=()
failed=()

# run_workload NAME PROGRAM ARGS FILES EXPECT...: boots PROGRAM (a file) as
# bin/NAME-of-PROGRAM with the argument line ARGS (configuration syntax:
# "..." keeps blanks) and FILES (space-separated PATH=FILE for the initrd),
# then checks that every EXPECT appears on the console and the status is 0.
run_workload()
{
    local name=$1 program=$2 args=$3 files=$4
    shift 4
    local binary
    binary=$(basename "$program")
    if [ ! -f "$program" ]; then
        # The build test then skipped or failed, and said why.
        echo "ports.run: $name: blocked: $program was not built (see ports.build, ports.autotools)"
        blocked+=("$name")
        return
    fi
    local dir=$tmp/$name
    mkdir -p "$dir"
    printf '[ulmm]\npath = bin/ulmm\nrole = memory\n\n[koito-posix]\npath = bin/koito-posix\nrole = posix\ngrant = port:posix\nmemory = 4096\n\n[%s]\npath = bin/%s\nargs = %s %s\nrole = init\nmemory = 8192\nquota = 65536\n' \
        "$binary" "$binary" "$binary" "$args" >"$dir/koito.conf"
    local pack=(--config "$dir/koito.conf" --add "bin/$binary=$program"
        --add "bin/koito-posix=$sdk/share/koito/system/bin/koito-posix.elf")
    local entry
    for entry in $files; do
        pack+=(--add "$entry")
    done
    "$sdk/bin/koito-mkimage" "${pack[@]}" -o "$dir/image.cpio"
    local expects=() text
    for text; do
        expects+=(--expect "$text")
    done
    local status=0
    "$sdk/bin/koito-run" --timeout 60 --log "$dir/log" "${expects[@]}" "$dir/image.cpio" \
        >"$dir/run.out" 2>&1 || status=$?
    if [ $status -eq 0 ]; then
        echo "ports.run: $name: passed"
        passed+=("$name")
        return
    fi
    echo "ports.run: $name: FAILED (koito-run status $status); the console said:" >&2
    tail -n 20 "$dir/log" >&2
    failed+=("$name")
}

zlib_source=$(find "$work/zlib/source" -mindepth 1 -maxdepth 1 -type d | head -n 1)
cc=$sdk/bin/koito-cc
mkdir -p "$tmp/programs"
"$cc" -O2 -Wall -Werror -I"$work/zlib/build" -I"$zlib_source" "$workloads/zlib-roundtrip.c" \
    "$work/zlib/build/libz.a" -o "$tmp/programs/zlib-roundtrip" ||
    { echo "ports.run: the zlib workload does not build against libz.a" >&2; exit 1; }
zlib_sums=$(python3 - <<'PYTHON'
import zlib
data = bytearray()
line = 0
while len(data) < 65536:
    data += f"line {line}: the quick brown fox {line * 7919 % 1000}\n".encode()
    line += 1
data = bytes(data[:65536])
print(f"crc32 {zlib.crc32(data):08x} adler32 {zlib.adler32(data):08x}")
PYTHON
)

run_workload lua-expression "$work/lua/build/src/lua" \
    '-e print(string.format([[lua%d%s]],6*7,([[ab]]):rep(3)))' "" "lua42ababab"
run_workload lua-script "$work/lua/build/src/lua" "share/workload.lua" \
    "share/workload.lua=$workloads/workload.lua" "lua workload: ok, fib(50) = 12586269025, Lua 5.4"
run_workload zlib-roundtrip "$tmp/programs/zlib-roundtrip" "" "" "$zlib_sums" \
    "zlib-roundtrip: all levels round-trip"
run_workload sqlite3-memory "$work/sqlite3/build/sqlite3" \
    ':memory: "create table t(x integer); insert into t values (1), (2), (3); select sum(x), group_concat(x) from t;"' \
    "" "6|1,2,3"
run_workload cmark-file "$work/cmark/build/src/cmark.elf" "share/sample.md" \
    "share/sample.md=$workloads/sample.md" "<h1>KOITO ports</h1>" "<li>two</li>"
run_workload hello-greeting "$autotools_work/hello/build/hello" "" "" "Hello, world!"
run_workload hello-option "$autotools_work/hello/build/hello" '-g "Hello from an Autotools port"' "" \
    "Hello from an Autotools port"

echo "ports.run: ${#passed[@]} passed, ${#blocked[@]} blocked, ${#failed[@]} failed"
if [ ${#failed[@]} -gt 0 ]; then
    echo "ports.run: FAILED: ${failed[*]}" >&2
    exit 1
fi
if [ ${#blocked[@]} -gt 0 ]; then
    echo "ports.run skipped: ${blocked[*]} not built (see ports.build, ports.autotools)"
fi
