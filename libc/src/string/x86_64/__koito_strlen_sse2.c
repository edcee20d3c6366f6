/* strlen() with SSE2 (libc, string; x86_64): aligned 16-byte blocks, the
 * first masked, three more one by one, then 64 bytes per iteration folded
 * with pminub. */
#include "string_x86_64.h"

__KOITO_STRING_ALIGNED __KOITO_READS_PAST_END size_t __koito_strlen_sse2(const char *string)
{
    const __koito_v16 zero = {0};
    uintptr_t start = (uintptr_t)string;
    const char *block = (const char *)(start & ~(uintptr_t)15);
    unsigned mask = __koito_equal_mask(__koito_load_aligned(block), zero) >> (start & 15);
    if (mask != 0) {
        return (size_t)__builtin_ctz(mask);
    }
    for (int i = 0; i < 3; i++) {
        block += 16;
        mask = __koito_equal_mask(__koito_load_aligned(block), zero);
        if (mask != 0) {
            return (size_t)(block - string) + (size_t)__builtin_ctz(mask);
        }
    }
    /* Align to 64 so an iteration reads one cache line; bytes re-read
     * below `block + 16` were already found non-zero. */
    block = (const char *)((uintptr_t)(block + 16) & ~(uintptr_t)63);
    for (;; block += 64) {
        __koito_v16 a = __koito_load_aligned(block);
        __koito_v16 b = __koito_load_aligned(block + 16);
        __koito_v16 c = __koito_load_aligned(block + 32);
        __koito_v16 d = __koito_load_aligned(block + 48);
        __koito_v16 least = __koito_min(__koito_min(a, b), __koito_min(c, d));
        if (__koito_equal_mask(least, zero) != 0) {
            unsigned long long bits = __koito_equal_mask(a, zero) |
                                      (unsigned long long)__koito_equal_mask(b, zero) << 16 |
                                      (unsigned long long)__koito_equal_mask(c, zero) << 32 |
                                      (unsigned long long)__koito_equal_mask(d, zero) << 48;
            return (size_t)(block - string) + (size_t)__builtin_ctzll(bits);
        }
    }
}
