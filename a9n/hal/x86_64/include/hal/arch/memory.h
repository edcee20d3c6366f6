/*
 * The x86_64 port's bulk word moves, under the core's memset and memcpy
 * (kernel/string.c): `rep stosq` and `rep movsq`, the string instructions
 * every x86_64 processor runs at its store bandwidth for page-sized runs.
 * Creating objects zeroes whole pages and long messages are copied here, so
 * these loops are the largest part of making a process.
 */
#ifndef A9N_HAL_ARCH_MEMORY_H
#define A9N_HAL_ARCH_MEMORY_H

#include <stddef.h>
#include <stdint.h>

/* Store `pattern` into `count` 8-byte words from `destination`. */
static inline void hal_arch_fill_words(uint64_t *destination, uint64_t pattern, size_t count)
{
    __asm__ volatile("rep stosq" : "+D"(destination), "+c"(count) : "a"(pattern) : "memory");
}

/* Copy `count` 8-byte words from `source` to `destination` (not overlapping). */
static inline void hal_arch_copy_words(uint64_t *destination, const uint64_t *source, size_t count)
{
    __asm__ volatile("rep movsq" : "+D"(destination), "+S"(source), "+c"(count) : : "memory");
}

#endif
