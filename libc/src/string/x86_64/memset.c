/*
 * memset() (libc, string; x86_64): the same shape as memcpy's. Up to 64 bytes: overlapping stores
 * from both ends. Longer fills leave after the short ones, with one more compare, through a
 * pointer chosen on first use: AVX-512 (64-byte stores, up to eight from both ends without a
 * loop), AVX2 (32-byte ones, likewise) or SSE2 (16-byte ones), then four aligned stores per
 * iteration; from __KOITO_REP_THRESHOLD on, `rep stosb` (__koito_memset_sse2.c,
 * __koito_memset_avx2.c, __koito_memset_avx512.c).
 */
#include "cpu.h"
#include "string_x86_64.h"
#include <string.h>

static void *set_resolve(unsigned char *d, unsigned char byte, size_t length);
static void *(*set_long)(unsigned char *, unsigned char, size_t) = set_resolve;

static void *set_resolve(unsigned char *d, unsigned char byte, size_t length)
{
    void *(*chosen)(unsigned char *, unsigned char, size_t) =
        __koito_cpu_avx512() ? __koito_memset_avx512
        : __koito_cpu_avx2() ? __koito_memset_avx2
                             : __koito_memset_sse2;
    __atomic_store_n(&set_long, chosen, __ATOMIC_RELAXED);
    return chosen(d, byte, length);
}

__KOITO_STRING_ALIGNED void *memset(void *destination, int byte, size_t length)
{
    unsigned char *d = destination;
    if (length <= 16) {
        uint64_t word = 0x0101010101010101ull * (unsigned char)byte;
        if (length >= 8) {
            __koito_store64(d, word);
            __koito_store64(d + length - 8, word);
        } else if (length >= 4) {
            __koito_store32(d, (uint32_t)word);
            __koito_store32(d + length - 4, (uint32_t)word);
        } else if (length > 0) {
            d[0] = (unsigned char)byte;
            d[length / 2] = (unsigned char)byte;
            d[length - 1] = (unsigned char)byte;
        }
        return destination;
    }
    /* The straight path past the short sizes (the hint lays it out so): a long fill takes one
     * branch before its vector code, which on the host bench's CPU made 128 bytes a cycle faster
     * than with the 17 to 64 byte code there; the compares are the same either way. */
    if (__builtin_expect(length > 64, 1))
        return __atomic_load_n(&set_long, __ATOMIC_RELAXED)(d, (unsigned char)byte, length);
    __koito_v16 v = __koito_splat((unsigned char)byte);
    __koito_store(d, v);
    __koito_store(d + length - 16, v);
    if (length > 32) {
        __koito_store(d + 16, v);
        __koito_store(d + length - 32, v);
    }
    return destination;
}
