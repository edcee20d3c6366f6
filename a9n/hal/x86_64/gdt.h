/*
 * Segment selectors and the per-thread parts of the TSS (x86_64 HAL).
 */
#ifndef A9N_HAL_X86_64_GDT_H
#define A9N_HAL_X86_64_GDT_H

#define GDT_KERNEL_CODE 0x08u
#define GDT_KERNEL_DATA 0x10u
#define GDT_SYSRET_BASE 0x18u
#define GDT_USER_DATA   (0x20u | 3u)
#define GDT_USER_CODE   (0x28u | 3u)
#define GDT_TSS         0x30u
#define GDT_TSS_RSP0    4 /* offset of rsp0 in the TSS */

/* Interrupt stack table entries (idt.c): one stack each. */
#define GDT_IST_NMI           1u
#define GDT_IST_DOUBLE_FAULT  2u
#define GDT_IST_MACHINE_CHECK 3u

#ifndef __ASSEMBLER__
#include <stdint.h>

void gdt_init(void);

/* Point interrupt and syscall entry at the end of the context about to run:
 * TSS.rsp0, which syscall.S reads too (at GDT_TSS_RSP0 in gdt_tss). */
void gdt_set_context_top(uint64_t context_top);
#endif

#endif
