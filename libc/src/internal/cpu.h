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

#include "cpu_levels.h"
#include "libc.h"

/* What this CPU and OS allow: __KOITO_CPU_UNKNOWN until __koito_cpu_vectors_detect() has run.
 * A variable rather than a function, so that the string functions' dispatch is one compare and
 * a direct jump: an indirect jump through a pointer cost several cycles a call on the CPU of
 * the host benchmark. */
__KOITO_HIDDEN extern int __koito_cpu_vectors;
/* Asks the CPU, stores the answer in __koito_cpu_vectors and returns it. Two threads asking at
 * once store the same value. */
__KOITO_HIDDEN int __koito_cpu_vectors_detect(void);

#endif
