/* memset() with SSE2 (libc, string; x86_64): below 16 bytes scalar stores from both ends, to 64
 * two or four overlapping 16-byte stores from both ends, beyond that four aligned stores per
 * iteration and the last 64 bytes from the end; `rep stosb` from __KOITO_REP_THRESHOLD on. */
#include "string_x86_64.h"

__KOITO_STRING_ALIGNED void *__koito_memset_sse2(void *destination, int byte, size_t length)
{
    unsigned char *d = destination;
    if (length < 16)
        return __koito_set_below16(d, 0x0101010101010101ull * (unsigned char)byte, length);
    if (length <= 32)
        return __koito_set_16_to_32(d, (unsigned char)byte, length);
    __koito_v16 v = __koito_splat((unsigned char)byte);
    if (length <= 64) {
        __koito_store(d, v);
        __koito_store(d + 16, v);
        __koito_store(d + length - 32, v);
        __koito_store(d + length - 16, v);
        return d;
    }
    if (length >= __KOITO_REP_THRESHOLD)
        return __koito_rep_stosb(d, (unsigned char)byte, length);
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
