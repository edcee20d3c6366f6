/* memcpy() with AVX2 (libc, string; x86_64): below 16 bytes scalar loads and stores from both
 * ends, below 32 two 16-byte vectors, to 256 bytes two to eight 32-byte vectors from both ends
 * without a loop, then a loop of four with aligned stores and the last 128 bytes from the end;
 * `rep movsb` from __KOITO_REP_THRESHOLD on. */
#include "string_x86_64.h"

__KOITO_STRING_ALIGNED __KOITO_AVX2 void *
__koito_memcpy_avx2(void *restrict destination, const void *restrict source, size_t length)
{
    unsigned char *d = destination;
    const unsigned char *s = source;
    /* The shortest first, with no vector register: their return needs no vzeroupper. */
    if (length < 16)
        return __koito_copy_below16(d, s, length);
    if (length < 32)
        return __koito_copy_16_to_32(d, s, length);
    if (length <= 64)
        return __koito_copy_32_to_64(d, s, length);
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
    if (length >= __KOITO_REP_THRESHOLD) {
        return __koito_rep_movsb(d, s, length);
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
