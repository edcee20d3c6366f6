/*
 * memcpy() (libc, string; x86_64): the public entry (string_entry.h) and the AVX-512 version,
 * __koito_memcpy_avx512; the AVX2 and SSE2 versions are C (__koito_memcpy_avx2.c,
 * __koito_memcpy_sse2.c), reached through the entry's second compare and memcpy_other.c.
 *
 * The AVX-512 version works in zmm16 to zmm23. Below 16 bytes scalar loads and stores from both ends, below 64 two overlapping
 * ones of 16 or 32 bytes; to 512 bytes up to eight 64-byte vectors from both ends without a
 * loop; beyond that a loop of four with aligned stores, the last 256 bytes (loaded first)
 * stored last; `rep movsb` from __KOITO_REP_THRESHOLD (string_entry.h) on. Every part is
 * loaded before any is stored.
 */
#include "string_entry.h"

__KOITO_STRING_ENTRY(memcpy, __koito_memcpy_avx512)
    mov %rdi, %rax
    cmp $64, %rdx
    jb .Lbelow_64
    cmp $128, %rdx
    ja .Labove_128
    vmovdqu64 (%rsi), %zmm16
    vmovdqu64 -64(%rsi, %rdx), %zmm17
    vmovdqu64 %zmm16, (%rdi)
    vmovdqu64 %zmm17, -64(%rdi, %rdx)
    ret

    .p2align 4
.Lbelow_64:
    cmp $32, %rdx
    jae .L32_to_63
    cmp $16, %rdx
    jae .L16_to_31
    cmp $8, %rdx
    jae .L8_to_15
    cmp $4, %rdx
    jae .L4_to_7
    test %rdx, %rdx
    je .Lreturn
    mov %rdx, %r9
    shr %r9
    movzbl (%rsi), %ecx
    movzbl (%rsi, %r9), %r8d
    movzbl -1(%rsi, %rdx), %r10d
    mov %cl, (%rdi)
    mov %r8b, (%rdi, %r9)
    mov %r10b, -1(%rdi, %rdx)
.Lreturn:
    ret
.L4_to_7:
    mov (%rsi), %ecx
    mov -4(%rsi, %rdx), %r8d
    mov %ecx, (%rdi)
    mov %r8d, -4(%rdi, %rdx)
    ret
.L8_to_15:
    mov (%rsi), %rcx
    mov -8(%rsi, %rdx), %r8
    mov %rcx, (%rdi)
    mov %r8, -8(%rdi, %rdx)
    ret
.L16_to_31:
    vmovdqu64 (%rsi), %xmm16
    vmovdqu64 -16(%rsi, %rdx), %xmm17
    vmovdqu64 %xmm16, (%rdi)
    vmovdqu64 %xmm17, -16(%rdi, %rdx)
    ret
.L32_to_63:
    vmovdqu64 (%rsi), %ymm16
    vmovdqu64 -32(%rsi, %rdx), %ymm17
    vmovdqu64 %ymm16, (%rdi)
    vmovdqu64 %ymm17, -32(%rdi, %rdx)
    ret

.Labove_128:
    cmp $256, %rdx
    ja .Labove_256
    vmovdqu64 (%rsi), %zmm16
    vmovdqu64 64(%rsi), %zmm17
    vmovdqu64 -128(%rsi, %rdx), %zmm18
    vmovdqu64 -64(%rsi, %rdx), %zmm19
    vmovdqu64 %zmm16, (%rdi)
    vmovdqu64 %zmm17, 64(%rdi)
    vmovdqu64 %zmm18, -128(%rdi, %rdx)
    vmovdqu64 %zmm19, -64(%rdi, %rdx)
    ret
.Labove_256:
    cmp $512, %rdx
    ja .Labove_512
    vmovdqu64 (%rsi), %zmm16
    vmovdqu64 64(%rsi), %zmm17
    vmovdqu64 128(%rsi), %zmm18
    vmovdqu64 192(%rsi), %zmm19
    vmovdqu64 -256(%rsi, %rdx), %zmm20
    vmovdqu64 -192(%rsi, %rdx), %zmm21
    vmovdqu64 -128(%rsi, %rdx), %zmm22
    vmovdqu64 -64(%rsi, %rdx), %zmm23
    vmovdqu64 %zmm16, (%rdi)
    vmovdqu64 %zmm17, 64(%rdi)
    vmovdqu64 %zmm18, 128(%rdi)
    vmovdqu64 %zmm19, 192(%rdi)
    vmovdqu64 %zmm20, -256(%rdi, %rdx)
    vmovdqu64 %zmm21, -192(%rdi, %rdx)
    vmovdqu64 %zmm22, -128(%rdi, %rdx)
    vmovdqu64 %zmm23, -64(%rdi, %rdx)
    ret

/* Past 512 bytes: the first 64 bytes, then aligned blocks of 256 from the first 64-byte
 * boundary of the destination past its start while they begin before its last 256 bytes, then
 * those 256, loaded before the loop. r8 walks the destination, r9 the source, rcx is where the
 * last 256 bytes of the destination begin. */
.Labove_512:
    cmp $(__KOITO_REP_THRESHOLD), %rdx
    jae .Lrep
    vmovdqu64 -256(%rsi, %rdx), %zmm20
    vmovdqu64 -192(%rsi, %rdx), %zmm21
    vmovdqu64 -128(%rsi, %rdx), %zmm22
    vmovdqu64 -64(%rsi, %rdx), %zmm23
    vmovdqu64 (%rsi), %zmm16
    vmovdqu64 %zmm16, (%rdi)
    lea 64(%rdi), %r8
    and $-64, %r8
    mov %r8, %r9
    sub %rdi, %r9
    add %rsi, %r9
    lea -256(%rdi, %rdx), %rcx
.Lloop:
    vmovdqu64 (%r9), %zmm16
    vmovdqu64 64(%r9), %zmm17
    vmovdqu64 128(%r9), %zmm18
    vmovdqu64 192(%r9), %zmm19
    vmovdqa64 %zmm16, (%r8)
    vmovdqa64 %zmm17, 64(%r8)
    vmovdqa64 %zmm18, 128(%r8)
    vmovdqa64 %zmm19, 192(%r8)
    add $256, %r8
    add $256, %r9
    cmp %rcx, %r8
    jb .Lloop
    vmovdqu64 %zmm20, (%rcx)
    vmovdqu64 %zmm21, 64(%rcx)
    vmovdqu64 %zmm22, 128(%rcx)
    vmovdqu64 %zmm23, 192(%rcx)
    ret

.Lrep:
    mov %rdx, %rcx
    rep movsb
    ret

__KOITO_STRING_END(memcpy, __koito_memcpy_avx512, __koito_memcpy_avx2, __koito_memcpy_other)
