/*
 * memcpy() (libc, string; x86_64): a direct jump to the version for this CPU (string_x86_64.h):
 * AVX-512 (__koito_memcpy_avx512.c), AVX2 (__koito_memcpy_avx2.c) or SSE2
 * (__koito_memcpy_sse2.c). The first call asks the CPU.
 */
#include "cpu.h"
#include "string_x86_64.h"
#include <string.h>

__attribute__((__noinline__, __cold__)) static void *
copy_first(void *restrict destination, const void *restrict source, size_t length)
{
    __koito_cpu_vectors_detect();
    return memcpy(destination, source, length);
}

void *memcpy(void *restrict destination, const void *restrict source,
                                    size_t length)
{
    int vectors = __atomic_load_n(&__koito_cpu_vectors, __ATOMIC_RELAXED);
    if (__builtin_expect(vectors == __KOITO_CPU_AVX512, 1))
        return __koito_memcpy_avx512(destination, source, length);
    if (vectors == __KOITO_CPU_AVX2)
        return __koito_memcpy_avx2(destination, source, length);
    if (vectors == __KOITO_CPU_SSE2)
        return __koito_memcpy_sse2(destination, source, length);
    return copy_first(destination, source, length);
}
