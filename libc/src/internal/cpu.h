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

/* 1 if AVX2 instructions may be used; computed once. */
__KOITO_HIDDEN int __koito_cpu_avx2(void);
/* 1 if AVX-512 F and BW instructions may be used (implies AVX2); computed once. */
__KOITO_HIDDEN int __koito_cpu_avx512(void);

#endif
