/* memcpy() with SSE2 (libc, string; x86_64): below 16 bytes scalar loads and stores from both
 * ends, to 128 bytes two to eight 16-byte vectors from both ends without a loop, then a loop of
 * four with unaligned loads and aligned stores and the last 64 bytes from the end; `rep movsb`
 * from __KOITO_REP_THRESHOLD on. */
#include "string_x86_64.h"

__KOITO_STRING_ALIGNED void *__koito_memcpy_sse2(void *restrict destination,
                                                 const void *restrict source, size_t length)
{
    unsigned char *d = destination;
    const unsigned char *s = source;
    if (length < 16)
        return __koito_copy_below16(d, s, length);
    if (length <= 32)
        return __koito_copy_16_to_32(d, s, length);
    if (length <= 64) {
        __koito_v16 a = __koito_load(s);
        __koito_v16 b = __koito_load(s + 16);
        __koito_v16 c = __koito_load(s + length - 32);
        __koito_v16 e = __koito_load(s + length - 16);
        __koito_store(d, a);
        __koito_store(d + 16, b);
        __koito_store(d + length - 32, c);
        __koito_store(d + length - 16, e);
        return d;
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
        return d;
    }
    if (length >= __KOITO_REP_THRESHOLD) {
        return __koito_rep_movsb(d, s, length);
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
