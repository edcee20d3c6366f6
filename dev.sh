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

required_packages=(
    clang lld libclang-rt-14-dev cmake ninja-build pkg-config
    qemu-system-x86 ovmf mtools cpio
    nodejs npm
)

ensure_packages() {
    local missing=()
    for package in "${required_packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
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
    ctest --preset default
    cmake --build build --target docs
    ;;
*)
    echo "usage: $0 demo|test" >&2
    exit 2
    ;;
esac
