/*
 * memcpy() (libc, string; x86_64). Where the CPU allows AVX-512 (__koito_cpu_vectors, cpu.h),
 * memcpy falls after one compare straight into __koito_memcpy_avx512 below: no jump, the way
 * glibc's symbol is its version (testing AVX2 first cost a cycle a call below 64 bytes). Where
 * it allows AVX2, as QEMU's does, a second compare jumps to __koito_memcpy_avx2; else to
 * __koito_memcpy_other (memcpy_other.c): SSE2, or the first call, which asks the CPU.
 *
 * The AVX-512 version is in assembly so that it works in zmm16 to zmm23, which have no
 * legacy-SSE encoding: it leaves no upper state dirty and needs no vzeroupper on return (as
 * memset.S). Below 16 bytes scalar loads and stores from both ends, below 64 two overlapping
 * ones of 16 or 32 bytes; to 512 bytes up to eight 64-byte vectors from both ends without a
 * loop; beyond that a loop of four with aligned stores, the last 256 bytes (loaded first)
 * stored last; `rep movsb` from __KOITO_REP_THRESHOLD (string_x86_64.h) on. Every part is
 * loaded before any is stored.
 */
#define REP_THRESHOLD 8192 /* __KOITO_REP_THRESHOLD */

    .text
    .globl memcpy
    .type memcpy, @function
    .globl __koito_memcpy_avx512
    .hidden __koito_memcpy_avx512
    .type __koito_memcpy_avx512, @function
    .p2align 6
memcpy:
    cmpl $3, __koito_cpu_vectors(%rip)      /* __KOITO_CPU_AVX512 */
    jne .Lnot_avx512
__koito_memcpy_avx512:
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
    cmp $REP_THRESHOLD, %rdx
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

/* AVX2 (QEMU's CPU: two compares and two jumps in all), else SSE2 or the first call. */
.Lnot_avx512:
    cmpl $2, __koito_cpu_vectors(%rip)      /* __KOITO_CPU_AVX2 */
    je __koito_memcpy_avx2
    jmp __koito_memcpy_other

.Lrep:
    mov %rdx, %rcx
    rep movsb
    ret
    .size __koito_memcpy_avx512, . - __koito_memcpy_avx512
    .size memcpy, . - memcpy

    .section .note.GNU-stack, "", @progbits
