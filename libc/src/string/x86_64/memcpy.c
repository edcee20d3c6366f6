/*
 * memcpy() (libc, string; x86_64).
 *
 * Up to 128 bytes: 16-byte loads from both ends, then overlapping stores,
 * no loop, no call. Longer copies go through a pointer chosen on first use: with
 * AVX2 (see cpu.h) 32-byte vectors, else 16-byte SSE2 ones. AVX2 copies up
 * to eight vectors from the two ends without a loop; both then loop over 4
 * vectors per iteration with aligned stores and finish with the last 4
 * vectors from the end; from __KOITO_REP_THRESHOLD on, `rep movsb`, which
 * CPUs with ERMS run at full cache bandwidth. The two versions live in
 * __koito_memcpy_sse2.c and __koito_memcpy_avx2.c.
 */
#include "cpu.h"
#include "string_x86_64.h"
#include <string.h>

static void *copy_resolve(unsigned char *d, const unsigned char *s, size_t length);
static void *(*copy_long)(unsigned char *, const unsigned char *, size_t) = copy_resolve;

static void *copy_resolve(unsigned char *d, const unsigned char *s, size_t length)
{
    void *(*chosen)(unsigned char *, const unsigned char *, size_t) =
        __koito_cpu_avx2() ? __koito_memcpy_avx2 : __koito_memcpy_sse2;
    __atomic_store_n(&copy_long, chosen, __ATOMIC_RELAXED);
    return chosen(d, s, length);
}

void *memcpy(void *restrict destination, const void *restrict source, size_t length)
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
    if (length <= 32) {
        __koito_v16 a = __koito_load(s);
        __koito_v16 b = __koito_load(s + length - 16);
        __koito_store(d, a);
        __koito_store(d + length - 16, b);
        return destination;
    }
    if (length <= 64) {
        __koito_v16 a = __koito_load(s);
        __koito_v16 b = __koito_load(s + 16);
        __koito_v16 c = __koito_load(s + length - 32);
        __koito_v16 e = __koito_load(s + length - 16);
        __koito_store(d, a);
        __koito_store(d + 16, b);
        __koito_store(d + length - 32, c);
        __koito_store(d + length - 16, e);
        return destination;
    }
    if (length <= 128) {
        __koito_v16 a = __koito_load(s);
        __koito_v16 b = __koito_load(s + 16);
        __koito_v16 c = __koito_load(s + 32);
        __koito_v16 e = __koito_load(s + 48);
        __koito_v16 f = __koito_load(s + length - 64);
        __koito_v16 g = __koito_load(s + length - 48);
        __koito_v16 h = __koito_load(s + length - 32);
        __koito_v16 i = __koito_load(s + length - 16);
        __koito_store(d, a);
        __koito_store(d + 16, b);
        __koito_store(d + 32, c);
        __koito_store(d + 48, e);
        __koito_store(d + length - 64, f);
        __koito_store(d + length - 48, g);
        __koito_store(d + length - 32, h);
        __koito_store(d + length - 16, i);
        return destination;
    }
    return __atomic_load_n(&copy_long, __ATOMIC_RELAXED)(d, s, length);
}
