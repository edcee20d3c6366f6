/*
 * memcpy() (libc, string; x86_64).
 *
 * Up to 64 bytes: loads from both ends, then overlapping stores, no loop,
 * no call. Longer copies go through a pointer chosen on first use: with
 * AVX2 (see cpu.h) 32-byte vectors, else 16-byte SSE2 ones. AVX2 copies up
 * to eight vectors from the two ends without a loop; both then loop over 4 vectors
 * per iteration with aligned stores and finish with the last 4 vectors
 * from the end; from REP_THRESHOLD on, `rep movsb`, which CPUs with ERMS
 * run at full cache bandwidth.
 */
#include "cpu.h"
#include "simd.h"
#include <string.h>

#define REP_THRESHOLD 4096

static void *rep_movsb(unsigned char *d, const unsigned char *s, size_t length)
{
    void *to = d;
    __asm__ volatile("rep movsb" : "+D"(to), "+S"(s), "+c"(length) : : "memory");
    return d;
}

/* Precondition: length > 64. */
static void *copy_sse2(unsigned char *d, const unsigned char *s, size_t length)
{
    if (length >= REP_THRESHOLD) {
        return rep_movsb(d, s, length);
    }
    /* The last 64 bytes are loaded first and stored last, covering the
     * tail the loop's aligned blocks leave. */
    __koito_v16 t0 = __koito_load(s + length - 64);
    __koito_v16 t1 = __koito_load(s + length - 48);
    __koito_v16 t2 = __koito_load(s + length - 32);
    __koito_v16 t3 = __koito_load(s + length - 16);
    __koito_store(d, __koito_load(s));
    size_t skip = 16 - ((uintptr_t)d & 15);
    unsigned char *out = d + skip;
    const unsigned char *in = s + skip;
    unsigned char *end = d + length - 64;
    for (; out < end; out += 64, in += 64) {
        __koito_v16 a = __koito_load(in);
        __koito_v16 b = __koito_load(in + 16);
        __koito_v16 c = __koito_load(in + 32);
        __koito_v16 e = __koito_load(in + 48);
        __koito_store_aligned(out, a);
        __koito_store_aligned(out + 16, b);
        __koito_store_aligned(out + 32, c);
        __koito_store_aligned(out + 48, e);
    }
    __koito_store(end, t0);
    __koito_store(end + 16, t1);
    __koito_store(end + 32, t2);
    __koito_store(end + 48, t3);
    return d;
}

/* Precondition: length > 64. */
static __KOITO_AVX2 void *copy_avx2(unsigned char *d, const unsigned char *s, size_t length)
{
    if (length <= 128) {
        __koito_v32 a = __koito_load32v(s);
        __koito_v32 b = __koito_load32v(s + 32);
        __koito_v32 c = __koito_load32v(s + length - 64);
        __koito_v32 e = __koito_load32v(s + length - 32);
        __koito_store32v(d, a);
        __koito_store32v(d + 32, b);
        __koito_store32v(d + length - 64, c);
        __koito_store32v(d + length - 32, e);
        return d;
    }
    if (length <= 256) {
        __koito_v32 a = __koito_load32v(s);
        __koito_v32 b = __koito_load32v(s + 32);
        __koito_v32 c = __koito_load32v(s + 64);
        __koito_v32 e = __koito_load32v(s + 96);
        __koito_v32 f = __koito_load32v(s + length - 128);
        __koito_v32 g = __koito_load32v(s + length - 96);
        __koito_v32 h = __koito_load32v(s + length - 64);
        __koito_v32 i = __koito_load32v(s + length - 32);
        __koito_store32v(d, a);
        __koito_store32v(d + 32, b);
        __koito_store32v(d + 64, c);
        __koito_store32v(d + 96, e);
        __koito_store32v(d + length - 128, f);
        __koito_store32v(d + length - 96, g);
        __koito_store32v(d + length - 64, h);
        __koito_store32v(d + length - 32, i);
        return d;
    }
    if (length >= REP_THRESHOLD) {
        return rep_movsb(d, s, length);
    }
    __koito_v32 t0 = __koito_load32v(s + length - 128);
    __koito_v32 t1 = __koito_load32v(s + length - 96);
    __koito_v32 t2 = __koito_load32v(s + length - 64);
    __koito_v32 t3 = __koito_load32v(s + length - 32);
    __koito_store32v(d, __koito_load32v(s));
    size_t skip = 32 - ((uintptr_t)d & 31);
    unsigned char *out = d + skip;
    const unsigned char *in = s + skip;
    unsigned char *end = d + length - 128;
    for (; out < end; out += 128, in += 128) {
        __koito_v32 a = __koito_load32v(in);
        __koito_v32 b = __koito_load32v(in + 32);
        __koito_v32 c = __koito_load32v(in + 64);
        __koito_v32 e = __koito_load32v(in + 96);
        __koito_store32v_aligned(out, a);
        __koito_store32v_aligned(out + 32, b);
        __koito_store32v_aligned(out + 64, c);
        __koito_store32v_aligned(out + 96, e);
    }
    __koito_store32v(end, t0);
    __koito_store32v(end + 32, t1);
    __koito_store32v(end + 64, t2);
    __koito_store32v(end + 96, t3);
    return d;
}

static void *copy_resolve(unsigned char *d, const unsigned char *s, size_t length);
static void *(*copy_long)(unsigned char *, const unsigned char *, size_t) = copy_resolve;

static void *copy_resolve(unsigned char *d, const unsigned char *s, size_t length)
{
    void *(*chosen)(unsigned char *, const unsigned char *, size_t) =
        __koito_cpu_avx2() ? copy_avx2 : copy_sse2;
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
    return __atomic_load_n(&copy_long, __ATOMIC_RELAXED)(d, s, length);
}
