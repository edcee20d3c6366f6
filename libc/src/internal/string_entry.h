/*
 * What the x86_64 string functions' assembly and C share (libc, internal header of
 * string/x86_64): the public entry of a function written in assembly, and where memcpy and
 * memset turn to `rep`. Macros only, so that both can include it.
 *
 * __KOITO_STRING_ENTRY(name, avx512) opens `name`: one compare of __koito_cpu_vectors (cpu.h),
 * and where AVX-512 is allowed the code that follows, the AVX-512 version `avx512`, runs with no
 * jump, the way glibc's symbol is its version.
 * __KOITO_STRING_END(name, avx512, avx2, other) closes both: where AVX-512 is not allowed a
 * second compare jumps to the AVX2 version `avx2` (QEMU's CPU: two compares and a jump in all),
 * else to `other`, C that takes SSE2 or the first call, which asks the CPU. Testing AVX2 first
 * cost the AVX-512 path a cycle a call below 64 bytes on the host benchmark's CPU.
 *
 * The AVX-512 versions are assembly so that they work in registers 16 to 31, which have no
 * legacy-SSE encoding: they leave no upper register state dirty, so they need no vzeroupper on
 * return (a cycle a call), and no later SSE instruction pays for a dirty state (Intel CPUs). A
 * C compiler cannot be asked for those registers.
 */
#ifndef KOITO_LIBC_INTERNAL_STRING_ENTRY_H
#define KOITO_LIBC_INTERNAL_STRING_ENTRY_H

#include "cpu_levels.h"

/* From this many bytes on, memcpy and memset use `rep movsb`/`rep stosb`, which CPUs with ERMS
 * run at full cache bandwidth. Below it the vector loops run as fast, and without `rep`'s
 * start-up cost: glibc switches at 2048 bytes per 16 bytes of vector (8192 with 64-byte
 * vectors). A page (4096 bytes, what a file read or the shared buffer moves most) stays in the
 * loop, which also keeps it off the per-byte cost an emulator may charge for `rep` (QEMU's
 * -icount counts each iteration as an instruction). */
#define __KOITO_REP_THRESHOLD 8192

/* Assembly, which the formatter would take for C. */
/* clang-format off */
#define __KOITO_STRING_ENTRY(name, avx512)                                                       \
    .text;                                                                                       \
    .globl name;                                                                                 \
    .type name, @function;                                                                       \
    .globl avx512;                                                                               \
    .hidden avx512;                                                                              \
    .type avx512, @function;                                                                     \
    .p2align 6;                                                                                  \
name:                                                                                            \
    cmpl $(__KOITO_CPU_AVX512), __koito_cpu_vectors(%rip);                                       \
    jne .Lnot_avx512;                                                                            \
avx512:

#define __KOITO_STRING_END(name, avx512, avx2, other)                                            \
.Lnot_avx512:                                                                                    \
    cmpl $(__KOITO_CPU_AVX2), __koito_cpu_vectors(%rip);                                         \
    je avx2;                                                                                     \
    jmp other;                                                                                   \
    .size avx512, . - avx512;                                                                    \
    .size name, . - name;                                                                        \
    .section .note.GNU-stack, "", @progbits
/* clang-format on */

#endif
