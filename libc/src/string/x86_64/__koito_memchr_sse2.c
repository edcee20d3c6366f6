/* memchr() with SSE2 (libc, string; x86_64): aligned 16-byte blocks that
 * begin before the end of the range, four per iteration while the fourth
 * does, the bytes before the start masked off. */
#include "string_x86_64.h"

__KOITO_STRING_ALIGNED __KOITO_READS_PAST_END void *
__koito_memchr_sse2(const unsigned char *start, unsigned char byte, size_t length)
{
    const __koito_v16 wanted = __koito_splat(byte);
    const unsigned char *end = start + length;
    const unsigned char *block = (const unsigned char *)((uintptr_t)start & ~(uintptr_t)15);
    unsigned skip = (unsigned)((uintptr_t)start & 15);
    int done = 0;
    /* Four blocks at a time while the fourth still begins before `end`. */
    for (; block + 48 < end; block += 64, skip = 0) {
        __koito_v16 a = __koito_load_aligned(block) == wanted;
        __koito_v16 b = __koito_load_aligned(block + 16) == wanted;
        __koito_v16 c = __koito_load_aligned(block + 32) == wanted;
        __koito_v16 d = __koito_load_aligned(block + 48) == wanted;
        if (__builtin_ia32_pmovmskb128(a | b | c | d) != 0) {
            unsigned long long bits =
                (unsigned)__builtin_ia32_pmovmskb128(a) |
                (unsigned long long)(unsigned)__builtin_ia32_pmovmskb128(b) << 16 |
                (unsigned long long)(unsigned)__builtin_ia32_pmovmskb128(c) << 32 |
                (unsigned long long)(unsigned)__builtin_ia32_pmovmskb128(d) << 48;
            void *found = __koito_first_match(block, bits, skip, end, &done);
            if (done) {
                return found;
            }
        }
    }
    for (; block < end; block += 16, skip = 0) {
        unsigned bits = __koito_equal_mask(__koito_load_aligned(block), wanted);
        void *found = __koito_first_match(block, bits, skip, end, &done);
        if (done) {
            return found;
        }
    }
    return NULL;
}
