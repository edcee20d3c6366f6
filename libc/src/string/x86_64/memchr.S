/*
 * memchr() (libc, string; x86_64): the public entry (string_entry.h) and the EVEX version,
 * __koito_memchr_evex; the AVX2 and SSE2 versions are C (__koito_memchr_avx2.c,
 * __koito_memchr_sse2.c), reached through the entry's second compare and memchr_other.c.
 *
 * The EVEX version compares in zmm16 (and its lower halves) into mask registers, and reads
 * only inside the range or inside the pages the range touches. Up to 32 bytes one 32-byte load
 * at the start when that cannot cross into the next page, its match bits cut to the length
 * (bzhi); near a page's end the aligned blocks that hold the range. 33 to 64 bytes the first and
 * the last 32 (the second's bits moved to their place, so an overlapping match counts once).
 * Both answer with a conditional move, not a branch on whether there is a match, which a random
 * position would mispredict. 65 to 128 bytes the first 64 and then the last 64. Longer ranges:
 * the first 64 bytes, aligned 64-byte blocks two at a time while both lie before the last 128
 * bytes, then those. An empty range is not read.
 */
#include "string_entry.h"

#define PAGE_SIZE 4096

__KOITO_STRING_ENTRY(memchr, __koito_memchr_evex)
    vpbroadcastb %esi, %zmm16
    cmp $32, %rdx
    ja .Labove_32
    test %rdx, %rdx
    jz .Lnull
    mov %edi, %eax
    and $PAGE_SIZE - 1, %eax
    cmp $PAGE_SIZE - 32, %eax
    ja .Lnear_page_end
    vpcmpeqb (%rdi), %ymm16, %k0
    xor %ecx, %ecx
    kmovd %k0, %eax
    bzhi %edx, %eax, %eax                   /* the matches below the length */
    tzcnt %eax, %eax                        /* CF if there are none */
    lea (%rdi, %rax), %rax
    cmovc %rcx, %rax
    ret
.Lnull:
    xor %eax, %eax
    ret

/* 1 to 32 bytes from within 32 of a page's end: the aligned block that holds the start (its
 * bits before the start shifted off) and, if the range reaches it, the next one. */
.Lnear_page_end:
    mov %edi, %ecx
    and $31, %ecx
    mov %rdi, %r8
    and $-32, %r8
    vpcmpeqb (%r8), %ymm16, %k0
    kmovd %k0, %eax
    shrx %ecx, %eax, %eax
    lea (%rcx, %rdx), %r9
    cmp $32, %r9
    jbe .Lcut_to_length
    vpcmpeqb 32(%r8), %ymm16, %k1
    kmovd %k1, %r10d
    neg %ecx
    add $32, %ecx
    shlx %rcx, %r10, %r10
    or %r10, %rax
.Lcut_to_length:
    bzhi %rdx, %rax, %rax
    jz .Lnull
    tzcnt %rax, %rax
    add %rdi, %rax
    ret

.Labove_32:
    cmp $64, %rdx
    ja .Labove_64
    vpcmpeqb (%rdi), %ymm16, %k0
    vpcmpeqb -32(%rdi, %rdx), %ymm16, %k1
    kmovd %k0, %eax
    kmovd %k1, %ecx
    lea -32(%rdx), %r8
    shlx %r8, %rcx, %rcx
    or %rcx, %rax
    xor %ecx, %ecx
    tzcnt %rax, %rax                        /* CF if there are none */
    lea (%rdi, %rax), %rax
    cmovc %rcx, %rax
    ret

.Labove_64:
    vpcmpeqb (%rdi), %zmm16, %k0
    kmovq %k0, %rax
    test %rax, %rax
    jnz .Lfound_at_start
    cmp $128, %rdx
    ja .Labove_128
    vpcmpeqb -64(%rdi, %rdx), %zmm16, %k0
    kmovq %k0, %rax
    test %rax, %rax
    jz .Lnull
    tzcnt %rax, %rax
    lea -64(%rdi, %rdx), %rdi
    add %rdi, %rax
    ret
.Lfound_at_start:
    tzcnt %rax, %rax
    add %rdi, %rax
    ret

/* Past 128 bytes, the first 64 without a match: rcx walks aligned 64-byte blocks from the first
 * boundary past the start, two at a time while they begin before r9, where the last 128 bytes
 * begin; then those 128. */
.Labove_128:
    lea -128(%rdi, %rdx), %r9
    lea 64(%rdi), %rcx
    and $-64, %rcx
    cmp %r9, %rcx
    jae .Llast_128
    .p2align 4
.Lloop:
    vpcmpeqb (%rcx), %zmm16, %k0
    vpcmpeqb 64(%rcx), %zmm16, %k1
    kortestq %k0, %k1
    jnz .Lfound_in_two
    sub $-128, %rcx
    cmp %r9, %rcx
    jb .Lloop
.Llast_128:
    mov %r9, %rcx
    vpcmpeqb (%rcx), %zmm16, %k0
    vpcmpeqb 64(%rcx), %zmm16, %k1
    kortestq %k0, %k1
    jz .Lnull
/* A match in the 128 bytes from rcx, whose two halves' match bits are k0 and k1: the first
 * half's first match, else (CF from its tzcnt) the second's, chosen without a branch. */
.Lfound_in_two:
    kmovq %k1, %rdx
    tzcnt %rdx, %rdx
    kmovq %k0, %rax
    lea 64(%rdx), %rdx
    tzcnt %rax, %rax
    cmovc %rdx, %rax
    add %rcx, %rax
    ret
__KOITO_STRING_END(memchr, __koito_memchr_evex, __koito_memchr_avx2, __koito_memchr_other)
