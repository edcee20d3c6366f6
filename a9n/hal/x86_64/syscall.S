/*
 * The `syscall` entry (x86_64 HAL): the kernel-call path from user mode.
 *
 * `syscall` leaves rip in rcx and rflags in r11 and does not switch stacks.
 * This stub fills the same struct hal_context an interrupt would, at the
 * end of the running thread's context (TSS.rsp0, where an interrupt would
 * save it too): rip and rflags both in their own slots and, as the CPU left
 * them, in those of rcx and r11 (hal_exit_by_sysret reloads them from
 * there). It marks the context with HAL_VECTOR_SYSCALL and calls
 * kernel_handle_call() on the kernel stack. Interrupts stay off (FMASK clears
 * IF) until the kernel returns to user mode. One CPU: the scratch slot for the
 * user stack pointer is a plain global.
 */
#include "gdt.h"
#include "include/hal/arch/context.h"

/* Offsets from the end of the context, where TSS.rsp0 points. */
#define FROM_END(offset) ((offset) - HAL_CONTEXT_SIZE)

    .text
    .global hal_syscall_entry
hal_syscall_entry:
    mov %rsp, hal_syscall_user_rsp(%rip)
    mov gdt_tss+GDT_TSS_RSP0(%rip), %rsp
    /* cs and ss keep the user selectors every context holds (set when it
     * is made, forced on each iretq); a syscall has no error code. */
    mov %r11, FROM_END(HAL_CONTEXT_RFLAGS_OFFSET)(%rsp)
    mov %rcx, FROM_END(HAL_CONTEXT_RIP_OFFSET)(%rsp)
    movq $HAL_VECTOR_SYSCALL, FROM_END(HAL_CONTEXT_VECTOR_OFFSET)(%rsp)
    lea FROM_END(HAL_CONTEXT_VECTOR_OFFSET)(%rsp), %rsp
    PUSH_GENERAL_REGISTERS
    mov hal_syscall_user_rsp(%rip), %rax
    mov %rax, (HAL_CONTEXT_RSP_OFFSET - HAL_CONTEXT_GPR_OFFSET)(%rsp)
    movabs $hal_kernel_stack_top, %rsp
    call kernel_handle_call
    ud2

    .bss
    .p2align 3
hal_syscall_user_rsp:
    .quad 0
