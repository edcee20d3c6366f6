/* memset() with AVX-512 (libc, string; x86_64): below 16 bytes scalar stores from both ends;
 * below 64 one store under a mask of the first `length` bytes, unless the 64 bytes from the
 * start reach into the next page (a masked store whose unwritten part crosses a page can be
 * slow), then two overlapping stores of 16 or 32 bytes from both ends; to 512 bytes up to eight
 * 64-byte stores from both ends without a loop, then four aligned stores per iteration and the
 * last 256 bytes from the end; `rep stosb` from __KOITO_REP_THRESHOLD on. */
#include "string_x86_64.h"

#define PAGE_SIZE 4096

/* 16 to 63 bytes, near a page's end: two overlapping stores of 16 or 32 bytes. */
static inline __KOITO_AVX512 void *set_near_page_end(unsigned char *d, unsigned char byte,
                                                     size_t length)
{
    if (length < 32)
        return __koito_set_16_to_32(d, byte, length);
    __koito_v32 half;
    for (int i = 0; i < 32; i++) {
        half[i] = (char)byte;
    }
    __koito_store32v(d, half);
    __koito_store32v(d + length - 32, half);
    return d;
}

__KOITO_STRING_ALIGNED __KOITO_AVX512 void *__koito_memset_avx512(void *destination, int byte,
                                                                  size_t length)
{
    unsigned char *d = destination;
    /* The shortest first, with no vector register: their return needs no vzeroupper. */
    if (length < 16)
        return __koito_set_below16(d, 0x0101010101010101ull * (unsigned char)byte, length);
    __koito_v64 v = __koito_splat64((unsigned char)byte);
    if (length < 64) {
        if (__builtin_expect(((uintptr_t)d & (PAGE_SIZE - 1)) > PAGE_SIZE - 64, 0))
            return set_near_page_end(d, (unsigned char)byte, length);
        __koito_store64v_first(d, v, length);
        return d;
    }
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
        return __koito_rep_stosb(d, (unsigned char)byte, length);
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
