/*
 * sigsetjmp() (libc, setjmp; x86_64). With save_mask non-zero it first notes the signal mask in
 * the sigjmp_buf (word 8: whether it did, word 9: the mask, by __koito_sigsetjmp_mask), then goes
 * on as setjmp() with the caller's own stack and return address: it jumps there instead of
 * calling it, so setjmp() records the caller's context exactly as if the caller had called it,
 * and a siglongjmp() returns straight to the caller. siglongjmp() puts the mask back first.
 */
    .text
    .globl sigsetjmp
    .type sigsetjmp, @function
sigsetjmp:
    movslq %esi, %rax
    mov %rax, 64(%rdi)
    test %esi, %esi
    jz 1f
    push %rdi               /* keeps the stack 16-byte aligned for the call */
    call __koito_sigsetjmp_mask
    pop %rdi
1:
    jmp setjmp
    .size sigsetjmp, . - sigsetjmp

    .section .note.GNU-stack, "", @progbits
