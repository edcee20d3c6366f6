/*
 * The hardware abstraction layer's interface: everything the portable kernel
 * core (a9n/kernel) asks of the machine. One port implements it
 * (a9n/hal/x86_64). The core never includes architecture headers; the port
 * never decides policy.
 */
#ifndef A9N_HAL_HAL_H
#define A9N_HAL_HAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Boot: CPU tables, protection features, FPU, kernel-call entry. */
void hal_cpu_init(void);

/* Build and load the kernel's final page tables (direct map of physical
 * memory up to `physical_top`, kernel image with per-section rights).
 * Page-table frames come from `allocate_frame`, which returns zeroed frames. */
void hal_paging_init(uint64_t physical_top, uint64_t (*allocate_frame)(void));

/* Start the periodic timer interrupt, one tick every `period_us` microseconds. */
void hal_timer_init(uint32_t period_us);

/* Console output (the serial port on x86_64). */
void hal_console_write(const char *text, size_t length);

/* Where the direct map shows a physical address. */
void *hal_physical_to_virtual(uint64_t physical);

/* A short name of the CPU protection features in force, e.g. "nx smep smap umip". */
const char *hal_cpu_features(void);

/* End the emulator through its debug-exit device, if it has one; returns if not. */
void hal_debug_exit(uint8_t value);

/* Stop this CPU for good, interrupts off. */
_Noreturn void hal_halt(void);

#endif
