/*
 * The vector extensions a program may use, each implying those before it (libc, internal header):
 * the values of __koito_cpu_vectors (cpu.h), as numbers that C and the string functions'
 * assembly (string_entry.h) share.
 */
#ifndef KOITO_LIBC_INTERNAL_CPU_LEVELS_H
#define KOITO_LIBC_INTERNAL_CPU_LEVELS_H

#define __KOITO_CPU_UNKNOWN 0 /* not yet asked */
#define __KOITO_CPU_SSE2    1 /* every x86_64 CPU */
#define __KOITO_CPU_AVX2    2
#define __KOITO_CPU_AVX512  3 /* F, BW and VL, with BMI1 and BMI2 */

#endif
