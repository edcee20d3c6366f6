/*
 * The `syscall` entry (x86_64 HAL): the kernel-call path from user mode.
 *
 * `syscall` leaves rip in rcx and rflags in r11 and does not switch stacks.
 * This stub builds the same struct hal_context an interrupt would, at the
 * end of the running thread's context (TSS.rsp0, where an interrupt would
 * save it too), marks it with HAL_VECTOR_SYSCALL and calls
 * kernel_handle_call() on the kernel stack. Interrupts stay off (FMASK clears
 * IF) until the kernel returns to user mode. One CPU: the scratch slot for the
 * user stack pointer is a plain global.
 */
#include "gdt.h"
#include "include/hal/arch/context.h"

#define USER_DATA_SELECTOR (0x20 | 3)
#define USER_CODE_SELECTOR (0x28 | 3)

    .text
    .global hal_syscall_entry
hal_syscall_entry:
    mov %rsp, hal_syscall_user_rsp(%rip)
    mov gdt_tss+GDT_TSS_RSP0(%rip), %rsp
    pushq $USER_DATA_SELECTOR
    pushq hal_syscall_user_rsp(%rip)
    push %r11
    pushq $USER_CODE_SELECTOR
    push %rcx
    pushq $0
    pushq $HAL_VECTOR_SYSCALL
    PUSH_GENERAL_REGISTERS
    movabs $hal_kernel_stack_top, %rsp
    call kernel_handle_call
    ud2

    .bss
    .p2align 3
hal_syscall_user_rsp:
    .quad 0
