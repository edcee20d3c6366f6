/*
 * The jump from the loader into the kernel.
 *
 * Layer: UEFI boot loader, the handoff. Contract with the kernel's UEFI
 * entry (System V AMD64 calling convention, as if called as
 * `void entry(const struct a9n_boot_info *info)`):
 *   - rdi holds the physical address of the boot-info blob;
 *   - interrupts are disabled and the direction flag is clear;
 *   - boot services have exited; UEFI's identity page tables are still in
 *     CR3 and the stack is the loader's, so the kernel must switch to its own
 *     stack and page tables before it touches usable memory;
 *   - the return address on the stack is 0: the entry must never return.
 */
#ifndef A9N_UEFI_ENTER_H
#define A9N_UEFI_ENTER_H

#include <stdint.h>

__attribute__((noreturn)) void enter_kernel(uint64_t entry, uint64_t boot_info);

#endif
