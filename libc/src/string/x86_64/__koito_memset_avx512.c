/* memset() beyond 64 bytes with AVX-512 (libc, string; x86_64): up to eight 64-byte stores from
 * both ends without a loop (to 512 bytes), then four aligned stores per iteration and the last
 * 256 bytes from the end; `rep stosb` from __KOITO_REP_THRESHOLD on. */
#include "string_x86_64.h"

__KOITO_STRING_ALIGNED __KOITO_AVX512 void *__koito_memset_avx512(unsigned char *d,
                                                                  unsigned char byte, size_t length)
{
    __koito_v64 v = __koito_splat64(byte);
    /* Each size class ends in its own return, so the shortest takes no branch past its test
     * (their last stores differ, or the compiler would merge their ends into one). */
    if (length <= 128) {
        __koito_store64v(d + length - 64, v);
        __koito_store64v(d, v);
        return d;
    }
    if (length <= 256) {
        __koito_store64v(d, v);
        __koito_store64v(d + 64, v);
        __koito_store64v(d + length - 128, v);
        __koito_store64v(d + length - 64, v);
        return d;
    }
    if (length <= 512) {
        __koito_store64v(d, v);
        __koito_store64v(d + 64, v);
        __koito_store64v(d + 128, v);
        __koito_store64v(d + 192, v);
        __koito_store64v(d + length - 256, v);
        __koito_store64v(d + length - 192, v);
        __koito_store64v(d + length - 128, v);
        __koito_store64v(d + length - 64, v);
        return d;
    }
    if (length >= __KOITO_REP_THRESHOLD) {
        return __koito_rep_stosb(d, byte, length);
    }
    __koito_store64v(d, v);
    unsigned char *end = d + length - 256;
    for (unsigned char *out = d + 64 - ((uintptr_t)d & 63); out < end; out += 256) {
        __koito_store64v_aligned(out, v);
        __koito_store64v_aligned(out + 64, v);
        __koito_store64v_aligned(out + 128, v);
        __koito_store64v_aligned(out + 192, v);
    }
    __koito_store64v(end, v);
    __koito_store64v(end + 64, v);
    __koito_store64v(end + 128, v);
    __koito_store64v(end + 192, v);
    return d;
}
