/*
 * memchr() (libc, string; x86_64): a direct jump to the version for this CPU (string_x86_64.h):
 * AVX2 (__koito_memchr_avx2.c) or SSE2 (__koito_memchr_sse2.c). The first call asks the CPU.
 */
#include "cpu.h"
#include "string_x86_64.h"
#include <string.h>

__attribute__((__noinline__, __cold__)) static void *find_first(const void *start, int byte,
                                                                size_t length)
{
    __koito_cpu_vectors_detect();
    return memchr(start, byte, length);
}

void *memchr(const void *start, int byte, size_t length)
{
    int vectors = __atomic_load_n(&__koito_cpu_vectors, __ATOMIC_RELAXED);
    if (__builtin_expect(vectors >= __KOITO_CPU_AVX2, 1))
        return __koito_memchr_avx2(start, byte, length);
    if (vectors == __KOITO_CPU_SSE2)
        return __koito_memchr_sse2(start, byte, length);
    return find_first(start, byte, length);
}
