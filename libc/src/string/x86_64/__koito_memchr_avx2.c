/*
 * memchr() with AVX2 (libc, string; x86_64). Up to 128 bytes, with no loop: up to 16 bytes
 * __koito_find_below17 (string_x86_64.h), in 16-byte vectors; up to 32 bytes one 32-byte
 * load at the start when that cannot cross into the next page (a bit above the 32 making "no
 * match" index 32, past any length; near a page's end the aligned blocks that hold the range),
 * 33 to 64 bytes the first and the last 32 (their match bits put together with the second's
 * moved to its place, so an overlapping match counts once), 65 to 128 the first 64 and then the
 * last 64. Longer ranges: the first 32 bytes, aligned blocks four per iteration, and the last
 * 128 bytes, all inside the range. An empty range reads nothing.
 */
#include "string_x86_64.h"

#define PAGE_SIZE 4096

/* The match bits of the 32 bytes from `at`, widened for shifting. */
static inline __KOITO_AVX2 uint64_t bits32(const unsigned char *at, __koito_v32 wanted)
{
    return __koito_mask32(__koito_load32v(at) == wanted);
}

/* The first match of `bits` from `at`, NULL if there is none. */
static inline void *first(const unsigned char *at, uint64_t bits)
{
    return bits != 0 ? (void *)(at + __builtin_ctzll(bits)) : NULL;
}

/* The same from a load that may run past the end of the range but not into another page. */
__KOITO_READS_PAST_END static inline __KOITO_AVX2 uint64_t bits32_past_end(const unsigned char *at,
                                                                           __koito_v32 wanted)
{
    return __koito_mask32(__koito_load32v_past_end(at) == wanted);
}

/* 33 to 128 bytes. */
static inline __KOITO_AVX2 void *find_medium(const unsigned char *start, __koito_v32 wanted,
                                             size_t length)
{
    if (length <= 64)
        return first(start, bits32(start, wanted) | bits32(start + length - 32, wanted)
                                                        << (length - 32));
    uint64_t bits = bits32(start, wanted) | bits32(start + 32, wanted) << 32;
    if (bits != 0)
        return (void *)(start + __builtin_ctzll(bits));
    const unsigned char *last = start + length - 64;
    return first(last, bits32(last, wanted) | bits32(last + 32, wanted) << 32);
}

/* The first match in the four 32-byte vectors from `at`, whose compare results are a, b, c, d
 * (one of them has a match). */
static inline __KOITO_AVX2 void *locate(const unsigned char *at, __koito_v32 a, __koito_v32 b,
                                        __koito_v32 c, __koito_v32 d)
{
    uint64_t low = __koito_mask32(a) | (uint64_t)__koito_mask32(b) << 32;
    if (low != 0)
        return (void *)(at + __builtin_ctzll(low));
    return (void *)(at + 64 +
                    __builtin_ctzll(__koito_mask32(c) | (uint64_t)__koito_mask32(d) << 32));
}

/* 1 to 32 bytes within 32 of a page's end: the aligned block of the start, and the next one if
 * the range reaches it; bytes before the start are shifted off. */
__KOITO_READS_PAST_END static inline __KOITO_AVX2 void *
find_near_page_end(const unsigned char *start, __koito_v32 wanted, size_t length)
{
    unsigned skip = (unsigned)((uintptr_t)start & 31);
    const unsigned char *block = start - skip;
    uint64_t bits = __koito_mask32(__koito_load32v_aligned(block) == wanted) >> skip;
    if (bits == 0 && length > 32 - skip)
        bits = (uint64_t)__koito_mask32(__koito_load32v_aligned(block + 32) == wanted)
               << (32 - skip);
    if (bits == 0)
        return NULL;
    size_t index = (size_t)__builtin_ctzll(bits);
    return index < length ? (void *)(start + index) : NULL;
}

__KOITO_STRING_ALIGNED __KOITO_READS_PAST_END __KOITO_AVX2 void *
__koito_memchr_avx2(const void *memory, int byte, size_t length)
{
    const unsigned char *start = memory;
    /* The shortest first, with 16-byte vectors only: their return needs no vzeroupper. 0 wraps
     * around past the test. */
    if (length - 1 < 16)
        return __koito_find_below17(start, __koito_splat((unsigned char)byte), length);
    __koito_v32 wanted;
    for (int i = 0; i < 32; i++) {
        wanted[i] = (char)byte;
    }
    if (length - 1 < 32) {
        if (((uintptr_t)start & (PAGE_SIZE - 1)) > PAGE_SIZE - 32)
            return find_near_page_end(start, wanted, length);
        uint64_t bits = bits32_past_end(start, wanted) | UINT64_C(1) << 32;
        size_t index = (size_t)__builtin_ctzll(bits);
        return index < length ? (void *)(start + index) : NULL;
    }
    if (length == 0)
        return NULL;
    if (length <= 128)
        return find_medium(start, wanted, length);
    /* The first 32 bytes; then aligned blocks from the first boundary after the start, four at a
     * time while all four lie before the end; then the last 128 bytes, which hold what is left
     * (and perhaps some bytes seen already, with no match). */
    uint64_t bits = bits32(start, wanted);
    if (bits != 0)
        return (void *)(start + __builtin_ctzll(bits));
    const unsigned char *end = start + length;
    const unsigned char *block = (const unsigned char *)(((uintptr_t)start + 32) & ~(uintptr_t)31);
    for (; end - block > 128; block += 128) {
        __koito_v32 a = __koito_load32v_aligned(block) == wanted;
        __koito_v32 b = __koito_load32v_aligned(block + 32) == wanted;
        __koito_v32 c = __koito_load32v_aligned(block + 64) == wanted;
        __koito_v32 d = __koito_load32v_aligned(block + 96) == wanted;
        if (__koito_mask32(a | b | c | d) != 0)
            return locate(block, a, b, c, d);
    }
    const unsigned char *last = end - 128;
    __koito_v32 a = __koito_load32v(last) == wanted;
    __koito_v32 b = __koito_load32v(last + 32) == wanted;
    __koito_v32 c = __koito_load32v(last + 64) == wanted;
    __koito_v32 d = __koito_load32v(last + 96) == wanted;
    if (__koito_mask32(a | b | c | d) != 0)
        return locate(last, a, b, c, d);
    return NULL;
}
