/*
 * Interrupt and exception entry stubs and the return to user mode (x86_64 HAL).
 *
 * Every vector has a stub that pushes an error code (0 where the CPU pushes
 * none) and the vector number, then joins trap_common, which pushes the
 * general registers to complete a struct hal_context (include/hal/arch/context.h).
 *
 * From user mode the CPU has switched to TSS.rsp0, the end of the running
 * thread's context, so the registers land in the thread; trap_common then
 * moves to the kernel stack and calls hal_trap_user(context), which never
 * returns. From kernel mode (the idle loop, or a kernel fault) the frame is on
 * the kernel stack and hal_trap_kernel(frame) handles it: an interrupt of the
 * idle loop, or a kernel bug, which panics. Neither returns.
 */
#include "include/hal/arch/context.h"

#define KERNEL_STACK_TOP hal_kernel_stack_top

    .text

.macro TRAP_NO_ERROR vector
    .p2align 4
trap_stub_\vector:
    pushq $0
    pushq $\vector
    jmp trap_common
.endm

.macro TRAP_ERROR vector
    .p2align 4
trap_stub_\vector:
    pushq $\vector
    jmp trap_common
.endm

    TRAP_NO_ERROR 0
    TRAP_NO_ERROR 1
    TRAP_NO_ERROR 2
    TRAP_NO_ERROR 3
    TRAP_NO_ERROR 4
    TRAP_NO_ERROR 5
    TRAP_NO_ERROR 6
    TRAP_NO_ERROR 7
    TRAP_ERROR 8
    TRAP_NO_ERROR 9
    TRAP_ERROR 10
    TRAP_ERROR 11
    TRAP_ERROR 12
    TRAP_ERROR 13
    TRAP_ERROR 14
    TRAP_NO_ERROR 15
    TRAP_NO_ERROR 16
    TRAP_ERROR 17
    TRAP_NO_ERROR 18
    TRAP_NO_ERROR 19
    TRAP_NO_ERROR 20
    TRAP_ERROR 21
    TRAP_NO_ERROR 22
    TRAP_NO_ERROR 23
    TRAP_NO_ERROR 24
    TRAP_NO_ERROR 25
    TRAP_NO_ERROR 26
    TRAP_NO_ERROR 27
    TRAP_NO_ERROR 28
    TRAP_ERROR 29
    TRAP_ERROR 30
    TRAP_NO_ERROR 31
    TRAP_NO_ERROR 32      /* timer */
    .irp vector, 48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71
    TRAP_NO_ERROR \vector  /* interrupt lines 0..23 */
    .endr
    TRAP_NO_ERROR 255     /* spurious */

trap_common:
    PUSH_GENERAL_REGISTERS
    sub $HAL_CONTEXT_GPR_OFFSET, %rsp   /* fpu area and TLS base: unused for kernel frames */
    mov %rsp, %rdi
    testb $3, HAL_CONTEXT_CS_OFFSET(%rsp)
    jz 1f
    movabs $KERNEL_STACK_TOP, %rsp
    /* Clear RFLAGS.AC and DF, which user mode may have set: SMAP stays
     * armed and C code gets the direction flag its ABI assumes. */
    pushfq
    andq $~((1 << 18) | (1 << 10)), (%rsp)
    popfq
    call hal_trap_user
    ud2
1:  call hal_trap_kernel
    ud2

/*
 * The two ways back to user mode; context.c chooses. hal_exit_by_iret(context)
 * restores every register and the CPU's frame; it serves any context whose
 * cs, ss and rflags context.c has checked. hal_exit_by_sysret(context) serves
 * a context saved by `syscall`, whose rcx and r11 the instruction already
 * clobbered, so their slots hold what the entry saved there: rip and rflags
 * (syscall.S). That rip is canonical, since no user page lies where a
 * syscall could save one that is not (memlayout.h): sysretq to a
 * non-canonical address would fault in kernel mode. Those rflags are the
 * CPU's own: user mode can neither raise IOPL nor clear IF, and a register
 * write (hal_context_write_register) sends a context by iretq.
 */
.macro POP_GENERAL_REGISTERS_BELOW_R11
    pop %rdx
    pop %r10
    pop %r8
    pop %r9
    pop %r12
    pop %r13
    pop %r14
    pop %r15
.endm

    .global hal_exit_by_iret
hal_exit_by_iret:
    lea HAL_CONTEXT_GPR_OFFSET(%rdi), %rsp
    POP_GENERAL_REGISTERS_BELOW_R11
    pop %r11
    pop %rcx
    pop %rax
    pop %rbx
    pop %rbp
    pop %rsi
    pop %rdi
    add $16, %rsp           /* vector, error code */
    iretq

    .global hal_exit_by_sysret
hal_exit_by_sysret:
    lea HAL_CONTEXT_GPR_OFFSET(%rdi), %rsp
    POP_GENERAL_REGISTERS_BELOW_R11
    pop %r11                /* rflags */
    pop %rcx                /* rip */
    pop %rax
    pop %rbx
    pop %rbp
    pop %rsi
    pop %rdi
    mov HAL_CONTEXT_RSP_OFFSET - HAL_CONTEXT_VECTOR_OFFSET(%rsp), %rsp
    sysretq

    .section .rodata
    .p2align 3
    .global hal_trap_stubs
hal_trap_stubs:
    .irp vector, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32
    .quad trap_stub_\vector
    .endr
    .global hal_trap_line_stubs
hal_trap_line_stubs:
    .irp vector, 48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71
    .quad trap_stub_\vector
    .endr
    .global hal_trap_stub_spurious
hal_trap_stub_spurious:
    .quad trap_stub_255

/*
 * hal_idle(): the idle loop. It starts from the top of the kernel stack, so
 * however often an interrupt ends in the idle loop again, the stack never
 * grows.
 */
    .text
    .global hal_idle
hal_idle:
    movabs $KERNEL_STACK_TOP, %rsp
1:  sti
    hlt
    cli
    jmp 1b

/* The kernel stack: used from boot on, and reset on every entry from user mode. */
    .bss
    .p2align 12
hal_kernel_stack:
    .skip 16384
    .global hal_kernel_stack_top
hal_kernel_stack_top:
