#!/usr/bin/env bash
# koito-cc and the libraries build scripts name (test/sdk; registered as sdk.koito-cc-libraries).
#
#   koito-cc-libraries.sh <SDK prefix>
#
#   1. a program using threads, clock_gettime, sqrt, regex, fnmatch, glob and a
#      non-lock-free _Atomic structure links with -lm -lpthread -lrt -ldl -lutil -lxnet,
#      which name parts of KOITO's libc, given as -lNAME and as "-l NAME"
#   2. a library of the user's own (libmine.a) is found through -L, in both spellings
#   3. an unknown library stops the link with koito-cc's message, not the linker's
set -euo pipefail

sdk=${1:?usage: koito-cc-libraries.sh <SDK prefix>}
cc=$sdk/bin/koito-cc
ar=$sdk/bin/x86_64-koito-elf-ar
tmp=$(mktemp -d "${TMPDIR:-/tmp}/koito-cc-libraries.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

fail()
{
    echo "sdk.koito-cc-libraries: FAILED: $*" >&2
    exit 1
}

cat >"$tmp/portable.c" <<'SOURCE'
#include <fnmatch.h>
#include <glob.h>
#include <math.h>
#include <pthread.h>
#include <regex.h>
#include <stdatomic.h>
#include <time.h>
struct wide { long a, b, c; };
static _Atomic struct wide shared;
static void *run(void *argument) { return argument; }
int mine(void);
int main(void)
{
    pthread_t thread;
    pthread_create(&thread, 0, run, 0);
    pthread_join(thread, 0);
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    regex_t compiled;
    regcomp(&compiled, "a+", REG_EXTENDED);
    glob_t paths;
    glob("*", 0, 0, &paths);
    struct wide value = atomic_load(&shared);
    return (int)sqrt((double)value.a) + fnmatch("*", "x", 0) + mine();
}
SOURCE
echo 'int mine(void) { return 0; }' >"$tmp/mine.c"
"$cc" -c "$tmp/mine.c" -o "$tmp/mine.o"
mkdir "$tmp/lib"
"$ar" rc "$tmp/lib/libmine.a" "$tmp/mine.o"

echo "== 1, 2: the parts of libc and a library of one's own"
"$cc" -Wno-atomic-alignment "$tmp/portable.c" -o "$tmp/portable.elf" -L"$tmp/lib" -lmine \
    -lm -lpthread -lrt -ldl -lutil -lxnet || fail "-lm -lpthread -lrt -ldl -lutil -lxnet refused"
[[ -f $tmp/portable.elf ]] || fail "nothing linked"
"$cc" -Wno-atomic-alignment "$tmp/portable.c" -o "$tmp/portable2.elf" -L "$tmp/lib" -l mine \
    -l m -l pthread || fail "\"-l NAME\" and \"-L DIR\" refused"

echo "== 3: an unknown library"
if "$cc" -Wno-atomic-alignment "$tmp/portable.c" -o "$tmp/bad.elf" -L"$tmp/lib" -lmine \
    -lnosuchlib 2>"$tmp/error"; then
    fail "-lnosuchlib was accepted"
fi
cat "$tmp/error"
grep -q "^koito-cc: cannot find -lnosuchlib: no libnosuchlib.a" "$tmp/error" ||
    fail "the refusal does not say which library is missing"
[[ ! -f $tmp/bad.elf ]] || fail "a program was written despite the missing library"
echo "sdk.koito-cc-libraries: passed"
