/*
 * The jump into the kernel (contract in enter.h).
 *
 * Layer: UEFI boot loader, the handoff. The loader is Microsoft-ABI code and
 * the kernel expects the System V convention, so the argument register is
 * set by hand and the kernel is entered by a jump, not a C call.
 */
#include "enter.h"

void enter_kernel(uint64_t entry, uint64_t boot_info)
{
    /* Align the stack as a call would leave it (rsp + 8 a multiple of 16),
     * with a zero return address that faults visibly should the kernel return. */
    __asm__ volatile("cli\n\t"
                     "cld\n\t"
                     "and $-16, %%rsp\n\t"
                     "pushq $0\n\t"
                     "mov %0, %%rdi\n\t"
                     "jmp *%1"
                     :
                     : "r"(boot_info), "r"(entry)
                     : "rdi", "memory");
    __builtin_unreachable();
}
