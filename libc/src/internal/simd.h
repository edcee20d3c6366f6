/*
 * 16-byte vectors for the x86_64 string functions (libc, internal header of
 * string/x86_64). SSE2 is part of every x86_64 CPU, so these need no CPU
 * check. The functions that read whole aligned blocks past the end of a
 * string (never past its page, so they cannot fault) are exempt from
 * AddressSanitizer, which would otherwise report the harmless over-read in
 * the host tests.
 */
#ifndef KOITO_LIBC_INTERNAL_SIMD_H
#define KOITO_LIBC_INTERNAL_SIMD_H

#include <stddef.h>
#include <stdint.h>

typedef char __koito_v16 __attribute__((__vector_size__(16)));
typedef char __koito_v16u __attribute__((__vector_size__(16), __aligned__(1), __may_alias__));
typedef long long __koito_v2di __attribute__((__vector_size__(16)));

#define __KOITO_READS_PAST_END __attribute__((__no_sanitize__("address")))

static inline __koito_v16 __koito_load(const void *address)
{
    return *(const __koito_v16u *)address;
}

/* Aligned loads may run past the end of a string (see above). */
__KOITO_READS_PAST_END static inline __koito_v16 __koito_load_aligned(const void *address)
{
    return *(const __koito_v16 *)address;
}

/* An unaligned load that may run past the end of a range, by a caller that
 * knows it stays within the page. */
__KOITO_READS_PAST_END static inline __koito_v16 __koito_load_past_end(const void *address)
{
    return *(const __koito_v16u *)address;
}

static inline void __koito_store(void *address, __koito_v16 value)
{
    *(__koito_v16u *)address = value;
}

static inline void __koito_store_aligned(void *address, __koito_v16 value)
{
    *(__koito_v16 *)address = value;
}

static inline __koito_v16 __koito_splat(unsigned char byte)
{
    return (__koito_v16){(char)byte, (char)byte, (char)byte, (char)byte, (char)byte, (char)byte,
                         (char)byte, (char)byte, (char)byte, (char)byte, (char)byte, (char)byte,
                         (char)byte, (char)byte, (char)byte, (char)byte};
}

/* Bit i set where byte i of `a` equals byte i of `b` (pcmpeqb, pmovmskb). */
static inline unsigned __koito_equal_mask(__koito_v16 a, __koito_v16 b)
{
    return (unsigned)__builtin_ia32_pmovmskb128((__koito_v16)(a == b));
}

typedef unsigned char __koito_v16_unsigned __attribute__((__vector_size__(16)));

/* The bytewise unsigned minimum (pminub): zero where either has a zero. */
static inline __koito_v16 __koito_min(__koito_v16 a, __koito_v16 b)
{
    return (__koito_v16)__builtin_elementwise_min((__koito_v16_unsigned)a, (__koito_v16_unsigned)b);
}

static inline uint64_t __koito_load64(const void *address)
{
    uint64_t value;
    __builtin_memcpy(&value, address, sizeof value);
    return value;
}

static inline void __koito_store64(void *address, uint64_t value)
{
    __builtin_memcpy(address, &value, sizeof value);
}

static inline uint32_t __koito_load32(const void *address)
{
    uint32_t value;
    __builtin_memcpy(&value, address, sizeof value);
    return value;
}

static inline void __koito_store32(void *address, uint32_t value)
{
    __builtin_memcpy(address, &value, sizeof value);
}

/* 32-byte vectors, for the AVX2 versions (functions marked __KOITO_AVX2). */
typedef char __koito_v32 __attribute__((__vector_size__(32)));
typedef char __koito_v32u __attribute__((__vector_size__(32), __aligned__(1), __may_alias__));
typedef unsigned char __koito_v32_unsigned __attribute__((__vector_size__(32)));

#define __KOITO_AVX2 __attribute__((__target__("avx2")))

static inline __KOITO_AVX2 __koito_v32 __koito_load32v(const void *address)
{
    return *(const __koito_v32u *)address;
}

__KOITO_READS_PAST_END static inline __KOITO_AVX2 __koito_v32
__koito_load32v_aligned(const void *address)
{
    return *(const __koito_v32 *)address;
}

/* An unaligned load that may run past the end of a range, by a caller that
 * knows it stays within the page. */
__KOITO_READS_PAST_END static inline __KOITO_AVX2 __koito_v32
__koito_load32v_past_end(const void *address)
{
    return *(const __koito_v32u *)address;
}

static inline __KOITO_AVX2 void __koito_store32v(void *address, __koito_v32 value)
{
    *(__koito_v32u *)address = value;
}

static inline __KOITO_AVX2 void __koito_store32v_aligned(void *address, __koito_v32 value)
{
    *(__koito_v32 *)address = value;
}

/* Bit i set where byte i of the vector is all ones (vpmovmskb). */
static inline __KOITO_AVX2 unsigned __koito_mask32(__koito_v32 bytes)
{
    return (unsigned)__builtin_ia32_pmovmskb256(bytes);
}

static inline __KOITO_AVX2 __koito_v32 __koito_min32(__koito_v32 a, __koito_v32 b)
{
    return (__koito_v32)__builtin_elementwise_min((__koito_v32_unsigned)a, (__koito_v32_unsigned)b);
}

#endif
