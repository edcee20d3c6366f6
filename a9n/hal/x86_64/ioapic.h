/*
 * I/O APIC (x86_64 HAL); see ioapic.c. The portable interface is the
 * "interrupt lines" part of <hal/hal.h>.
 */
#ifndef A9N_HAL_X86_64_IOAPIC_H
#define A9N_HAL_X86_64_IOAPIC_H

#include "idt.h"

/* Lines the HAL has vectors for: IDT_LINE_BASE .. + IDT_LINE_COUNT - 1. */
#define IOAPIC_LINES IDT_LINE_COUNT

#endif
