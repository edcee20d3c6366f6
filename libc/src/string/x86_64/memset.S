/*
 * memset() (libc, string; x86_64): the public entry (string_entry.h) and the AVX-512 version,
 * __koito_memset_avx512; the AVX2 and SSE2 versions are C (__koito_memset_avx2.c,
 * __koito_memset_sse2.c), reached through the entry's second compare and memset_other.c.
 *
 * The AVX-512 version keeps the byte in zmm16. Below 64 bytes one store under a mask of the
 * first `length` bytes, unless the 64 bytes from the start reach into the next page (a masked
 * store whose unwritten part crosses a page can be slow), then two overlapping stores from both
 * ends of 32, 16, 8 or 4 bytes, or single bytes; to 512 bytes up to eight 64-byte stores from
 * both ends without a loop; beyond that four aligned stores per iteration and the last 256 bytes
 * from the end; `rep stosb` from __KOITO_REP_THRESHOLD (string_entry.h) on. The mask needs
 * BMI2's bzhi, which __KOITO_CPU_AVX512 includes.
 */
#include "string_entry.h"

#define PAGE_SIZE 4096

__KOITO_STRING_ENTRY(memset, __koito_memset_avx512)
    vpbroadcastb %esi, %zmm16
    mov %rdi, %rax
    cmp $64, %rdx
    jb .Lbelow_64
    cmp $128, %rdx
    ja .Labove_128
    vmovdqu64 %zmm16, (%rdi)
    vmovdqu64 %zmm16, -64(%rdi, %rdx)
    ret

    .p2align 5
.Lbelow_64:
    mov %edi, %ecx
    and $PAGE_SIZE - 1, %ecx
    cmp $PAGE_SIZE - 64, %ecx
    ja .Lnear_page_end
    mov $-1, %rcx
    bzhi %rdx, %rcx, %rcx
    kmovq %rcx, %k1
    vmovdqu8 %zmm16, (%rdi){%k1}
    ret

/* Below 64 bytes, within 64 of a page's end. */
.Lnear_page_end:
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
    mov %sil, (%rdi)
    mov %sil, -1(%rdi, %rdx)
    mov %rdx, %rcx
    shr %rcx
    mov %sil, (%rdi, %rcx)
.Lreturn:
    ret
.L4_to_7:
    vmovd %xmm16, (%rdi)
    vmovd %xmm16, -4(%rdi, %rdx)
    ret
.L8_to_15:
    vmovq %xmm16, (%rdi)
    vmovq %xmm16, -8(%rdi, %rdx)
    ret
.L16_to_31:
    vmovdqu64 %xmm16, (%rdi)
    vmovdqu64 %xmm16, -16(%rdi, %rdx)
    ret
.L32_to_63:
    vmovdqu64 %ymm16, (%rdi)
    vmovdqu64 %ymm16, -32(%rdi, %rdx)
    ret

.Labove_128:
    vmovdqu64 %zmm16, (%rdi)
    vmovdqu64 %zmm16, 64(%rdi)
    cmp $256, %rdx
    ja .Labove_256
    vmovdqu64 %zmm16, -128(%rdi, %rdx)
    vmovdqu64 %zmm16, -64(%rdi, %rdx)
    ret
.Labove_256:
    cmp $512, %rdx
    ja .Labove_512
    vmovdqu64 %zmm16, 128(%rdi)
    vmovdqu64 %zmm16, 192(%rdi)
    vmovdqu64 %zmm16, -256(%rdi, %rdx)
    vmovdqu64 %zmm16, -192(%rdi, %rdx)
    vmovdqu64 %zmm16, -128(%rdi, %rdx)
    vmovdqu64 %zmm16, -64(%rdi, %rdx)
    ret

/* Past 512 bytes (the first 128 are stored): aligned blocks of 256 from the first 64-byte
 * boundary past the start while they begin before the last 256 bytes, then those 256. */
.Labove_512:
    cmp $(__KOITO_REP_THRESHOLD), %rdx
    jae .Lrep
    lea -256(%rdi, %rdx), %rcx
    lea 64(%rdi), %r8
    and $-64, %r8
.Lloop:
    vmovdqa64 %zmm16, (%r8)
    vmovdqa64 %zmm16, 64(%r8)
    vmovdqa64 %zmm16, 128(%r8)
    vmovdqa64 %zmm16, 192(%r8)
    add $256, %r8
    cmp %rcx, %r8
    jb .Lloop
    vmovdqu64 %zmm16, (%rcx)
    vmovdqu64 %zmm16, 64(%rcx)
    vmovdqu64 %zmm16, 128(%rcx)
    vmovdqu64 %zmm16, 192(%rcx)
    ret

.Lrep:
    mov %rdx, %rcx
    mov %esi, %eax
    mov %rdi, %rdx
    rep stosb
    mov %rdx, %rax
    ret

__KOITO_STRING_END(memset, __koito_memset_avx512, __koito_memset_avx2, __koito_memset_other)
