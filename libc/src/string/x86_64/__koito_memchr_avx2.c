/* memchr() with AVX2 (libc, string; x86_64): aligned 32-byte blocks that
 * begin before the end of the range, four per iteration while the fourth
 * does, the bytes before the start masked off. */
#include "string_x86_64.h"

__KOITO_STRING_ALIGNED __KOITO_READS_PAST_END __KOITO_AVX2 void *
__koito_memchr_avx2(const unsigned char *start, unsigned char byte, size_t length)
{
    __koito_v32 wanted;
    for (int i = 0; i < 32; i++) {
        wanted[i] = (char)byte;
    }
    const unsigned char *end = start + length;
    const unsigned char *block = (const unsigned char *)((uintptr_t)start & ~(uintptr_t)31);
    unsigned skip = (unsigned)((uintptr_t)start & 31);
    int done = 0;
    for (; block + 96 < end; block += 128, skip = 0) {
        __koito_v32 a = __koito_load32v_aligned(block) == wanted;
        __koito_v32 b = __koito_load32v_aligned(block + 32) == wanted;
        __koito_v32 c = __koito_load32v_aligned(block + 64) == wanted;
        __koito_v32 d = __koito_load32v_aligned(block + 96) == wanted;
        if (__koito_mask32(a | b | c | d) != 0) {
            unsigned long long low = __koito_mask32(a) | (unsigned long long)__koito_mask32(b)
                                                             << 32;
            void *found = __koito_first_match(block, low, skip, end, &done);
            if (done) {
                return found;
            }
            unsigned long long high = __koito_mask32(c) | (unsigned long long)__koito_mask32(d)
                                                              << 32;
            found = __koito_first_match(block + 64, high, 0, end, &done);
            if (done) {
                return found;
            }
        }
    }
    for (; block < end; block += 32, skip = 0) {
        unsigned bits = __koito_mask32(__koito_load32v_aligned(block) == wanted);
        void *found = __koito_first_match(block, bits, skip, end, &done);
        if (done) {
            return found;
        }
    }
    return NULL;
}
