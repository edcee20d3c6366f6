/*
 * memchr() (libc, string; x86_64). Like strlen, it reads aligned vector
 * blocks, and only blocks that begin before the end of the range, so it
 * never touches a page the range does not; bytes before the start are masked
 * off and a match counts only if it lies before the end. Four blocks per
 * iteration while the fourth begins before the end, single blocks after.
 * The first 16-byte block is checked inline; the rest goes through a pointer
 * chosen on the first call, to AVX2 (32-byte blocks) or SSE2 code.
 */
#include "cpu.h"
#include "simd.h"
#include <string.h>

/* The first match in a 64-bit mask of the bytes from `block` on, bits below
 * `skip` (bytes before the start) ignored; NULL if none or past `end`. */
static inline void *first_match(const unsigned char *block, unsigned long long bits, unsigned skip,
                                const unsigned char *end, int *done)
{
    bits &= ~0ull << skip;
    if (bits == 0) {
        return NULL;
    }
    *done = 1;
    const unsigned char *found = block + __builtin_ctzll(bits);
    return found < end ? (void *)found : NULL;
}

__KOITO_READS_PAST_END static void *find_sse2(const unsigned char *start, unsigned char byte,
                                              size_t length)
{
    const __koito_v16 wanted = __koito_splat(byte);
    const unsigned char *end = start + length;
    const unsigned char *block = (const unsigned char *)((uintptr_t)start & ~(uintptr_t)15);
    unsigned skip = (unsigned)((uintptr_t)start & 15);
    int done = 0;
    /* Four blocks at a time while the fourth still begins before `end`. */
    for (; block + 48 < end; block += 64, skip = 0) {
        __koito_v16 a = __koito_load_aligned(block) == wanted;
        __koito_v16 b = __koito_load_aligned(block + 16) == wanted;
        __koito_v16 c = __koito_load_aligned(block + 32) == wanted;
        __koito_v16 d = __koito_load_aligned(block + 48) == wanted;
        if (__builtin_ia32_pmovmskb128(a | b | c | d) != 0) {
            unsigned long long bits =
                (unsigned)__builtin_ia32_pmovmskb128(a) |
                (unsigned long long)(unsigned)__builtin_ia32_pmovmskb128(b) << 16 |
                (unsigned long long)(unsigned)__builtin_ia32_pmovmskb128(c) << 32 |
                (unsigned long long)(unsigned)__builtin_ia32_pmovmskb128(d) << 48;
            void *found = first_match(block, bits, skip, end, &done);
            if (done) {
                return found;
            }
        }
    }
    for (; block < end; block += 16, skip = 0) {
        unsigned bits = __koito_equal_mask(__koito_load_aligned(block), wanted);
        void *found = first_match(block, bits, skip, end, &done);
        if (done) {
            return found;
        }
    }
    return NULL;
}

__KOITO_READS_PAST_END static __KOITO_AVX2 void *find_avx2(const unsigned char *start,
                                                           unsigned char byte, size_t length)
{
    __koito_v32 wanted;
    for (int i = 0; i < 32; i++) {
        wanted[i] = (char)byte;
    }
    const unsigned char *end = start + length;
    const unsigned char *block = (const unsigned char *)((uintptr_t)start & ~(uintptr_t)31);
    unsigned skip = (unsigned)((uintptr_t)start & 31);
    int done = 0;
    for (; block + 96 < end; block += 128, skip = 0) {
        __koito_v32 a = __koito_load32v_aligned(block) == wanted;
        __koito_v32 b = __koito_load32v_aligned(block + 32) == wanted;
        __koito_v32 c = __koito_load32v_aligned(block + 64) == wanted;
        __koito_v32 d = __koito_load32v_aligned(block + 96) == wanted;
        if (__koito_mask32(a | b | c | d) != 0) {
            unsigned long long low = __koito_mask32(a) | (unsigned long long)__koito_mask32(b)
                                                             << 32;
            void *found = first_match(block, low, skip, end, &done);
            if (done) {
                return found;
            }
            unsigned long long high = __koito_mask32(c) | (unsigned long long)__koito_mask32(d)
                                                              << 32;
            found = first_match(block + 64, high, 0, end, &done);
            if (done) {
                return found;
            }
        }
    }
    for (; block < end; block += 32, skip = 0) {
        unsigned bits = __koito_mask32(__koito_load32v_aligned(block) == wanted);
        void *found = first_match(block, bits, skip, end, &done);
        if (done) {
            return found;
        }
    }
    return NULL;
}

static void *find_resolve(const unsigned char *start, unsigned char byte, size_t length);
static void *(*find)(const unsigned char *, unsigned char, size_t) = find_resolve;

static void *find_resolve(const unsigned char *start, unsigned char byte, size_t length)
{
    void *(*chosen)(const unsigned char *, unsigned char, size_t) =
        __koito_cpu_avx2() ? find_avx2 : find_sse2;
    __atomic_store_n(&find, chosen, __ATOMIC_RELAXED);
    return chosen(start, byte, length);
}

__KOITO_READS_PAST_END void *memchr(const void *memory, int byte, size_t length)
{
    if (length == 0) {
        return NULL;
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
