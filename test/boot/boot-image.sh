#!/usr/bin/env bash
# Boot test driver (tests, OVMF boots of the UEFI loader): pack a FAT disk
# image with the SDK's koito-mkimage, then boot it with koito-run; the test
# passes when koito-run succeeds. A test runs one command, hence this script.
#
#   boot-image.sh KOITO_MKIMAGE KOITO_RUN IMAGE [mkimage option]... -- [koito-run option]...
set -euo pipefail

mkimage=$1
run=$2
image=$3
shift 3

mkimage_options=()
while [[ $# -gt 0 && $1 != -- ]]; do
    mkimage_options+=("$1")
    shift
done
if [[ $# -eq 0 ]]; then
    echo "boot-image.sh: missing '--' between the koito-mkimage and koito-run options" >&2
    exit 2
fi
shift

# A stale image from an earlier run must never be booted by mistake.
rm -f "$image"
"$mkimage" "${mkimage_options[@]}" -o "$image"
exec "$run" "$@" "$image"
