/*
 * memchr() (libc, string; x86_64). Below 96 bytes it answers inline, with no call:
 *  - under 16 bytes from the aligned 16-byte blocks that hold the range (one or two), which
 *    never cross into a page the range does not touch; bytes before the start are shifted off
 *    and a match counts only if it lies before the end;
 *  - from 16 bytes on with unaligned 16-byte loads inside the range: the first 16 bytes, the
 *    ones between, and the last 16 (which may overlap the others), as glibc does; a match in
 *    the overlap was already seen in an earlier load, so the first one found is the first.
 * Longer ranges go through a pointer chosen on the first call, to AVX2 (32-byte blocks) or SSE2
 * code (__koito_memchr_avx2.c, __koito_memchr_sse2.c): aligned blocks, four per iteration.
 */
#include "cpu.h"
#include "string_x86_64.h"
#include <string.h>

#define LONG_RANGE 96

static void *find_resolve(const unsigned char *start, unsigned char byte, size_t length);
static void *(*find)(const unsigned char *, unsigned char, size_t) = find_resolve;

static void *find_resolve(const unsigned char *start, unsigned char byte, size_t length)
{
    void *(*chosen)(const unsigned char *, unsigned char, size_t) =
        __koito_cpu_avx2() ? __koito_memchr_avx2 : __koito_memchr_sse2;
    __atomic_store_n(&find, chosen, __ATOMIC_RELAXED);
    return chosen(start, byte, length);
}

/* 1 to 15 bytes: the aligned block of the start, and the next one if the range reaches it. */
__KOITO_READS_PAST_END static void *find_short(const unsigned char *start, __koito_v16 wanted,
                                               size_t length)
{
    uintptr_t offset = (uintptr_t)start & 15;
    const unsigned char *block = start - offset;
    unsigned mask = __koito_equal_mask(__koito_load_aligned(block), wanted) >> offset;
    if (mask == 0 && length > 16 - offset)
        mask = __koito_equal_mask(__koito_load_aligned(block + 16), wanted) << (16 - offset);
    if (mask == 0)
        return NULL;
    size_t index = (size_t)__builtin_ctz(mask);
    return index < length ? (void *)(start + index) : NULL;
}

/* 16 to 95 bytes: unaligned loads inside the range, the last one ending at its end. */
static void *find_medium(const unsigned char *start, __koito_v16 wanted, size_t length)
{
    const unsigned char *last = start + length - 16;
    for (const unsigned char *at = start; at < last; at += 16) {
        unsigned mask = __koito_equal_mask(__koito_load(at), wanted);
        if (mask != 0)
            return (void *)(at + __builtin_ctz(mask));
    }
    unsigned mask = __koito_equal_mask(__koito_load(last), wanted);
    return mask != 0 ? (void *)(last + __builtin_ctz(mask)) : NULL;
}

void *memchr(const void *memory, int byte, size_t length)
{
    /* A long range goes straight to the vector code. */
    if (length >= LONG_RANGE)
        return __atomic_load_n(&find, __ATOMIC_RELAXED)(memory, (unsigned char)byte, length);
    if (length == 0)
        return NULL;
    __koito_v16 wanted = __koito_splat((unsigned char)byte);
    if (length < 16)
        return find_short(memory, wanted, length);
    return find_medium(memory, wanted, length);
}
