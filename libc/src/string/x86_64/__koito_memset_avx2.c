/* memset() with AVX2 (libc, string; x86_64): below 16 bytes scalar stores from both ends, below
 * 32 two overlapping 16-byte stores, to 256 bytes two to eight 32-byte stores from both ends
 * without a loop, beyond that four aligned stores per iteration; `rep stosb` from
 * __KOITO_REP_THRESHOLD on. */
#include "string_x86_64.h"

__KOITO_STRING_ALIGNED __KOITO_AVX2 void *__koito_memset_avx2(void *destination, int byte,
                                                              size_t length)
{
    unsigned char *d = destination;
    /* The shortest first, with no vector register: their return needs no vzeroupper. */
    if (length < 16)
        return __koito_set_below16(d, 0x0101010101010101ull * (unsigned char)byte, length);
    if (length < 32)
        return __koito_set_16_to_32(d, (unsigned char)byte, length);
    __koito_v32 v;
    for (int i = 0; i < 32; i++) {
        v[i] = (char)byte;
    }
    if (length <= 64) {
        __koito_store32v(d, v);
        __koito_store32v(d + length - 32, v);
        return d;
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
    if (length >= __KOITO_REP_THRESHOLD)
        return __koito_rep_stosb(d, (unsigned char)byte, length);
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
