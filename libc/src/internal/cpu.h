/*
 * CPU features the library may use when present (libc, internal header).
 *
 * Only the x86_64 string functions ask, and only for the vector extensions past SSE2: AVX2
 * needs the CPU to have it and the OS to save the 256-bit registers (OSXSAVE with the YMM state
 * enabled in XCR0); AVX-512 (F and BW) the opmask and 512-bit state as well. A9N enables every
 * component whose save area fits a thread (fpu.c), so KOITO programs use what the CPU offers;
 * QEMU's emulation (TCG) offers AVX2 but not AVX-512.
 */
#ifndef KOITO_LIBC_INTERNAL_CPU_H
#define KOITO_LIBC_INTERNAL_CPU_H

#include "libc.h"

/* The vector extensions a program may use, each implying those before it. The string
 * functions' assembly (the .S files of string/x86_64) compares with these
 * numbers. */
enum {
    __KOITO_CPU_UNKNOWN = 0, /* not yet asked */
    __KOITO_CPU_SSE2 = 1,    /* every x86_64 CPU */
    __KOITO_CPU_AVX2 = 2,
    __KOITO_CPU_AVX512 = 3, /* F, BW and VL, with BMI1 and BMI2 */
};

/* What this CPU and OS allow: __KOITO_CPU_UNKNOWN until __koito_cpu_vectors_detect() has run.
 * A variable rather than a function, so that the string functions' dispatch is one compare and
 * a direct jump: an indirect jump through a pointer cost several cycles a call on the CPU of
 * the host benchmark. */
__KOITO_HIDDEN extern int __koito_cpu_vectors;
/* Asks the CPU, stores the answer in __koito_cpu_vectors and returns it. Two threads asking at
 * once store the same value. */
__KOITO_HIDDEN int __koito_cpu_vectors_detect(void);

#endif
