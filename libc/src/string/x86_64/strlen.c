/*
 * strlen() (libc, string; x86_64): a compare and a direct jump to the version for this CPU
 * (__KOITO_STRING_DISPATCH): AVX2, also where AVX-512 is allowed (__koito_strlen_avx2.c), or SSE2
 * (__koito_strlen_sse2.c).
 */
#include "string_x86_64.h"
#include <string.h>

/* SSE2, or the first call: ask the CPU, then dispatch again. */
__attribute__((__used__)) static size_t length_rest(const char *string)
{
    if (__atomic_load_n(&__koito_cpu_vectors, __ATOMIC_RELAXED) == __KOITO_CPU_SSE2)
        return __koito_strlen_sse2(string);
    __koito_cpu_vectors_detect();
    return strlen(string);
}

__KOITO_STRING_DISPATCH(strlen, __koito_strlen_avx2, length_rest);
