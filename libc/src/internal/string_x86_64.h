/*
 * The x86_64 string functions' versions (libc, internal header of
 * string/x86_64). memcpy, memset, strlen and memchr (memcpy.S, memset.S,
 * strlen.S, memchr.S) each compare __koito_cpu_vectors (cpu.h) and fall into
 * their AVX-512 version where the CPU allows it, else jump to the AVX2 one or
 * to the SSE2 one, the best the CPU and the OS allow. A compare costs about
 * nothing; a jump through a pointer (a PLT slot, an IFUNC's way) cost several
 * cycles a call on the CPU of the host benchmark, a third of a short call's
 * time. Each version has a symbol of its own, so the host tests can run every
 * one the CPU they are on has.
 */
#ifndef KOITO_LIBC_INTERNAL_STRING_X86_64_H
#define KOITO_LIBC_INTERNAL_STRING_X86_64_H

#include "libc.h"
#include "simd.h"
#include "string_entry.h" /* __KOITO_REP_THRESHOLD */

/* Each version starts on a 64-byte boundary, so the placement of its loops
 * (and so its speed) does not change with the code linked before it. */
#define __KOITO_STRING_ALIGNED __attribute__((__aligned__(64)))

/* The versions: each takes its function's arguments, as the entry passes them on untouched. */
__KOITO_HIDDEN void *__koito_memcpy_sse2(void *restrict d, const void *restrict s, size_t length);
__KOITO_HIDDEN void *__koito_memcpy_avx2(void *restrict d, const void *restrict s, size_t length);
__KOITO_HIDDEN void *__koito_memcpy_avx512(void *restrict d, const void *restrict s,
                                           size_t length); /* memcpy.S */
/* memcpy where neither AVX2 nor AVX-512 is allowed, or not yet known (memcpy.S jumps to it). */
__KOITO_HIDDEN void *__koito_memcpy_other(void *restrict d, const void *restrict s, size_t length);
__KOITO_HIDDEN void *__koito_memset_sse2(void *d, int byte, size_t length);
__KOITO_HIDDEN void *__koito_memset_avx2(void *d, int byte, size_t length);
__KOITO_HIDDEN void *__koito_memset_avx512(void *d, int byte, size_t length); /* memset.S */
/* memset where neither AVX2 nor AVX-512 is allowed, or not yet known (memset.S jumps to it). */
__KOITO_HIDDEN void *__koito_memset_other(void *d, int byte, size_t length);
__KOITO_HIDDEN size_t __koito_strlen_sse2(const char *string);
__KOITO_HIDDEN size_t __koito_strlen_avx2(const char *string);
__KOITO_HIDDEN size_t __koito_strlen_evex(const char *string); /* strlen.S */
/* strlen where neither AVX2 nor AVX-512 is allowed, or not yet known (strlen.S jumps to it). */
__KOITO_HIDDEN size_t __koito_strlen_other(const char *string);
__KOITO_HIDDEN void *__koito_memchr_sse2(const void *start, int byte, size_t length);
__KOITO_HIDDEN void *__koito_memchr_avx2(const void *start, int byte, size_t length);
__KOITO_HIDDEN void *__koito_memchr_evex(const void *start, int byte, size_t length); /* memchr.S */
/* memchr where neither AVX2 nor AVX-512 is allowed, or not yet known (memchr.S jumps to it). */
__KOITO_HIDDEN void *__koito_memchr_other(const void *start, int byte, size_t length);

/* Stores `word` (the byte in each of its eight) to d[0] .. d[length - 1], length < 16: two
 * overlapping stores from both ends, or three single bytes. */
__attribute__((__always_inline__)) static inline void *
__koito_set_below16(unsigned char *d, uint64_t word, size_t length)
{
    if (length >= 8) {
        __koito_store64(d, word);
        __koito_store64(d + length - 8, word);
    } else if (length >= 4) {
        __koito_store32(d, (uint32_t)word);
        __koito_store32(d + length - 4, (uint32_t)word);
    } else if (length > 0) {
        d[0] = (unsigned char)word;
        d[length / 2] = (unsigned char)word;
        d[length - 1] = (unsigned char)word;
    }
    return d;
}

/* Copies 16 to 32 bytes: the first 16 and the last 16, both loaded before either is stored. */
__attribute__((__always_inline__)) static inline void *
__koito_copy_16_to_32(unsigned char *d, const unsigned char *s, size_t length)
{
    __koito_v16 head = __koito_load(s);
    __koito_v16 tail = __koito_load(s + length - 16);
    __koito_store(d, head);
    __koito_store(d + length - 16, tail);
    return d;
}

/* Copies 32 to 64 bytes (AVX2): the first 32 and the last 32. */
__attribute__((__always_inline__)) static inline __KOITO_AVX2 void *
__koito_copy_32_to_64(unsigned char *d, const unsigned char *s, size_t length)
{
    __koito_v32 head = __koito_load32v(s);
    __koito_v32 tail = __koito_load32v(s + length - 32);
    __koito_store32v(d, head);
    __koito_store32v(d + length - 32, tail);
    return d;
}

/* Fills 16 to 32 bytes: the first 16 and the last 16. */
__attribute__((__always_inline__)) static inline void *
__koito_set_16_to_32(unsigned char *d, unsigned char byte, size_t length)
{
    __koito_v16 v = __koito_splat(byte);
    __koito_store(d, v);
    __koito_store(d + length - 16, v);
    return d;
}

/* Copies length < 16 bytes: both ends loaded before either is stored. */
__attribute__((__always_inline__)) static inline void *
__koito_copy_below16(unsigned char *d, const unsigned char *s, size_t length)
{
    if (length >= 8) {
        uint64_t head = __koito_load64(s);
        uint64_t tail = __koito_load64(s + length - 8);
        __koito_store64(d, head);
        __koito_store64(d + length - 8, tail);
    } else if (length >= 4) {
        uint32_t head = __koito_load32(s);
        uint32_t tail = __koito_load32(s + length - 4);
        __koito_store32(d, head);
        __koito_store32(d + length - 4, tail);
    } else if (length > 0) {
        unsigned char first = s[0];
        unsigned char middle = s[length / 2];
        unsigned char last = s[length - 1];
        d[0] = first;
        d[length / 2] = middle;
        d[length - 1] = last;
    }
    return d;
}

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

/* 1 to 16 bytes within 16 of a page's end: the aligned blocks that hold the range (one or
 * two), bytes before the start shifted off; they never touch a page the range does not. */
__attribute__((__noinline__)) __KOITO_READS_PAST_END static inline void *
__koito_find_near_page_end(const unsigned char *start, __koito_v16 wanted, size_t length)
{
    unsigned skip = (unsigned)((uintptr_t)start & 15);
    const unsigned char *block = start - skip;
    unsigned bits = __koito_equal_mask(__koito_load_aligned(block), wanted) >> skip;
    if (bits == 0 && length > 16 - skip)
        bits = __koito_equal_mask(__koito_load_aligned(block + 16), wanted) << (16 - skip);
    if (bits == 0)
        return NULL;
    size_t index = (size_t)__builtin_ctz(bits);
    return index < length ? (void *)(start + index) : NULL;
}

/* memchr of 1 to 16 bytes: one unaligned load at the start when that cannot cross into the next
 * page (it may read past the end), a bit above the 16 making "no match" index 16, past any
 * length; near a page's end __koito_find_near_page_end. */
__attribute__((__always_inline__)) __KOITO_READS_PAST_END static inline void *
__koito_find_below17(const unsigned char *start, __koito_v16 wanted, size_t length)
{
    if (__builtin_expect(((uintptr_t)start & 4095) > 4096 - 16, 0))
        return __koito_find_near_page_end(start, wanted, length);
    unsigned bits = __koito_equal_mask(__koito_load_past_end(start), wanted) | 1u << 16;
    size_t index = (size_t)__builtin_ctz(bits);
    return index < length ? (void *)(start + index) : NULL;
}

#endif
