/*
 * memset() (libc, string; x86_64): a direct jump to the version for this CPU (string_x86_64.h):
 * AVX-512 (__koito_memset_avx512.c), AVX2 (__koito_memset_avx2.c) or SSE2
 * (__koito_memset_sse2.c). The first call asks the CPU.
 */
#include "cpu.h"
#include "string_x86_64.h"
#include <string.h>

__attribute__((__noinline__, __cold__)) static void *set_first(void *d, int byte, size_t length)
{
    __koito_cpu_vectors_detect();
    return memset(d, byte, length);
}

void *memset(void *destination, int byte, size_t length)
{
    int vectors = __atomic_load_n(&__koito_cpu_vectors, __ATOMIC_RELAXED);
    if (__builtin_expect(vectors == __KOITO_CPU_AVX512, 1))
        return __koito_memset_avx512(destination, byte, length);
    if (vectors == __KOITO_CPU_AVX2)
        return __koito_memset_avx2(destination, byte, length);
    if (vectors == __KOITO_CPU_SSE2)
        return __koito_memset_sse2(destination, byte, length);
    return set_first(destination, byte, length);
}
