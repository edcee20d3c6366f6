/*
 * strlen() (libc, string; x86_64). Reads aligned vector blocks, which never
 * cross a page and so cannot fault even past the terminator: the first
 * block (bytes before the string masked off), three more single blocks,
 * then four blocks per iteration folded with an unsigned minimum, so one
 * test finds a zero in any of them. The first 16-byte block is checked
 * inline; the rest goes through a pointer chosen on the first call: AVX2
 * (32-byte blocks) when the CPU and OS allow it (see cpu.h), else SSE2.
 */
#include "cpu.h"
#include "simd.h"
#include <string.h>

__KOITO_READS_PAST_END static size_t length_sse2(const char *string)
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

__KOITO_READS_PAST_END static __KOITO_AVX2 size_t length_avx2(const char *string)
{
    const __koito_v32 zero = {0};
    uintptr_t start = (uintptr_t)string;
    const char *block = (const char *)(start & ~(uintptr_t)31);
    unsigned mask = __koito_mask32(__koito_load32v_aligned(block) == zero) >> (start & 31);
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
    block = (const char *)((uintptr_t)(block + 32) & ~(uintptr_t)127);
    for (;; block += 128) {
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

static size_t length_resolve(const char *string);
static size_t (*length)(const char *) = length_resolve;

static size_t length_resolve(const char *string)
{
    size_t (*chosen)(const char *) = __koito_cpu_avx2() ? length_avx2 : length_sse2;
    __atomic_store_n(&length, chosen, __ATOMIC_RELAXED);
    return chosen(string);
}

__KOITO_READS_PAST_END size_t strlen(const char *string)
{
    /* Short strings end in the first aligned block: answer without a call. */
    const __koito_v16 zero = {0};
    uintptr_t start = (uintptr_t)string;
    unsigned mask =
        __koito_equal_mask(__koito_load_aligned((const char *)(start & ~(uintptr_t)15)), zero) >>
        (start & 15);
    if (mask != 0) {
        return (size_t)__builtin_ctz(mask);
    }
    return __atomic_load_n(&length, __ATOMIC_RELAXED)(string);
}
