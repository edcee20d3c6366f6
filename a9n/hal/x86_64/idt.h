/*
 * Interrupt vectors used by the x86_64 HAL.
 */
#ifndef A9N_HAL_X86_64_IDT_H
#define A9N_HAL_X86_64_IDT_H

#define IDT_DIVIDE_ERROR       0u
#define IDT_NMI                2u
#define IDT_INVALID_OPCODE     6u
#define IDT_DOUBLE_FAULT       8u
#define IDT_GENERAL_PROTECTION 13u
#define IDT_PAGE_FAULT         14u
#define IDT_X87_FAULT          16u
#define IDT_FIRST_APIC_VECTOR  16u /* the local APIC delivers no vector below */
#define IDT_MACHINE_CHECK      18u
#define IDT_SIMD_FAULT         19u
#define IDT_EXCEPTION_COUNT    32u
#define IDT_TIMER_VECTOR       32u
#define IDT_LINE_BASE          48u /* interrupt line n: vector IDT_LINE_BASE + n */
#define IDT_LINE_COUNT         24u
#define IDT_SPURIOUS_VECTOR    255u
#define IDT_VECTOR_COUNT       256u

void idt_init(void);

#endif
