/*
 * setjmp() (libc, setjmp; x86_64). Saves what the System V ABI says a callee
 * must preserve: rbx, rbp, r12-r15, plus the caller's stack pointer (rsp
 * after the return) and the return address, in that order in the jmp_buf.
 * Returns 0; longjmp() makes it return again with another value.
 */
    .text
    .globl setjmp
    .type setjmp, @function
setjmp:
    mov %rbx, 0(%rdi)
    mov %rbp, 8(%rdi)
    mov %r12, 16(%rdi)
    mov %r13, 24(%rdi)
    mov %r14, 32(%rdi)
    mov %r15, 40(%rdi)
    lea 8(%rsp), %rdx       /* the stack pointer once setjmp has returned */
    mov %rdx, 48(%rdi)
    mov (%rsp), %rdx        /* the return address */
    mov %rdx, 56(%rdi)
    xor %eax, %eax
    ret
    .size setjmp, . - setjmp

    .section .note.GNU-stack, "", @progbits
