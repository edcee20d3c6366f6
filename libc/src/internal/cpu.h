/*
 * CPU features the library may use when present (libc, internal header).
 *
 * Only the x86_64 string functions ask, and only for AVX2, which needs the
 * CPU to have it and the OS to save the 256-bit registers (OSXSAVE with the
 * YMM state enabled in XCR0): A9N saves state with fxsave and does not
 * enable YMM, so a KOITO guest always takes the SSE2 paths, while the host
 * tests and benchmarks exercise both.
 */
#ifndef KOITO_LIBC_INTERNAL_CPU_H
#define KOITO_LIBC_INTERNAL_CPU_H

#include "libc.h"

/* 1 if AVX2 instructions may be used; computed once. */
__KOITO_HIDDEN int __koito_cpu_avx2(void);

#endif
