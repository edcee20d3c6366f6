/*
 * memchr() where the CPU allows neither AVX2 nor AVX-512 (libc, string; x86_64): memchr.S jumps
 * here, to the SSE2 version (__koito_memchr_sse2.c); on the first call this asks the CPU and
 * starts again.
 */
#include "cpu.h"
#include "string_x86_64.h"
#include <string.h>

void *__koito_memchr_other(const void *start, int byte, size_t length)
{
    int vectors = __atomic_load_n(&__koito_cpu_vectors, __ATOMIC_RELAXED);
    if (vectors == __KOITO_CPU_SSE2)
        return __koito_memchr_sse2(start, byte, length);
    __koito_cpu_vectors_detect();
    return memchr(start, byte, length);
}
