/*
 * memchr() (libc, string; x86_64). Up to 16 bytes it answers inline, with no call and no taken
 * branch: one unaligned 16-byte load at the start when that cannot cross into the next page, a
 * bit above the 16 making "no match" index 16, past any length; near a page's end the aligned
 * blocks that hold the range instead (one or two), which never touch a page the range does not.
 * Longer ranges go through a pointer chosen on the first call, to AVX2 (32-byte vectors) or SSE2
 * code (__koito_memchr_avx2.c, __koito_memchr_sse2.c), which answer up to 128 bytes with a few
 * loads inside the range and no loop, and beyond that with aligned blocks, four per iteration.
 */
#include "cpu.h"
#include "string_x86_64.h"
#include <string.h>

#define PAGE_SIZE 4096

static void *find_resolve(const unsigned char *start, unsigned char byte, size_t length);
static void *(*find)(const unsigned char *, unsigned char, size_t) = find_resolve;

static void *find_resolve(const unsigned char *start, unsigned char byte, size_t length)
{
    void *(*chosen)(const unsigned char *, unsigned char, size_t) =
        __koito_cpu_avx2() ? __koito_memchr_avx2 : __koito_memchr_sse2;
    __atomic_store_n(&find, chosen, __ATOMIC_RELAXED);
    return chosen(start, byte, length);
}

/* 1 to 16 bytes within 16 of a page's end: the aligned block of the start, and the next one if
 * the range reaches it; bytes before the start are shifted off. */
__KOITO_READS_PAST_END static void *find_near_page_end(const unsigned char *start,
                                                       __koito_v16 wanted, size_t length)
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

/* 1 to 16 bytes: one load, which may read past the end but not into another page. */
__KOITO_READS_PAST_END static void *find_short(const unsigned char *start, __koito_v16 wanted,
                                               size_t length)
{
    if (__builtin_expect(((uintptr_t)start & (PAGE_SIZE - 1)) > PAGE_SIZE - 16, 0))
        return find_near_page_end(start, wanted, length);
    unsigned mask = __koito_equal_mask(__koito_load_past_end(start), wanted) | 1u << 16;
    size_t index = (size_t)__builtin_ctz(mask);
    return index < length ? (void *)(start + index) : NULL;
}

/* Starts on a 64-byte boundary, as the vector versions do, so that its speed does not change
 * with the code linked before it. 0 wraps around to the second test. */
__KOITO_STRING_ALIGNED void *memchr(const void *memory, int byte, size_t length)
{
    if (__builtin_expect(length - 1 < 16, 1))
        return find_short(memory, __koito_splat((unsigned char)byte), length);
    if (length == 0)
        return NULL;
    return __atomic_load_n(&find, __ATOMIC_RELAXED)(memory, (unsigned char)byte, length);
}
