/*
 * strlen() (libc, string; x86_64). Reads aligned vector blocks, which never
 * cross a page and so cannot fault even past the terminator: the first
 * block (bytes before the string masked off), three more single blocks,
 * then four blocks per iteration folded with an unsigned minimum, so one
 * test finds a zero in any of them. The first 16-byte block is checked
 * inline; the rest goes through a pointer chosen on the first call: AVX2
 * (32-byte blocks) when the CPU and OS allow it (see cpu.h), else SSE2
 * (__koito_strlen_avx2.c, __koito_strlen_sse2.c).
 */
#include "cpu.h"
#include "string_x86_64.h"
#include <string.h>

static size_t length_resolve(const char *string);
static size_t (*length)(const char *) = length_resolve;

static size_t length_resolve(const char *string)
{
    size_t (*chosen)(const char *) = __koito_cpu_avx2() ? __koito_strlen_avx2 : __koito_strlen_sse2;
    __atomic_store_n(&length, chosen, __ATOMIC_RELAXED);
    return chosen(string);
}

__KOITO_STRING_ALIGNED __KOITO_READS_PAST_END size_t strlen(const char *string)
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
