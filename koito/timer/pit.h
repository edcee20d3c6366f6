/*
 * The PIT, the 8254 programmable interval timer (KOITO timer service): channel 0 as a one-shot
 * timer whose terminal count raises ISA IRQ 0. The kernel calibrates its own timer against the
 * PIT at boot and then leaves it (the local APIC timer is its tick), so init can grant its ports
 * (0x40..0x43) and its interrupt line to this driver.
 */
#ifndef KOITO_TIMER_PIT_H
#define KOITO_TIMER_PIT_H

#include <a9n/a9n.h>
#include <stdint.h>

#define PIT_FIRST_PORT 0x40u
#define PIT_PORT_COUNT 4u

/* Raise the interrupt once, about `nanoseconds` from now: at least one PIT tick (0.84 us) and
 * at most 65535 ticks (54.9 ms) later; a longer wait takes several. ports: 0x40..0x43. */
enum a9n_error pit_arm(a9n_descriptor_t ports, uint64_t nanoseconds);

/* Stop channel 0 until the next pit_arm: the kernel's calibration left it counting in mode 2,
 * which would raise the interrupt every 54.9 ms. */
enum a9n_error pit_stop(a9n_descriptor_t ports);

#endif
