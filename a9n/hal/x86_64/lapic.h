/*
 * Local APIC (x86_64 HAL); see lapic.c.
 */
#ifndef A9N_HAL_X86_64_LAPIC_H
#define A9N_HAL_X86_64_LAPIC_H

void lapic_end_of_interrupt(void);

#endif
