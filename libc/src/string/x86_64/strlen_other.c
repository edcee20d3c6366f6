/*
 * strlen() where the CPU allows neither AVX2 nor AVX-512 (libc, string; x86_64): strlen.S jumps
 * here, to the SSE2 version (__koito_strlen_sse2.c); on the first call this asks the CPU and
 * starts again.
 */
#include "cpu.h"
#include "string_x86_64.h"
#include <string.h>

size_t __koito_strlen_other(const char *string)
{
    int vectors = __atomic_load_n(&__koito_cpu_vectors, __ATOMIC_RELAXED);
    if (vectors == __KOITO_CPU_SSE2)
        return __koito_strlen_sse2(string);
    __koito_cpu_vectors_detect();
    return strlen(string);
}
