/*
 * strlen() (libc, string; x86_64): a direct jump to the version for this CPU (string_x86_64.h):
 * AVX2 (__koito_strlen_avx2.c) or SSE2 (__koito_strlen_sse2.c). The first call asks the CPU.
 */
#include "cpu.h"
#include "string_x86_64.h"
#include <string.h>

__attribute__((__noinline__, __cold__)) static size_t length_first(const char *string)
{
    __koito_cpu_vectors_detect();
    return strlen(string);
}

size_t strlen(const char *string)
{
    int vectors = __atomic_load_n(&__koito_cpu_vectors, __ATOMIC_RELAXED);
    if (__builtin_expect(vectors >= __KOITO_CPU_AVX2, 1))
        return __koito_strlen_avx2(string);
    if (vectors == __KOITO_CPU_SSE2)
        return __koito_strlen_sse2(string);
    return length_first(string);
}
