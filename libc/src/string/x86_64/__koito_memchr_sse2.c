/*
 * memchr() with SSE2 (libc, string; x86_64). Up to 128 bytes, with no loop: 17 to 32 bytes the
 * first 16 and the last 16, 33 to 64 the first and the last 32, 65 to 128 the first 64 and then
 * the last 64. The loads stay inside the range and may overlap; the match bits of the second
 * part are moved to its place and put together with the first's, so an overlapping match counts
 * once and the lowest bit is the first match. Longer ranges: the first 16 bytes, aligned
 * blocks four per iteration, and the last 64 bytes, all inside the range. Up to 16 bytes
 * __koito_find_below17 (string_x86_64.h). An empty range reads nothing.
 */
#include "string_x86_64.h"

/* The match bits of the 16 bytes from `at`, widened for shifting. */
static inline uint64_t bits16(const unsigned char *at, __koito_v16 wanted)
{
    return __koito_equal_mask(__koito_load(at), wanted);
}

/* The match bits of the 32 bytes from `at`. */
static inline uint64_t bits32(const unsigned char *at, __koito_v16 wanted)
{
    return bits16(at, wanted) | bits16(at + 16, wanted) << 16;
}

/* The first match of `bits` from `at`, NULL if there is none. */
static inline void *first(const unsigned char *at, uint64_t bits)
{
    return bits != 0 ? (void *)(at + __builtin_ctzll(bits)) : NULL;
}

/* 17 to 128 bytes. */
static inline void *find_medium(const unsigned char *start, __koito_v16 wanted, size_t length)
{
    if (length <= 32)
        return first(start, bits16(start, wanted) | bits16(start + length - 16, wanted)
                                                        << (length - 16));
    if (length <= 64)
        return first(start, bits32(start, wanted) | bits32(start + length - 32, wanted)
                                                        << (length - 32));
    uint64_t bits = bits32(start, wanted) | bits32(start + 32, wanted) << 32;
    if (bits != 0)
        return (void *)(start + __builtin_ctzll(bits));
    const unsigned char *last = start + length - 64;
    return first(last, bits32(last, wanted) | bits32(last + 32, wanted) << 32);
}

/* The first match in the four 16-byte vectors from `at`, whose compare results are a, b, c, d
 * (one of them has a match). */
static inline void *locate(const unsigned char *at, __koito_v16 a, __koito_v16 b, __koito_v16 c,
                           __koito_v16 d)
{
    uint64_t bits = (uint64_t)(unsigned)__builtin_ia32_pmovmskb128(a) |
                    (uint64_t)(unsigned)__builtin_ia32_pmovmskb128(b) << 16 |
                    (uint64_t)(unsigned)__builtin_ia32_pmovmskb128(c) << 32 |
                    (uint64_t)(unsigned)__builtin_ia32_pmovmskb128(d) << 48;
    return (void *)(at + __builtin_ctzll(bits));
}

__KOITO_STRING_ALIGNED __KOITO_READS_PAST_END void *__koito_memchr_sse2(const void *memory,
                                                                        int byte, size_t length)
{
    const unsigned char *start = memory;
    const __koito_v16 wanted = __koito_splat((unsigned char)byte);
    /* 0 wraps around to the second test. */
    if (length - 1 < 16)
        return __koito_find_below17(start, wanted, length);
    if (length == 0)
        return NULL;
    if (length <= 128)
        return find_medium(start, wanted, length);
    /* The first 16 bytes; then aligned blocks from the first boundary after the start, four at a
     * time while all four lie before the end; then the last 64 bytes, which hold what is left
     * (and perhaps some bytes seen already, with no match). */
    uint64_t bits = bits16(start, wanted);
    if (bits != 0)
        return (void *)(start + __builtin_ctzll(bits));
    const unsigned char *end = start + length;
    const unsigned char *block = (const unsigned char *)(((uintptr_t)start + 16) & ~(uintptr_t)15);
    for (; end - block > 64; block += 64) {
        __koito_v16 a = __koito_load_aligned(block) == wanted;
        __koito_v16 b = __koito_load_aligned(block + 16) == wanted;
        __koito_v16 c = __koito_load_aligned(block + 32) == wanted;
        __koito_v16 d = __koito_load_aligned(block + 48) == wanted;
        if (__builtin_ia32_pmovmskb128(a | b | c | d) != 0)
            return locate(block, a, b, c, d);
    }
    const unsigned char *last = end - 64;
    __koito_v16 a = __koito_load(last) == wanted;
    __koito_v16 b = __koito_load(last + 16) == wanted;
    __koito_v16 c = __koito_load(last + 32) == wanted;
    __koito_v16 d = __koito_load(last + 48) == wanted;
    if (__builtin_ia32_pmovmskb128(a | b | c | d) != 0)
        return locate(last, a, b, c, d);
    return NULL;
}
