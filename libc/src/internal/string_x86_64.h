/*
 * The x86_64 string functions' versions (libc, internal header of
 * string/x86_64). memcpy, memset, strlen and memchr handle short inputs
 * themselves and pass the rest, through a pointer set on first use, to the
 * AVX-512 version (memcpy and memset) when __koito_cpu_avx512() allows it,
 * else the AVX2 one when __koito_cpu_avx2() does, else the SSE2 one. Each
 * version is a file of its own, so the host tests can run every one the CPU
 * they are on has.
 */
#ifndef KOITO_LIBC_INTERNAL_STRING_X86_64_H
#define KOITO_LIBC_INTERNAL_STRING_X86_64_H

#include "libc.h"
#include "simd.h"

/* From this many bytes on, memcpy and memset use `rep movsb`/`rep stosb`,
 * which CPUs with ERMS run at full cache bandwidth. Below it the vector loops
 * run as fast, and without `rep`'s start-up cost: glibc switches at 2048
 * bytes per 16 bytes of vector (8192 with 64-byte vectors). A page (4096
 * bytes, what a file read or the shared buffer moves most) stays in the
 * loop, which also keeps it off the per-byte cost an emulator may charge for
 * `rep` (QEMU's -icount counts each iteration as an instruction). */
#define __KOITO_REP_THRESHOLD 8192

/* Each version starts on a 64-byte boundary, so the placement of its loops
 * (and so its speed) does not change with the code linked before it. */
#define __KOITO_STRING_ALIGNED __attribute__((__aligned__(64)))

/* Preconditions: length > 64. They return `d`. */
__KOITO_HIDDEN void *__koito_memcpy_sse2(unsigned char *d, const unsigned char *s, size_t length);
__KOITO_HIDDEN void *__koito_memcpy_avx2(unsigned char *d, const unsigned char *s, size_t length);
__KOITO_HIDDEN void *__koito_memcpy_avx512(unsigned char *d, const unsigned char *s, size_t length);
__KOITO_HIDDEN void *__koito_memset_sse2(unsigned char *d, unsigned char byte, size_t length);
__KOITO_HIDDEN void *__koito_memset_avx2(unsigned char *d, unsigned char byte, size_t length);
__KOITO_HIDDEN void *__koito_memset_avx512(unsigned char *d, unsigned char byte, size_t length);
/* No precondition. */
__KOITO_HIDDEN size_t __koito_strlen_sse2(const char *string);
__KOITO_HIDDEN size_t __koito_strlen_avx2(const char *string);
/* Precondition: length > 0. */
__KOITO_HIDDEN void *__koito_memchr_sse2(const unsigned char *start, unsigned char byte,
                                         size_t length);
__KOITO_HIDDEN void *__koito_memchr_avx2(const unsigned char *start, unsigned char byte,
                                         size_t length);

__attribute__((__always_inline__)) static inline void *
__koito_rep_movsb(unsigned char *d, const unsigned char *s, size_t length)
{
    void *to = d;
    __asm__ volatile("rep movsb" : "+D"(to), "+S"(s), "+c"(length) : : "memory");
    return d;
}

__attribute__((__always_inline__)) static inline void *
__koito_rep_stosb(unsigned char *d, unsigned char byte, size_t length)
{
    void *to = d;
    __asm__ volatile("rep stosb" : "+D"(to), "+c"(length) : "a"(byte) : "memory");
    return d;
}

#endif
