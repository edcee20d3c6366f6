#!/bin/sh
# rename_symbols.sh IN OUT NM OBJCOPY: give every global symbol that IN
# defines, except the internal __koito_* ones, the prefix koito_test_, in
# definitions and references alike (host tests; see host_library.cmake).
# Undefined symbols (the sanitizer runtime, the host port's __koito_*
# functions, _Exit) keep their names, so they bind to the host.
set -eu
in=$1
out=$2
nm=$3
objcopy=$4
map=$out.map
"$nm" --defined-only --extern-only "$in" |
    awk 'NF == 3 && $3 !~ /^__koito/ { print $3, "koito_test_" $3 }' >"$map"
"$objcopy" --redefine-syms="$map" "$in" "$out"
