#!/usr/bin/env bash
# KOITO on A9N: the developer's front door.
#
#   ./dev.sh demo   build everything, then boot the demo system through OVMF
#                   in QEMU with its console on this terminal
#   ./dev.sh test   build everything, then run every test and build the manual
#
# Both first make sure the Debian packages the build needs are installed:
# as root they are installed with apt-get; otherwise the script stops and
# names them.
set -euo pipefail
cd "$(dirname "$0")"

# What the build needs, as "program-or-file package": a program is looked up
# on PATH, a path (or glob) must exist; the Debian package provides it.
requirements=(
    "clang clang"
    "ld.lld lld"
    "lld-link lld"
    "/usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.asan-x86_64.a libclang-rt-14-dev"
    "cmake cmake"
    "ninja ninja-build"
    "make make"
    "pkg-config pkg-config"
    "python3 python3"
    "clang-tidy clang-tidy"
    "clang-format-14 clang-format-14"
    "cppcheck cppcheck"
    "qemu-system-x86_64 qemu-system-x86"
    "/usr/share/OVMF/OVMF_CODE_4M.fd ovmf"
    "mformat mtools"
    "cpio cpio"
    "llvm-objcopy-14 llvm-14"
    "node nodejs"
    "npm npm"
    # the ports test (examples/ports): Debian's sources and the tools their builds use
    "apt-get apt"
    "patch patch"
    "bzip2 bzip2"
    "xz xz-utils"
    "tclsh tcl"
)

ensure_packages() {
    local missing=()
    for requirement in "${requirements[@]}"; do
        local need=${requirement% *} package=${requirement#* }
        if [[ $need == /* ]]; then
            compgen -G "$need" >/dev/null && continue
        elif command -v "$need" >/dev/null; then
            continue
        fi
        [[ " ${missing[*]} " == *" $package "* ]] || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
        echo "dev.sh: missing Debian packages: ${missing[*]}" >&2
        echo "dev.sh: install them with: sudo apt-get install ${missing[*]}" >&2
        exit 1
    fi
    echo "dev.sh: installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

build() {
    cmake --preset default
    cmake --build --preset default
}

case "${1:-}" in
demo)
    ensure_packages
    build
    cmake --build build --target demo
    ;;
test)
    ensure_packages
    build
    # The manual first: the SDK installs it, and the SDK consumer test checks it there.
    cmake --build build --target docs
    ctest --preset default
    ;;
*)
    echo "usage: $0 demo|test" >&2
    exit 2
    ;;
esac
