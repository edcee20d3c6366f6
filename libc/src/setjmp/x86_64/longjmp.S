/*
 * longjmp() (libc, setjmp; x86_64). Restores the registers setjmp() saved
 * and returns from that setjmp() call with `value`, or 1 if `value` is 0,
 * as C requires.
 */
    .text
    .globl longjmp
    .type longjmp, @function
longjmp:
    mov %esi, %eax
    test %eax, %eax
    jnz 1f
    inc %eax
1:
    mov 0(%rdi), %rbx
    mov 8(%rdi), %rbp
    mov 16(%rdi), %r12
    mov 24(%rdi), %r13
    mov 32(%rdi), %r14
    mov 40(%rdi), %r15
    mov 48(%rdi), %rsp
    jmp *56(%rdi)
    .size longjmp, . - longjmp

    .section .note.GNU-stack, "", @progbits
