/*
 * The fake HAL's controls (fake_hal.c) for host tests of the capability
 * core: the interrupt controller that preemption points ask.
 *
 * Layer: host tests only.
 */
#ifndef KOITO_TEST_KERNEL_FAKE_HAL_H
#define KOITO_TEST_KERNEL_FAKE_HAL_H

#include <stdbool.h>
#include <stdint.h>

/* The next this-many looks at the interrupt controller see an interrupt
 * pending (UINT32_MAX: every look, for good); 0: none. */
extern uint32_t fake_hal_pending_interrupts;

/* When set, decides each look instead (the fuzzer's random interrupts). */
extern bool (*fake_hal_pending_hook)(void);

/* Looks at the interrupt controller so far. */
extern uint64_t fake_hal_interrupt_checks;

#endif
