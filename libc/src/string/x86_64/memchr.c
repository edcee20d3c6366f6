/*
 * memchr() (libc, string; x86_64): a compare and a direct jump to the version for this CPU
 * (__KOITO_STRING_DISPATCH): AVX2, also where AVX-512 is allowed (__koito_memchr_avx2.c), or SSE2
 * (__koito_memchr_sse2.c).
 */
#include "string_x86_64.h"
#include <string.h>

/* SSE2, or the first call: ask the CPU, then dispatch again. */
__attribute__((__used__)) static void *find_rest(const void *start, int byte, size_t length)
{
    if (__atomic_load_n(&__koito_cpu_vectors, __ATOMIC_RELAXED) == __KOITO_CPU_SSE2)
        return __koito_memchr_sse2(start, byte, length);
    __koito_cpu_vectors_detect();
    return memchr(start, byte, length);
}

__KOITO_STRING_DISPATCH(memchr, __koito_memchr_avx2, find_rest);
