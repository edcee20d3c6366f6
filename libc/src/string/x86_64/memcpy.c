/*
 * memcpy() (libc, string; x86_64): a compare and a direct jump to the version for this CPU
 * (__KOITO_STRING_DISPATCH): AVX2 (__koito_memcpy_avx2.c), AVX-512 (__koito_memcpy_avx512.c) or
 * SSE2 (__koito_memcpy_sse2.c).
 */
#include "string_x86_64.h"
#include <string.h>

/* SSE2, or the first call: ask the CPU, then dispatch again. */
__attribute__((__used__)) static void *copy_rest(void *restrict destination,
                                                 const void *restrict source, size_t length)
{
    if (__atomic_load_n(&__koito_cpu_vectors, __ATOMIC_RELAXED) == __KOITO_CPU_SSE2)
        return __koito_memcpy_sse2(destination, source, length);
    __koito_cpu_vectors_detect();
    return memcpy(destination, source, length);
}

__KOITO_STRING_DISPATCH(memcpy, __koito_memcpy_avx2, __koito_memcpy_avx512, copy_rest);
