/* memcpy() with AVX-512 (libc, string; x86_64): below 16 bytes scalar loads and stores from both
 * ends, below 64 two overlapping ones of 16 or 32 bytes; to 512 bytes up to eight 64-byte
 * vectors from both ends without a loop, then a loop of four with aligned stores and the last
 * 256 bytes from the end; `rep movsb` from __KOITO_REP_THRESHOLD on. A 64-byte store is one
 * store where AVX2 needs two: CPUs that have AVX-512 copy twice the bytes per cycle. */
#include "string_x86_64.h"

__KOITO_STRING_ALIGNED __KOITO_AVX512 void *
__koito_memcpy_avx512(void *restrict destination, const void *restrict source, size_t length)
{
    unsigned char *d = destination;
    const unsigned char *s = source;
    /* The shortest first, with no vector register: their return needs no vzeroupper. */
    if (length < 16)
        return __koito_copy_below16(d, s, length);
    if (length < 64)
        return length >= 32 ? __koito_copy_32_to_64(d, s, length)
                            : __koito_copy_16_to_32(d, s, length);
    if (length <= 128) {
        __koito_v64 a = __koito_load64v(s);
        __koito_v64 b = __koito_load64v(s + length - 64);
        __koito_store64v(d, a);
        __koito_store64v(d + length - 64, b);
        return d;
    }
    if (length <= 256) {
        __koito_v64 a = __koito_load64v(s);
        __koito_v64 b = __koito_load64v(s + 64);
        __koito_v64 c = __koito_load64v(s + length - 128);
        __koito_v64 e = __koito_load64v(s + length - 64);
        __koito_store64v(d, a);
        __koito_store64v(d + 64, b);
        __koito_store64v(d + length - 128, c);
        __koito_store64v(d + length - 64, e);
        return d;
    }
    if (length <= 512) {
        __koito_v64 a = __koito_load64v(s);
        __koito_v64 b = __koito_load64v(s + 64);
        __koito_v64 c = __koito_load64v(s + 128);
        __koito_v64 e = __koito_load64v(s + 192);
        __koito_v64 f = __koito_load64v(s + length - 256);
        __koito_v64 g = __koito_load64v(s + length - 192);
        __koito_v64 h = __koito_load64v(s + length - 128);
        __koito_v64 i = __koito_load64v(s + length - 64);
        __koito_store64v(d, a);
        __koito_store64v(d + 64, b);
        __koito_store64v(d + 128, c);
        __koito_store64v(d + 192, e);
        __koito_store64v(d + length - 256, f);
        __koito_store64v(d + length - 192, g);
        __koito_store64v(d + length - 128, h);
        __koito_store64v(d + length - 64, i);
        return d;
    }
    if (length >= __KOITO_REP_THRESHOLD)
        return __koito_rep_movsb(d, s, length);
    /* The last 256 bytes are loaded first and stored last, covering the tail the loop's aligned
     * blocks leave. */
    __koito_v64 t0 = __koito_load64v(s + length - 256);
    __koito_v64 t1 = __koito_load64v(s + length - 192);
    __koito_v64 t2 = __koito_load64v(s + length - 128);
    __koito_v64 t3 = __koito_load64v(s + length - 64);
    __koito_store64v(d, __koito_load64v(s));
    size_t skip = 64 - ((uintptr_t)d & 63);
    unsigned char *out = d + skip;
    const unsigned char *in = s + skip;
    unsigned char *end = d + length - 256;
    for (; out < end; out += 256, in += 256) {
        __koito_v64 a = __koito_load64v(in);
        __koito_v64 b = __koito_load64v(in + 64);
        __koito_v64 c = __koito_load64v(in + 128);
        __koito_v64 e = __koito_load64v(in + 192);
        __koito_store64v_aligned(out, a);
        __koito_store64v_aligned(out + 64, b);
        __koito_store64v_aligned(out + 128, c);
        __koito_store64v_aligned(out + 192, e);
    }
    __koito_store64v(end, t0);
    __koito_store64v(end + 64, t1);
    __koito_store64v(end + 128, t2);
    __koito_store64v(end + 192, t3);
    return d;
}
