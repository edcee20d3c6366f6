/*
 * memcpy() (libc, string; x86_64).
 *
 * Up to 64 bytes: loads from both ends, then overlapping stores, no loop, no call. Longer copies
 * leave after the short ones, with one more compare, through a pointer chosen on first use:
 * AVX-512 (64-byte vectors), AVX2 (32-byte) or SSE2 (16-byte) code, as the CPU and the OS allow
 * (see cpu.h). Each copies up to eight vectors from the two ends without a loop, then loops over
 * four vectors per iteration with aligned stores and finishes with the last four from the end;
 * from __KOITO_REP_THRESHOLD on, `rep movsb`, which CPUs with ERMS run at full cache bandwidth.
 * The versions live in __koito_memcpy_sse2.c, __koito_memcpy_avx2.c and __koito_memcpy_avx512.c.
 */
#include "cpu.h"
#include "string_x86_64.h"
#include <string.h>

static void *copy_resolve(unsigned char *d, const unsigned char *s, size_t length);
static void *(*copy_long)(unsigned char *, const unsigned char *, size_t) = copy_resolve;

static void *copy_resolve(unsigned char *d, const unsigned char *s, size_t length)
{
    void *(*chosen)(unsigned char *, const unsigned char *, size_t) =
        __koito_cpu_avx512() ? __koito_memcpy_avx512
        : __koito_cpu_avx2() ? __koito_memcpy_avx2
                             : __koito_memcpy_sse2;
    __atomic_store_n(&copy_long, chosen, __ATOMIC_RELAXED);
    return chosen(d, s, length);
}

__KOITO_STRING_ALIGNED void *memcpy(void *restrict destination, const void *restrict source,
                                    size_t length)
{
    unsigned char *d = destination;
    const unsigned char *s = source;
    if (length <= 16) {
        if (length >= 8) {
            uint64_t head = __koito_load64(s);
            uint64_t tail = __koito_load64(s + length - 8);
            __koito_store64(d, head);
            __koito_store64(d + length - 8, tail);
        } else if (length >= 4) {
            uint32_t head = __koito_load32(s);
            uint32_t tail = __koito_load32(s + length - 4);
            __koito_store32(d, head);
            __koito_store32(d + length - 4, tail);
        } else if (length > 0) {
            unsigned char first = s[0];
            unsigned char middle = s[length / 2];
            unsigned char last = s[length - 1];
            d[0] = first;
            d[length / 2] = middle;
            d[length - 1] = last;
        }
        return destination;
    }
    /* The straight path past the short sizes (the hint lays it out so): a long copy takes one
     * branch before its vector code, which on the host bench's CPU made 128 bytes a cycle faster
     * than with the 17 to 64 byte code there; the compares are the same either way. */
    if (__builtin_expect(length > 64, 1))
        return __atomic_load_n(&copy_long, __ATOMIC_RELAXED)(d, s, length);
    if (length > 32) {
        __koito_v16 a = __koito_load(s);
        __koito_v16 b = __koito_load(s + 16);
        __koito_v16 c = __koito_load(s + length - 32);
        __koito_v16 e = __koito_load(s + length - 16);
        __koito_store(d, a);
        __koito_store(d + 16, b);
        __koito_store(d + length - 32, c);
        __koito_store(d + length - 16, e);
    } else {
        __koito_v16 a = __koito_load(s);
        __koito_v16 b = __koito_load(s + length - 16);
        __koito_store(d, a);
        __koito_store(d + length - 16, b);
    }
    return destination;
}
