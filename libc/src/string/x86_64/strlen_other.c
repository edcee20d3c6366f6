/*
 * strlen() where the CPU does not allow AVX-512 (libc, string; x86_64): strlen.S jumps here, to
 * the AVX2 version (__koito_strlen_avx2.c) or the SSE2 one (__koito_strlen_sse2.c); on the first
 * call this asks the CPU and starts again.
 */
#include "cpu.h"
#include "string_x86_64.h"
#include <string.h>

size_t __koito_strlen_other(const char *string)
{
    int vectors = __atomic_load_n(&__koito_cpu_vectors, __ATOMIC_RELAXED);
    if (vectors == __KOITO_CPU_AVX2)
        return __koito_strlen_avx2(string);
    if (vectors == __KOITO_CPU_SSE2)
        return __koito_strlen_sse2(string);
    __koito_cpu_vectors_detect();
    return strlen(string);
}
