/*
 * strlen() (libc, string; x86_64): the public entry (string_entry.h) and the EVEX version,
 * __koito_strlen_evex; the AVX2 and SSE2 versions are C (__koito_strlen_avx2.c,
 * __koito_strlen_sse2.c), reached through the entry's second compare and strlen_other.c.
 *
 * The EVEX version compares 32-byte blocks in ymm16 to ymm21 into mask registers. It reads
 * aligned blocks only, which never cross a page, so it cannot fault past the terminator: the
 * block that holds the start (the bits of the bytes before it shifted off), three more one by
 * one, then four a time folded with vpminub, so that one test finds a zero in any of them, from
 * a 128-byte boundary: the four of an iteration lie in one page, so none past the terminator's
 * page is read (bytes read twice were not zero).
 */
#include "string_entry.h"

__KOITO_STRING_ENTRY(strlen, __koito_strlen_evex)
    vpxorq %xmm16, %xmm16, %xmm16
    mov %rdi, %rcx
    and $-32, %rcx
    vpcmpeqb (%rcx), %ymm16, %k0
    kmovd %k0, %eax
    shrx %edi, %eax, %eax                   /* by the start's offset in its block (edi & 31) */
    test %eax, %eax
    jz .Lnext_blocks
    tzcnt %eax, %eax
    ret

/* rcx: the block that holds the start. The answer is rcx - rdi + the zero's index from rcx. */
.Lnext_blocks:
    vpcmpeqb 32(%rcx), %ymm16, %k0
    kmovd %k0, %eax
    test %eax, %eax
    jnz .Lfound_32
    vpcmpeqb 64(%rcx), %ymm16, %k0
    kmovd %k0, %eax
    test %eax, %eax
    jnz .Lfound_64
    vpcmpeqb 96(%rcx), %ymm16, %k0
    kmovd %k0, %eax
    test %eax, %eax
    jnz .Lfound_96
    sub $-128, %rcx
    and $-128, %rcx                         /* an iteration's 128 bytes never cross a page */
    .p2align 4
.Lloop:
    vmovdqa64 (%rcx), %ymm17
    vmovdqa64 64(%rcx), %ymm18
    vpminub 32(%rcx), %ymm17, %ymm19
    vpminub 96(%rcx), %ymm18, %ymm20
    vpminub %ymm19, %ymm20, %ymm21
    vptestnmb %ymm21, %ymm21, %k0
    kortestd %k0, %k0
    jnz .Lfound_in_loop
    sub $-128, %rcx
    jmp .Lloop

.Lfound_in_loop:
    vpcmpeqb %ymm17, %ymm16, %k0            /* the first 64 bytes of the four blocks */
    vptestnmb %ymm19, %ymm19, %k1
    kmovd %k0, %eax
    kmovd %k1, %edx
    test %eax, %eax
    jnz .Lfound_0
    test %edx, %edx
    jnz .Lfound_second
    vpcmpeqb %ymm18, %ymm16, %k0            /* the last 64 */
    kmovd %k0, %eax
    test %eax, %eax
    jnz .Lfound_64
    vpcmpeqb 96(%rcx), %ymm16, %k0
    kmovd %k0, %eax
    jmp .Lfound_96
/* The zero is in the second block: the first has none, so where the minimum of the two has one
 * the second has it. */
.Lfound_second:
    mov %edx, %eax
.Lfound_32:
    tzcnt %eax, %eax
    lea 32(%rcx, %rax), %rax
    sub %rdi, %rax
    ret
.Lfound_0:
    tzcnt %eax, %eax
    add %rcx, %rax
    sub %rdi, %rax
    ret
.Lfound_64:
    tzcnt %eax, %eax
    lea 64(%rcx, %rax), %rax
    sub %rdi, %rax
    ret
.Lfound_96:
    tzcnt %eax, %eax
    lea 96(%rcx, %rax), %rax
    sub %rdi, %rax
    ret
__KOITO_STRING_END(strlen, __koito_strlen_evex, __koito_strlen_avx2, __koito_strlen_other)
