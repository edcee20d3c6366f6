/*
 * __koito_signal_trampoline (libc, OS port; x86_64): where the signal thread sends the main
 * thread to run a handler; the frame is signal_frame.h's, at the stack pointer. The general
 * registers are already saved in it (the signal thread read them), so only the FPU, SSE and AVX
 * state is saved here before any C code runs, and restored after. The return is iretq, legal at
 * user privilege: it restores the instruction pointer, the flags and the stack pointer in one
 * instruction, so a signal that interrupts the restore itself finds a consistent frame.
 */
#define FRAME_IRET  144
#define FRAME_XSAVE 184
#define FRAME_FPU   256

    .text
    .globl __koito_signal_trampoline
    .hidden __koito_signal_trampoline
    .type __koito_signal_trampoline, @function
__koito_signal_trampoline:
    cld
    cmpq $0, FRAME_XSAVE(%rsp)
    je 1f
    mov $-1, %eax
    mov $-1, %edx
    xsave64 FRAME_FPU(%rsp)
    jmp 2f
1:  fxsave64 FRAME_FPU(%rsp)
2:  mov %rsp, %rdi
    call __koito_signal_run
    cmpq $0, FRAME_XSAVE(%rsp)
    je 3f
    mov $-1, %eax
    mov $-1, %edx
    xrstor64 FRAME_FPU(%rsp)
    jmp 4f
3:  fxrstor64 FRAME_FPU(%rsp)
4:  mov 24(%rsp), %rax
    mov 32(%rsp), %rbx
    mov 40(%rsp), %rcx
    mov 48(%rsp), %rdx
    mov 56(%rsp), %rsi
    mov 64(%rsp), %rdi
    mov 72(%rsp), %rbp
    mov 80(%rsp), %r8
    mov 88(%rsp), %r9
    mov 96(%rsp), %r10
    mov 104(%rsp), %r11
    mov 112(%rsp), %r12
    mov 120(%rsp), %r13
    mov 128(%rsp), %r14
    mov 136(%rsp), %r15
    add $FRAME_IRET, %rsp
    iretq
    .size __koito_signal_trampoline, . - __koito_signal_trampoline

    .section .note.GNU-stack, "", @progbits
