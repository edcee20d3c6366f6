/*
 * memset() where the CPU allows neither AVX2 nor AVX-512 (libc, string; x86_64): memset.S jumps
 * here, to the SSE2 version (__koito_memset_sse2.c); on the first call this asks the CPU and
 * starts again.
 */
#include "cpu.h"
#include "string_x86_64.h"
#include <string.h>

void *__koito_memset_other(void *destination, int byte, size_t length)
{
    int vectors = __atomic_load_n(&__koito_cpu_vectors, __ATOMIC_RELAXED);
    if (vectors == __KOITO_CPU_SSE2)
        return __koito_memset_sse2(destination, byte, length);
    __koito_cpu_vectors_detect();
    return memset(destination, byte, length);
}
