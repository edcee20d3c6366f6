#!/usr/bin/env bash
# The SDK consumer test (test/sdk; registered as sdk.consumer).
#
#   consumer-test.sh <superbuild dir> <source dir>
#
# Uses the SDK the way a third party does, from a prefix the build never saw:
#   1. install the superbuild's SDK to a fresh prefix, then move it (no
#      absolute path may survive the move)
#   2. build examples/hello out of tree with CMake and the SDK's toolchain file
#   3. build a copy of examples/hello with its Makefile and koito-cc
#   4. boot both images with koito-run: greeting printed, exit status 0
#   5. compile <a9n/a9n.h> as strict C99 and as C++11
#   6. compile and link a program with the flags pkg-config gives
set -euo pipefail

build=${1:?usage: consumer-test.sh <superbuild dir> <source dir>}
source=${2:?usage: consumer-test.sh <superbuild dir> <source dir>}
greeting="Hello from an SDK app on KOITO!"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/koito-sdk-consumer.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

step()
{
    echo "== sdk.consumer: $*"
}

fail()
{
    echo "sdk.consumer: FAILED: $*" >&2
    exit 1
}

step "1. install the SDK to $tmp/a and move it to $tmp/b"
cmake --install "$build" --prefix "$tmp/a" >/dev/null
mv "$tmp/a" "$tmp/b"
sdk=$tmp/b
for file in bin/koito-cc bin/koito-mkimage bin/koito-run lib/cmake/KoitoSDK/koito-toolchain.cmake \
    lib/cmake/KoitoSDK/KoitoSDKConfig.cmake lib/cmake/KoitoSDK/KoitoSDKConfigVersion.cmake \
    lib/pkgconfig/koito.pc share/koito/sdk.json x86_64-koito/include/a9n/a9n.h \
    x86_64-koito/include/stdio.h x86_64-koito/include/koito/boot.h x86_64-koito/lib/crt0.o \
    x86_64-koito/lib/libc.a x86_64-koito/lib/koito.ld share/koito/boot/a9n-kernel.elf \
    share/koito/boot/koito-init.elf; do
    [[ -f $sdk/$file ]] || fail "the SDK lacks $file"
done
if stale=$(grep -rIl -e "$tmp/a" -e "$build" "$sdk"); then
    fail "absolute paths of the build or install tree in: $stale"
fi
python3 -m json.tool "$sdk/share/koito/sdk.json" >/dev/null || fail "sdk.json is not valid JSON"

step "2. CMake: build examples/hello out of tree"
cmake -S "$source/examples/hello" -B "$tmp/cmake-build" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$sdk/lib/cmake/KoitoSDK/koito-toolchain.cmake" >/dev/null
cmake --build "$tmp/cmake-build"
[[ -f $tmp/cmake-build/hello.elf && -f $tmp/cmake-build/hello.cpio ]] ||
    fail "the CMake build made no hello.elf or hello.cpio"

step "3. Make: build a copy of examples/hello with koito-cc"
mkdir "$tmp/make-hello"
cp "$source/examples/hello/hello.c" "$source/examples/hello/Makefile" "$tmp/make-hello/"
make -C "$tmp/make-hello" KOITO_SDK="$sdk"
[[ -f $tmp/make-hello/hello.cpio ]] || fail "the Make build made no hello.cpio"

step "4. boot both images"
for image in "$tmp/cmake-build/hello.cpio" "$tmp/make-hello/hello.cpio"; do
    "$sdk/bin/koito-run" --timeout 30 --expect "$greeting" "$image" ||
        fail "booting $image (status $?)"
done

step "4b. examples/ping-pong: two programs and a boot configuration, out of tree"
cmake -S "$source/examples/ping-pong" -B "$tmp/ping-pong-build" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$sdk/lib/cmake/KoitoSDK/koito-toolchain.cmake" >/dev/null
cmake --build "$tmp/ping-pong-build"
"$sdk/bin/koito-run" --timeout 30 --expect "ping: 10 rounds with pong, every answer right" \
    "$tmp/ping-pong-build/ping-pong.cpio" || fail "booting ping-pong.cpio (status $?)"

step "5. <a9n/a9n.h> as C99 and as C++11"
cat >"$tmp/api.c" <<'SOURCE'
#include <a9n/a9n.h>
int main(void) { return (int)sizeof(struct a9n_boot_info) + A9N_OK; }
SOURCE
cp "$tmp/api.c" "$tmp/api.cc"
"$sdk/bin/koito-cc" -std=c99 -pedantic -Wall -Wextra -Werror -c "$tmp/api.c" -o "$tmp/api.o"
clang++ --target=x86_64-unknown-none-elf -std=c++11 -pedantic -Wall -Wextra -Werror \
    -ffreestanding -nostdlibinc -isystem "$sdk/x86_64-koito/include" -fsyntax-only "$tmp/api.cc"

step "6. pkg-config"
export PKG_CONFIG_PATH=$sdk/lib/pkgconfig
flags=$(pkg-config --cflags --libs koito)
echo "pkg-config --cflags --libs koito: $flags"
cc=$(pkg-config --variable=cc koito)
cat >"$tmp/pc.c" <<'SOURCE'
#include <a9n/a9n.h>
#include <stdio.h>
int main(void) { return puts("pkg-config") < 0; }
SOURCE
# shellcheck disable=SC2086 # pkg-config output is a list of flags
"$cc" $flags -Wall -Werror "$tmp/pc.c" -o "$tmp/pc.elf"
[[ -f $tmp/pc.elf ]] || fail "nothing linked with the pkg-config flags"

echo "sdk.consumer: all steps passed"
