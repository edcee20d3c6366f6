#!/usr/bin/env bash
# The examples from a freshly installed SDK (test/sdk; registered as
# sdk.examples-fresh).
#
#   fresh-examples.sh <superbuild dir> <source dir>
#
# Installs the superbuild's SDK to a new prefix, then builds each example of
# examples/ out of tree with nothing but that prefix (its toolchain file and
# find_package(KoitoSDK)), as a newcomer following the getting-started
# chapter would, and boots its image, checking the line that says it worked.
# The sdk.example-<name> tests check each example's output in detail, on the
# images the superbuild's examples part built.
set -euo pipefail

build=${1:?usage: fresh-examples.sh <superbuild dir> <source dir>}
source=${2:?usage: fresh-examples.sh <superbuild dir> <source dir>}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/koito-fresh-examples.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

fail()
{
    echo "sdk.examples-fresh: FAILED: $*" >&2
    exit 1
}

cmake --install "$build" --prefix "$tmp/sdk" >/dev/null
sdk=$tmp/sdk

# example IMAGE LINE: build examples/<example>, boot IMAGE, expect LINE.
example()
{
    local name=$1 image=$2 line=$3
    echo "== sdk.examples-fresh: $name"
    cmake -S "$source/examples/$name" -B "$tmp/$name" -G Ninja \
        -DCMAKE_TOOLCHAIN_FILE="$sdk/lib/cmake/KoitoSDK/koito-toolchain.cmake" >/dev/null ||
        fail "configuring examples/$name"
    cmake --build "$tmp/$name" >/dev/null || fail "building examples/$name"
    "$sdk/bin/koito-run" --timeout 60 --reject-match "FAILED" --expect "$line" \
        "$tmp/$name/$image" || fail "booting examples/$name's $image (status $?)"
}

example hello hello.cpio "Hello from an SDK app on KOITO!"
example ping-pong ping-pong.cpio "ping: 10 rounds with pong, every answer right"
example words words.cpio "client: 3 words from share/words.txt reversed by the server"
example threads threads.cpio "sum 1501500: as expected"
example shared-memory shared-memory.cpio "sharing with least rights works"
example delegation delegation.cpio "every other attempt was refused"
example driver driver.cpio "every port outside 0x40..0x43 was refused"
example posix-files posix-files.cpio "pipes, posix_spawn and waitpid all work"
echo "sdk.examples-fresh: passed"
