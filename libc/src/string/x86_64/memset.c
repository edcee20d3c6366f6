/*
 * memset() (libc, string; x86_64): the same shape as memcpy's. Up to 64
 * bytes: overlapping stores from both ends. Longer: through a pointer chosen
 * on first use, AVX2 (32-byte stores, up to 8 from both ends without a loop)
 * or SSE2 (16-byte ones), then 4 aligned stores per iteration; from
 * REP_THRESHOLD on, `rep stosb`.
 */
#include "cpu.h"
#include "simd.h"
#include <string.h>

#define REP_THRESHOLD 4096

static void *rep_stosb(unsigned char *d, unsigned char byte, size_t length)
{
    void *to = d;
    __asm__ volatile("rep stosb" : "+D"(to), "+c"(length) : "a"(byte) : "memory");
    return d;
}

/* Precondition: length > 64. */
static void *set_sse2(unsigned char *d, unsigned char byte, size_t length)
{
    __koito_v16 v = __koito_splat(byte);
    if (length >= REP_THRESHOLD) {
        return rep_stosb(d, byte, length);
    }
    __koito_store(d, v);
    unsigned char *end = d + length - 64;
    for (unsigned char *out = d + 16 - ((uintptr_t)d & 15); out < end; out += 64) {
        __koito_store_aligned(out, v);
        __koito_store_aligned(out + 16, v);
        __koito_store_aligned(out + 32, v);
        __koito_store_aligned(out + 48, v);
    }
    __koito_store(end, v);
    __koito_store(end + 16, v);
    __koito_store(end + 32, v);
    __koito_store(end + 48, v);
    return d;
}

/* Precondition: length > 64. */
static __KOITO_AVX2 void *set_avx2(unsigned char *d, unsigned char byte, size_t length)
{
    __koito_v32 v;
    for (int i = 0; i < 32; i++) {
        v[i] = (char)byte;
    }
    if (length <= 256) {
        __koito_store32v(d, v);
        __koito_store32v(d + 32, v);
        __koito_store32v(d + length - 64, v);
        __koito_store32v(d + length - 32, v);
        if (length > 128) {
            __koito_store32v(d + 64, v);
            __koito_store32v(d + 96, v);
            __koito_store32v(d + length - 128, v);
            __koito_store32v(d + length - 96, v);
        }
        return d;
    }
    if (length >= REP_THRESHOLD) {
        return rep_stosb(d, byte, length);
    }
    __koito_store32v(d, v);
    unsigned char *end = d + length - 128;
    for (unsigned char *out = d + 32 - ((uintptr_t)d & 31); out < end; out += 128) {
        __koito_store32v_aligned(out, v);
        __koito_store32v_aligned(out + 32, v);
        __koito_store32v_aligned(out + 64, v);
        __koito_store32v_aligned(out + 96, v);
    }
    __koito_store32v(end, v);
    __koito_store32v(end + 32, v);
    __koito_store32v(end + 64, v);
    __koito_store32v(end + 96, v);
    return d;
}

static void *set_resolve(unsigned char *d, unsigned char byte, size_t length);
static void *(*set_long)(unsigned char *, unsigned char, size_t) = set_resolve;

static void *set_resolve(unsigned char *d, unsigned char byte, size_t length)
{
    void *(*chosen)(unsigned char *, unsigned char, size_t) =
        __koito_cpu_avx2() ? set_avx2 : set_sse2;
    __atomic_store_n(&set_long, chosen, __ATOMIC_RELAXED);
    return chosen(d, byte, length);
}

void *memset(void *destination, int byte, size_t length)
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
    if (length <= 64) {
        __koito_v16 v = __koito_splat((unsigned char)byte);
        __koito_store(d, v);
        __koito_store(d + length - 16, v);
        if (length > 32) {
            __koito_store(d + 16, v);
            __koito_store(d + length - 32, v);
        }
        return destination;
    }
    return __atomic_load_n(&set_long, __ATOMIC_RELAXED)(d, (unsigned char)byte, length);
}
