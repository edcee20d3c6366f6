/* memset() beyond 64 bytes with SSE2 (libc, string; x86_64): four aligned
 * 16-byte stores per iteration, the last 64 bytes from the end; `rep stosb`
 * from __KOITO_REP_THRESHOLD on. */
#include "string_x86_64.h"

__KOITO_STRING_ALIGNED void *__koito_memset_sse2(unsigned char *d, unsigned char byte,
                                                 size_t length)
{
    __koito_v16 v = __koito_splat(byte);
    if (length >= __KOITO_REP_THRESHOLD) {
        return __koito_rep_stosb(d, byte, length);
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
