/*
 * memcpy() where the CPU allows neither AVX2 nor AVX-512 (libc, string; x86_64): memcpy.S jumps
 * here, to the SSE2 version (__koito_memcpy_sse2.c); on the first call this asks the CPU and
 * starts again.
 */
#include "cpu.h"
#include "string_x86_64.h"
#include <string.h>

void *__koito_memcpy_other(void *restrict destination, const void *restrict source, size_t length)
{
    int vectors = __atomic_load_n(&__koito_cpu_vectors, __ATOMIC_RELAXED);
    if (vectors == __KOITO_CPU_SSE2)
        return __koito_memcpy_sse2(destination, source, length);
    __koito_cpu_vectors_detect();
    return memcpy(destination, source, length);
}
