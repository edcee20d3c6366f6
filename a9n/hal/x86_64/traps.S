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

/*
 * One stub for each of the 256 vectors, 16 bytes apart from hal_trap_stubs
 * (idt.c computes the addresses). A stub pushes 0 where the CPU pushes no
 * error code, then the vector, and joins trap_common. The CPU pushes an
 * error code for vectors 8, 10-14, 17, 21, 29 and 30; of these, only 8 and
 * 10-14 can arrive here. 17 (#AC) needs CR0.AM, which cpu.c keeps clear; 21
 * (#CP), 29 (#VC) and 30 (#SX) need CET, SEV-ES or SVM, which the kernel
 * never enables. A device's MSI may still aim at them (the local APIC takes
 * vectors 16-255), and an interrupt pushes no error code: their stubs push
 * 0, so the frame stays whole and hal_trap_user sees an interrupt.
 */
    .p2align 4
    .global hal_trap_stubs
hal_trap_stubs:
    .set vector, 0
    .rept 256
    .p2align 4
    .if vector == 8 || (vector >= 10 && vector <= 14)
    .else
    pushq $0
    .endif
    pushq $vector
    jmp trap_common
    .set vector, vector + 1
    .endr
    .p2align 4
    .global hal_trap_stubs_end
hal_trap_stubs_end:

/*
 * NMI, on its own IST stack: from user or kernel mode, wherever it lands
 * (the syscall entry before its stack switch included), save the registers C
 * may clobber, count and report it (hal_trap_nmi), and return to exactly
 * where it struck. It never touches the interrupted thread's context.
 * The CPU leaves RSP 8 below a 16-byte boundary after its five-word frame;
 * nine pushes realign it for the call.
 */
    .global hal_trap_nmi_entry
hal_trap_nmi_entry:
    push %rax
    push %rcx
    push %rdx
    push %rsi
    push %rdi
    push %r8
    push %r9
    push %r10
    push %r11
    cld
    mov 80(%rsp), %rdi       /* the interrupted cs */
    call hal_trap_nmi
    pop %r11
    pop %r10
    pop %r9
    pop %r8
    pop %rdi
    pop %rsi
    pop %rdx
    pop %rcx
    pop %rax
    iretq

/*
 * Double fault and machine check, each on its own IST stack: build a
 * struct hal_context there (the double fault's error code is the CPU's, the
 * machine check pushes none) and report it (hal_trap_fatal), which does not
 * return, except for an interrupt a device's MSI aimed at the machine
 * check's vector: then restore everything and return to where it struck.
 */
    .global hal_trap_double_fault_entry
hal_trap_double_fault_entry:
    pushq $8
    jmp trap_fatal
    .global hal_trap_machine_check_entry
hal_trap_machine_check_entry:
    pushq $0
    pushq $18
trap_fatal:
    PUSH_GENERAL_REGISTERS
    sub $HAL_CONTEXT_GPR_OFFSET, %rsp
    cld
    mov %rsp, %rdi
    call hal_trap_fatal
    add $HAL_CONTEXT_GPR_OFFSET, %rsp
    pop %rdx
    pop %r10
    pop %r8
    pop %r9
    pop %r12
    pop %r13
    pop %r14
    pop %r15
    pop %r11
    pop %rcx
    pop %rax
    pop %rbx
    pop %rbp
    pop %rsi
    pop %rdi
    add $16, %rsp           /* vector, error code */
    iretq

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

/*
 * hal_idle(): the idle loop. It starts from the top of the kernel stack, so
 * however often an interrupt ends in the idle loop again, the stack never
 * grows.
 */
    .text
    .global hal_idle
    .global hal_idle_end
hal_idle:
    movabs $KERNEL_STACK_TOP, %rsp
1:  sti
    hlt
    cli
    jmp 1b
hal_idle_end:

/* The kernel stack: used from boot on, and reset on every entry from user mode. */
    .bss
    .p2align 12
hal_kernel_stack:
    .skip 16384
    .global hal_kernel_stack_top
hal_kernel_stack_top:
