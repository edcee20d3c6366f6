/*
 * __koito_signal_trampoline (libc, OS port; x86_64): where the signal thread sends the main
 * thread to run a handler; the frame is signal_frame.h's, at the stack pointer. The general
 * registers are already saved in it (the signal thread read them), so only the FPU, SSE and AVX
 * state is saved here before any C code runs, and restored after. The return:
 *  1. the interrupted instruction pointer goes to __koito_signal_return;
 *  2. every general register but the stack pointer comes back from the frame, then the flags
 *     (popfq), then the stack pointer (a mov, which changes no flag);
 *  3. a jump through __koito_signal_return.
 * Steps 1 to 3 lie between __koito_signal_restore_start and _end: the signal thread starts no
 * handler there, so the word is never overwritten while it is needed.
 */
#define FRAME_RFLAGS 16
#define FRAME_XSAVE  144
#define FRAME_FPU    256

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
4:
    .globl __koito_signal_restore_start
    .hidden __koito_signal_restore_start
__koito_signal_restore_start:
    mov 0(%rsp), %rax
    mov %rax, __koito_signal_return(%rip)
    mov 24(%rsp), %rax
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
    add $FRAME_RFLAGS, %rsp
    popfq
    mov -16(%rsp), %rsp        /* registers[1], 8 bytes into the frame */
    jmp *__koito_signal_return(%rip)
    .globl __koito_signal_restore_end
    .hidden __koito_signal_restore_end
__koito_signal_restore_end:
    .size __koito_signal_trampoline, . - __koito_signal_trampoline

    .bss
    .balign 8
    .globl __koito_signal_return
    .hidden __koito_signal_return
__koito_signal_return:
    .quad 0

    .section .note.GNU-stack, "", @progbits
