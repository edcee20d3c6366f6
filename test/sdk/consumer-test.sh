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
#   7. the version: pkg-config's, sdk.json's and the CMake package's are one,
#      begin with the kernel ABI's (A9N_API_VERSION_*), and find_package()
#      with a version accepts the same ABI and refuses another
#   8. examples/words: two programs, the POSIX server, a data file and a boot configuration of
#      its own, packed by koito_add_system(... FILES) (booted by
#      sdk.example-words); koito_add_app(... PROGRAMS FILES), its INIT and
#      SHELL forms and the INIT form of koito_add_system pack what they are
#      given; the SHELL image boots into koito-sh, which runs the app from
#      /bin (typed in its start-up file)
#   9. the triplet x86_64-koito-elf: its tools compile, archive and link a
#      Make project that names only ${host}-cc, ${host}-ar, ${host}-pkg-config
#  10. the manual is installed in share/doc/koito when the build made it
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
for file in bin/koito-cc bin/koito-mkimage bin/koito-run bin/koito-binutils bin/koito-pkg-config \
    bin/x86_64-koito-elf-cc bin/x86_64-koito-elf-gcc bin/x86_64-koito-elf-ar \
    bin/x86_64-koito-elf-ranlib bin/x86_64-koito-elf-pkg-config lib/cmake/KoitoSDK/koito-toolchain.cmake \
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

step "7. one version, derived from the ABI"
version=$(pkg-config --modversion koito)
[[ $version =~ ^([0-9]+)\.([0-9]+)\.([0-9]+)$ ]] || fail "koito.pc's version '$version' is not X.Y.Z"
major=${BASH_REMATCH[1]}
minor=${BASH_REMATCH[2]}
revision=${BASH_REMATCH[3]}
json_version=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["version"])' \
    "$sdk/share/koito/sdk.json")
[[ $json_version == "$version" ]] || fail "sdk.json says $json_version, koito.pc $version"
[[ $(pkg-config --variable=abi_version koito) == "$major.$minor" ]] ||
    fail "koito.pc's abi_version is not $major.$minor"
cat >"$tmp/abi.c" <<SOURCE
#include <a9n/a9n.h>
_Static_assert(A9N_API_VERSION_MAJOR == $major && A9N_API_VERSION_MINOR == $minor,
               "the SDK's version does not begin with the kernel ABI's");
SOURCE
"$sdk/bin/koito-cc" -c "$tmp/abi.c" -o "$tmp/abi.o" || fail "A9N_API_VERSION_* is not $major.$minor"
# find_version_project REQUEST: configure a project that asks for REQUEST.
find_version_project()
{
    local dir=$tmp/version-$1
    mkdir -p "$dir"
    printf 'cmake_minimum_required(VERSION 3.25)\nproject(v C)\nfind_package(KoitoSDK %s REQUIRED)\n%s\n' \
        "$1" 'message(STATUS "found KoitoSDK ${KoitoSDK_VERSION}, ABI ${KOITO_ABI_VERSION}")' \
        >"$dir/CMakeLists.txt"
    cmake -S "$dir" -B "$dir/build" -G Ninja \
        -DCMAKE_TOOLCHAIN_FILE="$sdk/lib/cmake/KoitoSDK/koito-toolchain.cmake" >"$dir/log" 2>&1
}
for request in "$major.$minor" "$version" "$major.$minor.0"; do
    find_version_project "$request" || { cat "$tmp/version-$request/log"; fail "find_package(KoitoSDK $request) refused SDK $version"; }
    grep -q "found KoitoSDK $version, ABI $major.$minor" "$tmp/version-$request/log" ||
        fail "find_package(KoitoSDK $request) did not report version $version"
done
for request in "$major.$((minor + 1))" "$((major + 1)).0" "$major.$minor.$((revision + 1))"; do
    if find_version_project "$request"; then
        fail "find_package(KoitoSDK $request) accepted SDK $version"
    fi
    grep -q "$version" "$tmp/version-$request/log" ||
        fail "find_package(KoitoSDK $request) failed without naming the SDK's version $version"
done
if ((minor > 0)) && find_version_project "$major.$((minor - 1))"; then
    fail "find_package(KoitoSDK $major.$((minor - 1))) accepted SDK $version (another ABI)"
fi

step "8. examples/words: two programs, the POSIX server, a data file, a configuration of its own"
cmake -S "$source/examples/words" -B "$tmp/words-build" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$sdk/lib/cmake/KoitoSDK/koito-toolchain.cmake" >/dev/null
cmake --build "$tmp/words-build"
# members IMAGE: the initrd's member names, sorted.
members()
{
    cpio -it --quiet <"$1" | LC_ALL=C sort | tr '\n' ' '
}
[[ $(members "$tmp/words-build/words.cpio") == "bin bin/client bin/koito-posix bin/reverse bin/ulmm etc etc/koito.conf init share share/words.txt " ]] ||
    fail "words.cpio holds: $(members "$tmp/words-build/words.cpio")"
# Programs are executable in the image (koito-cc leaves them without execute
# bits on the host); data files are not.
modes=$(cpio -itv --quiet <"$tmp/words-build/words.cpio" 2>/dev/null |
    awk '$NF == "bin/client" || $NF == "bin/reverse" || $NF == "share/words.txt" { print $1, $NF }' | LC_ALL=C sort | tr '\n' ' ')
[[ $modes == "-rw-r--r-- share/words.txt -rwxr-xr-x bin/client -rwxr-xr-x bin/reverse " ]] ||
    fail "words.cpio's modes: $modes"
(cd "$tmp" && cpio -i --quiet --to-stdout share/words.txt <"$tmp/words-build/words.cpio") |
    cmp - "$source/examples/words/words.txt" || fail "share/words.txt in words.cpio differs"
# The other two forms, in a project of their own: an app with a peer and a
# file, and a system whose configuration is generated with INIT.
mkdir -p "$tmp/forms"
cp "$source/examples/words/"{client.c,reverse.c,words.txt} "$tmp/forms/"
cat >"$tmp/forms/CMakeLists.txt" <<'PROJECT'
cmake_minimum_required(VERSION 3.25)
project(forms C)
find_package(KoitoSDK REQUIRED)
koito_add_program(reverse SOURCES reverse.c)
koito_add_app(client SOURCES client.c ARGS "share/words.txt" PROGRAMS reverse
    FILES share/words.txt=words.txt etc/motd=words.txt)
koito_add_system(generated INIT client ARGS "share/words.txt" PROGRAMS reverse
    FILES share/words.txt=words.txt)
koito_add_app(beside SOURCES hello.c INIT reverse ARGS "quietly")
koito_add_app(hello SOURCES hello.c SHELL PROGRAMS reverse FILES etc/koito-sh.rc=hello.rc)
PROJECT
cp "$source/examples/hello/hello.c" "$tmp/forms/"
# The shell's start-up file: run the app from /bin, then end the system with its status.
printf 'hello\nexit $?\n' >"$tmp/forms/hello.rc"
cmake -S "$tmp/forms" -B "$tmp/forms/build" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$sdk/lib/cmake/KoitoSDK/koito-toolchain.cmake" >/dev/null
cmake --build "$tmp/forms/build"
[[ $(members "$tmp/forms/build/client.cpio") == "bin bin/client bin/koito-console bin/reverse bin/ulmm etc etc/koito.conf etc/motd init share share/words.txt " ]] ||
    fail "client.cpio holds: $(members "$tmp/forms/build/client.cpio")"
[[ $(members "$tmp/forms/build/generated.cpio") == "bin bin/client bin/koito-console bin/reverse bin/ulmm etc etc/koito.conf init share share/words.txt " ]] ||
    fail "generated.cpio holds: $(members "$tmp/forms/build/generated.cpio")"
config=$(cd "$tmp" && cpio -i --quiet --to-stdout etc/koito.conf <"$tmp/forms/build/generated.cpio")
expected_config='[koito-console]
path = bin/koito-console
role = console
priority = 200
grant = serial
grant = serial-interrupt
[client]
path = bin/client
args = client share/words.txt
role = init

[ulmm]
path = bin/ulmm
role = memory
memory = 4096

[reverse]
path = bin/reverse'
[[ $(grep -v '^#' <<<"$config") == "$expected_config" ]] || fail "the generated configuration is: $config"
# INIT: the init program is the one named, with ARGS; the app starts beside it.
config=$(cd "$tmp" && cpio -i --quiet --to-stdout etc/koito.conf <"$tmp/forms/build/beside.cpio")
[[ $config == *$'[reverse]\npath = bin/reverse\nargs = reverse quietly\nrole = init\n'* &&
    $config == *$'[beside]\npath = bin/beside' ]] || fail "beside.cpio's configuration is: $config"
# SHELL: the SDK's default system (koito-sh its init program), the app and
# its peer in /bin, the start-up file.
shell_members=$(members "$tmp/forms/build/hello.cpio")
for member in bin/hello bin/reverse bin/koito-sh bin/koito-posix bin/ulmm etc/koito.conf \
    etc/koito-sh.rc; do
    [[ " $shell_members" == *" $member "* ]] || fail "hello.cpio (SHELL) lacks $member: $shell_members"
done
config=$(cd "$tmp" && cpio -i --quiet --to-stdout etc/koito.conf <"$tmp/forms/build/hello.cpio")
cmp <(echo "$config") "$sdk/share/koito/system/etc/koito.conf" ||
    fail "hello.cpio (SHELL) has not the default system's configuration"
"$sdk/bin/koito-run" --timeout 60 --expect "$greeting" "$tmp/forms/build/hello.cpio" ||
    fail "booting hello.cpio (SHELL) (status $?)"

step "9. the triplet x86_64-koito-elf: a Make project that names only the triplet's tools"
mkdir "$tmp/triplet"
cat >"$tmp/triplet/greet.c" <<'SOURCE'
#include <stdio.h>
const char *greeting(void) { return "greetings from a static library"; }
SOURCE
cat >"$tmp/triplet/main.c" <<'SOURCE'
#include <stdio.h>
const char *greeting(void);
int main(void) { return puts(greeting()) < 0; }
SOURCE
cat >"$tmp/triplet/Makefile" <<'MAKEFILE'
HOST = x86_64-koito-elf
CC = $(HOST)-cc
AR = $(HOST)-ar
RANLIB = $(HOST)-ranlib
PKG_CONFIG = $(HOST)-pkg-config
CFLAGS = -O2 -Wall -Werror $(shell $(PKG_CONFIG) --cflags koito)
main.elf: main.o libgreet.a
	$(CC) main.o -L. -lgreet $(shell $(PKG_CONFIG) --libs koito) -o $@
libgreet.a: greet.o
	$(AR) rc $@ greet.o
	$(RANLIB) $@
MAKEFILE
PATH="$sdk/bin:$PATH" make -C "$tmp/triplet" >/dev/null || fail "the triplet's tools failed"
[[ $(head -c 4 "$tmp/triplet/main.elf" | od -An -c | tr -d ' ') == "177ELF" ]] || fail "no ELF from the triplet's tools"
PATH="$sdk/bin:$PATH" x86_64-koito-elf-nm "$tmp/triplet/libgreet.a" | grep -q " T greeting" ||
    fail "x86_64-koito-elf-nm does not show greeting in libgreet.a"
[[ $(PATH="$sdk/bin:$PATH" PKG_CONFIG_PATH=/usr/lib/x86_64-linux-gnu/pkgconfig \
    x86_64-koito-elf-pkg-config --list-all | cut -d' ' -f1 | LC_ALL=C sort | tr '\n' ' ') == "koito " ]] ||
    fail "x86_64-koito-elf-pkg-config sees packages besides the SDK's"
"$sdk/bin/koito-run" --timeout 30 --expect "greetings from a static library" "$tmp/triplet/main.elf" ||
    fail "booting the triplet-built program (status $?)"

step "10. the manual"
if [[ -f $build/docs/koito-manual.pdf ]]; then
    cmp "$build/docs/koito-manual.pdf" "$sdk/share/doc/koito/koito-manual.pdf" ||
        fail "the SDK lacks the manual the build made (share/doc/koito/koito-manual.pdf)"
    echo "the manual is installed: share/doc/koito/koito-manual.pdf"
else
    [[ ! -e $sdk/share/doc/koito ]] || fail "share/doc/koito exists, but the build made no manual"
    echo "the build made no manual (cmake --build <build> --target docs): none installed, as expected"
fi

echo "sdk.consumer: all steps passed"
