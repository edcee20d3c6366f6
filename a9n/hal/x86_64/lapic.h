/*
 * Local APIC (x86_64 HAL); see lapic.c.
 */
#ifndef A9N_HAL_X86_64_LAPIC_H
#define A9N_HAL_X86_64_LAPIC_H

#include <stdbool.h>

void lapic_end_of_interrupt(void);

/* Whether the local APIC delivered `vector` and awaits its end of interrupt:
 * tells an interrupt from an exception at the same vector (16-31). */
bool lapic_in_service(unsigned vector);

#endif
