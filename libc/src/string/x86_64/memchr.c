/*
 * memchr() (libc, string; x86_64). Like strlen, it reads aligned vector
 * blocks, and only blocks that begin before the end of the range, so it
 * never touches a page the range does not; bytes before the start are masked
 * off and a match counts only if it lies before the end. Four blocks per
 * iteration while the fourth begins before the end, single blocks after.
 * Below 128 bytes the first 16-byte block is checked inline; the rest goes through a pointer
 * chosen on the first call, to AVX2 (32-byte blocks) or SSE2 code
 * (__koito_memchr_avx2.c, __koito_memchr_sse2.c).
 */
#include "cpu.h"
#include "string_x86_64.h"
#include <string.h>

#define LONG_RANGE 128

static void *find_resolve(const unsigned char *start, unsigned char byte, size_t length);
static void *(*find)(const unsigned char *, unsigned char, size_t) = find_resolve;

static void *find_resolve(const unsigned char *start, unsigned char byte, size_t length)
{
    void *(*chosen)(const unsigned char *, unsigned char, size_t) =
        __koito_cpu_avx2() ? __koito_memchr_avx2 : __koito_memchr_sse2;
    __atomic_store_n(&find, chosen, __ATOMIC_RELAXED);
    return chosen(start, byte, length);
}

__KOITO_READS_PAST_END void *memchr(const void *memory, int byte, size_t length)
{
    if (length == 0) {
        return NULL;
    }
    /* A long range goes straight to the vector code, which checks the first
     * block itself: checking it here too costs long searches time. */
    if (length >= LONG_RANGE) {
        return __atomic_load_n(&find, __ATOMIC_RELAXED)(memory, (unsigned char)byte, length);
    }
    /* A range that ends within the first aligned block, or a match there:
     * answer without a call. */
    const unsigned char *start = memory;
    uintptr_t offset = (uintptr_t)start & 15;
    unsigned mask = __koito_equal_mask(__koito_load_aligned(start - offset),
                                       __koito_splat((unsigned char)byte)) >>
                    offset;
    if (mask != 0) {
        size_t index = (size_t)__builtin_ctz(mask);
        return index < length ? (void *)(start + index) : NULL;
    }
    if (length <= 16 - offset) {
        return NULL;
    }
    return __atomic_load_n(&find, __ATOMIC_RELAXED)(memory, (unsigned char)byte, length);
}
