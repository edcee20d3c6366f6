/* strlen() with AVX2 (libc, string; x86_64): aligned 32-byte blocks, the
 * first masked, three more one by one, then four per iteration folded with
 * vpminub from a 128-byte boundary, so that the four of an iteration lie in
 * one page and none past the terminator's page is read (bytes read twice
 * were not zero). */
#include "string_x86_64.h"

__KOITO_STRING_ALIGNED __KOITO_READS_PAST_END __KOITO_AVX2 size_t
__koito_strlen_avx2(const char *string)
{
    /* A string that ends in its first aligned 16 bytes, with no 32-byte register: that return
     * needs no vzeroupper. */
    uintptr_t start = (uintptr_t)string;
    unsigned mask = __koito_equal_mask(__koito_load_aligned((const char *)(start & ~(uintptr_t)15)),
                                       (__koito_v16){0}) >>
                    (start & 15);
    if (mask != 0)
        return (size_t)__builtin_ctz(mask);
    const __koito_v32 zero = {0};
    const char *block = (const char *)(start & ~(uintptr_t)31);
    mask = __koito_mask32(__koito_load32v_aligned(block) == zero) >> (start & 31);
    if (mask != 0) {
        return (size_t)__builtin_ctz(mask);
    }
    for (int i = 0; i < 3; i++) {
        block += 32;
        mask = __koito_mask32(__koito_load32v_aligned(block) == zero);
        if (mask != 0) {
            return (size_t)(block - string) + (size_t)__builtin_ctz(mask);
        }
    }
    for (block = (const char *)((uintptr_t)(block + 32) & ~(uintptr_t)127);; block += 128) {
        __koito_v32 a = __koito_load32v_aligned(block);
        __koito_v32 b = __koito_load32v_aligned(block + 32);
        __koito_v32 c = __koito_load32v_aligned(block + 64);
        __koito_v32 d = __koito_load32v_aligned(block + 96);
        __koito_v32 least = __koito_min32(__koito_min32(a, b), __koito_min32(c, d));
        if (__koito_mask32(least == zero) != 0) {
            unsigned long long low =
                __koito_mask32(a == zero) | (unsigned long long)__koito_mask32(b == zero) << 32;
            if (low != 0) {
                return (size_t)(block - string) + (size_t)__builtin_ctzll(low);
            }
            unsigned long long high =
                __koito_mask32(c == zero) | (unsigned long long)__koito_mask32(d == zero) << 32;
            return (size_t)(block - string) + 64 + (size_t)__builtin_ctzll(high);
        }
    }
}
